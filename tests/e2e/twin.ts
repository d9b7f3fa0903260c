/**
 * Starts a real browser-twin server (the same CLI as `npm run serve`) on a
 * free port with its own data folder, and stops it again. `url` is the
 * one-time address the CLI prints (`/?key=…`): a test's first page load
 * trades its key for the session cookie and is redirected to the app, keeping
 * any `#/route` appended to it; later loads of it in the same browser context
 * (which holds the cookie) just redirect.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request, test as base, type Cookie } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');

export interface TwinProcess {
  /** The one-time URL printed by the CLI; append `#/route` to open a route. */
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function startTwin(opts: { dataDir?: string; lang?: string; corpusDir?: string } = {}): Promise<TwinProcess> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'plenary-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'main/twin/cli.ts'), '--port', '0', '--data-dir', dataDir, '--lang', opts.lang ?? 'en', ...(opts.corpusDir ? ['--corpus-dir', opts.corpusDir] : [])],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`twin did not start in 30 s: ${stderr}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/Plenary ready at (http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]+)/);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`twin exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** A test with its own twin (fresh data folder) and a page pointed at it. */
export const test = base.extend<{ twin: TwinProcess }>({
  twin: async ({}, use) => {
    const twin = await startTwin();
    await use(twin);
    await twin.stop();
  },
});
export { expect } from '@playwright/test';

/** The twin's address without its one-time key (for contexts that already hold the session cookie). */
export const appUrl = (twin: TwinProcess): string => twin.url.replace(/\?key=[^#]*/, '');

/**
 * Trades the twin's one-time key for its session cookie outside any page, for
 * a twin shared by several tests (each test's page is a new browser context).
 */
export async function sessionCookies(twin: TwinProcess): Promise<Cookie[]> {
  const rc = await request.newContext();
  try {
    const res = await rc.get(twin.url, { maxRedirects: 0 });
    if (res.status() < 300 || res.status() >= 400) throw new Error(`the one-time address answered ${res.status()}`);
    return (await rc.storageState()).cookies;
  } finally {
    await rc.dispose();
  }
}
