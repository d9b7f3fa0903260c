/**
 * `npm start` after the build: make sure the Electron runtime is there
 * (electron's own `install-electron`, which downloads it on first use), then
 * `electron-vite preview --skipBuild` (the build just ran). Without internet
 * the download fails; instead of its stack trace, say in one paragraph what
 * happened, how to get the runtime, and that the browser twin works now.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The paragraph shown when the runtime cannot be downloaded; `detail` is the download's own first error line. */
export function runtimeMissingMessage(version: string, detail: string): string {
  const why = detail ? ` (${detail})` : '';
  return [
    `Plenary could not start: the Electron ${version} runtime is not installed yet and could not be downloaded${why}.`,
    'It is fetched once, on the first `npm start`, from GitHub; connect this machine to the internet and run `npm start` again,',
    'or download it elsewhere and point ELECTRON_MIRROR or electron_config_cache at it (see https://www.electronjs.org/docs/latest/tutorial/installation).',
    'Meanwhile `npm run serve` works now, offline: the same Plenary in your browser at the address it prints.',
  ].join(' ');
}

/** The first line of the download's error output that says something (not a stack frame). */
export function firstErrorLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at ') && !/^[{}]$/.test(l));
  return (line ?? '').replace(/^Error:\s*/, '').slice(0, 200);
}

/** Runs electron's install-electron; returns the explanation when it failed, or null. */
export function ensureRuntime(env: NodeJS.ProcessEnv = process.env): string | null {
  const { version } = require('electron/package.json') as { version: string };
  const r = spawnSync(process.execPath, [require.resolve('electron/install.js')], { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  if (r.status === 0) return null;
  return runtimeMissingMessage(version, firstErrorLine(r.stderr ?? r.error?.message ?? ''));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const problem = ensureRuntime();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  if (!process.argv.includes('--install-only')) {
    const vite = require.resolve('electron-vite/bin/electron-vite.js');
    const r = spawnSync(process.execPath, [vite, 'preview', '--skipBuild'], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
}
