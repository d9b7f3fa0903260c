/**
 * For the store tests that run the real store code in another process
 * (crash, import-batch, lock, lock-holder): main/store bundled with rolldown
 * (vite's bundler) into a temp .mjs, a child script next to it, and the
 * running of those children (until a SIGKILL, or as holders of a folder).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Enough for the bundle on a loaded machine: the timeout of the beforeAll that calls bundleStoreChild. */
export const BUNDLE_TIMEOUT_MS = 30_000;

export interface StoreChild {
  /** The fresh temp folder that holds the bundle and the child (tests may put their own files there). */
  work: string;
  /** The bundled store: an ES module exporting createStore. */
  bundle: string;
  /** The child script, to run with `node child ...args`. */
  child: string;
}

/**
 * Bundles main/store/index.ts once into a fresh temp folder named after
 * `label` and writes `source` there as child.mjs. The child finds the
 * bundle's path first in `process.argv.slice(2)`: passed by the caller, or,
 * with `bundleInChild`, written into the script, so that the child takes
 * only the caller's arguments.
 */
export async function bundleStoreChild(label: string, source: string, { bundleInChild = false } = {}): Promise<StoreChild> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `plenary-${label}-`));
  const bundle = path.join(work, 'store.mjs');
  const child = path.join(work, 'child.mjs');
  await build({
    input: path.join(ROOT, 'main/store/index.ts'),
    cwd: ROOT,
    platform: 'node',
    logLevel: 'warn',
    output: { file: bundle, format: 'esm' },
  });
  fs.writeFileSync(child, bundleInChild ? source.replace('process.argv.slice(2)', `[${JSON.stringify(bundle)}, ...process.argv.slice(2)]`) : source);
  return { work, bundle, child };
}

/** Times the kill of a child run by runUntilKilled. */
export interface Kill {
  /** SIGKILL now. */
  now(): void;
  /** SIGKILL `ms` from now, unless a kill is already timed. */
  after(ms: number): void;
}

/**
 * Runs `node child ...args` until it is killed with SIGKILL, which `start`
 * (called once it is spawned) and `output` (called with all it wrote to
 * stdout so far, at each chunk) time. Resolves with that output and the
 * text of `ackFile` (empty if there is none); rejects if the child ends by
 * itself.
 */
export function runUntilKilled(
  child: string,
  args: string[],
  ackFile: string,
  when: { start?(kill: Kill): void; output?(out: string, kill: Kill): void },
): Promise<{ out: string; acks: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill: Kill = {
      now: () => proc.kill('SIGKILL'),
      after: (ms) => (timer ??= setTimeout(kill.now, ms)),
    };
    when.start?.(kill);
    proc.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      when.output?.(out, kill);
    });
    proc.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    proc.on('error', reject);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (code ${code}): ${err}`));
      else resolve({ out, acks: fs.existsSync(ackFile) ? fs.readFileSync(ackFile, 'utf8') : '' });
    });
  });
}

/**
 * For tests whose children each hold the store of one folder (lock,
 * lock-holder): bundles the store with `source` in beforeAll (the child
 * takes the folder as its only argument), kills every child still running
 * in afterAll, and returns the function that starts one, `node child dir`;
 * if it exits, `onExit` gets an error with its exit code and its stderr.
 */
export function storeHolders(label: string, source: string): (dir: string, stdin: 'ignore' | 'pipe', onExit: (e: Error) => void) => ChildProcess {
  let child: string;
  const running: ChildProcess[] = [];
  beforeAll(async () => {
    ({ child } = await bundleStoreChild(label, source, { bundleInChild: true }));
  }, BUNDLE_TIMEOUT_MS);
  afterAll(() => {
    for (const p of running) p.kill('SIGKILL');
  });
  return (dir, stdin, onExit) => {
    const proc = spawn(process.execPath, [child, dir], { stdio: [stdin, 'pipe', 'pipe'] });
    running.push(proc);
    let err = '';
    proc.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
    proc.on('exit', (code) => onExit(new Error(`holder exited (${code}): ${err}`)));
    return proc;
  };
}
