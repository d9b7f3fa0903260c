/**
 * What a window loads before its first screen: the renderer entry and the
 * chunks index.html preloads, and the preload script. None of them may carry
 * the schema library (zod): main validates every call, and building the
 * contract's schemas in the page cost about 60 ms of a cold start.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const html = join(root, 'out/renderer/index.html');
/** Strings zod's code always carries, minified or not. */
const ZOD = /ZodError|\$ZodType|_zod\b/;

// Skipped only where the renderer is not built; npm test builds before vitest, so it runs there.
describe.skipIf(!existsSync(html))('the startup bundle', () => {
  const startup = () => {
    const page = readFileSync(html, 'utf8');
    const files = [...page.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    return files.map((f) => ({ f, code: readFileSync(join(root, 'out/renderer', f), 'utf8') }));
  };

  it('finds the entry and its preloaded chunks', () => {
    expect(startup().length).toBeGreaterThan(2);
  });

  it('carries no schema library in the renderer entry or its preloaded chunks', () => {
    const carrying = startup().filter((x) => ZOD.test(x.code)).map((x) => x.f);
    expect(carrying).toEqual([]);
  });

  it('carries no schema library in the preload, the twin bridge or the early reads', () => {
    for (const f of ['out/preload/index.cjs', 'out/renderer/twin-bridge.js', 'out/renderer/early.js']) {
      const path = join(root, f);
      if (existsSync(path)) expect(ZOD.test(readFileSync(path, 'utf8')), f).toBe(false);
    }
  });

  it('runs the twin bridge and the early reads from one file each, waiting for no other chunk', () => {
    // index.html names early.js before the app; both must run as soon as they arrive.
    expect(readFileSync(html, 'utf8')).toMatch(/<script type="module" src="\.\/early\.js"[^>]*><\/script>\s*<script type="module"[^>]*src="\.\/assets\/index-/);
    for (const f of ['twin-bridge.js', 'early.js']) {
      const code = readFileSync(join(root, 'out/renderer', f), 'utf8');
      expect(/(?:^|[;\s})])import\s*(?:[{*"'`]|\w+\s+from)|\bimport\(/.test(code), f).toBe(false);
    }
  });

  it('the check itself sees zod where it is (main bundles it)', () => {
    const main = join(root, 'out/main');
    const code = readFileSync(join(main, 'index.js'), 'utf8');
    // main either bundles zod or imports it from node_modules.
    expect(ZOD.test(code) || /from ["']zod["']|require\(["']zod["']\)/.test(code)).toBe(true);
  });
});
