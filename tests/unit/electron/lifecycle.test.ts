/** SIGTERM / SIGINT run the normal quit (before-quit, store closed), despite when-exit's signal trap. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const child = resolve(import.meta.dirname, 'fixtures/signal-child.ts');

function run(signal: NodeJS.Signals, args: string[] = []) {
  return new Promise<{ out: string; code: number | null; signal: NodeJS.Signals | null }>((done, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready') && !p.killed) p.kill(signal);
    });
    p.on('error', fail);
    p.on('exit', (code, sig) => done({ out, code, signal: sig }));
  });
}

describe('installQuitPath', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s closes the store and quits normally', async (signal) => {
    const r = await run(signal);
    expect(r.out.split('\n').filter(Boolean)).toEqual(['ready', 'store closed', 'quit', 'when-exit clean-up']);
    expect(r.code).toBe(0);
  });

  it('without it, when-exit re-raises the signal and the store is never closed (the bug)', async () => {
    const r = await run('SIGTERM', ['--without']);
    expect(r.out).not.toContain('store closed');
    expect(r.signal).toBe('SIGTERM');
  });
});
