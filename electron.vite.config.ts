import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Entries point at the top-level folders of the architecture (main/, preload/,
// renderer/) rather than electron-vite's default src/ layout.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle what it imports (only common/api-names today).
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // Minified: a third of the code to parse and compile when a window opens.
      minify: true,
      // One bundle, read from the local disk (app:// or the twin on 127.0.0.1): no network to split for.
      chunkSizeWarningLimit: 800,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'renderer/index.html'),
          // The browser twin's HTTP bridge: a classic script the twin server
          // injects; the desktop app never loads it.
          'twin-bridge': resolve(__dirname, 'renderer/twin/bridge.ts'),
          // The first screen's reads, started before the app's code loads: index.html names it as is (vite-ignore).
          early: resolve(__dirname, 'renderer/early.ts'),
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'twin-bridge' ? 'twin-bridge.js' : chunk.name === 'early' ? 'early.js' : 'assets/[name]-[hash].js',
        },
      },
    },
  },
});
