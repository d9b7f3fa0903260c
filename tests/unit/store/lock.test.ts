/**
 * One Plenary per data folder: a second process gets a clear error while the
 * first holds the folder, nothing saved is touched by the refusal, and a lock
 * left by a process that was killed is taken over. The other process runs
 * the real store code, bundled from main/store as in the crash test.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../main/store';
import { acquireLock, LOCK_FILE, STALE_MS } from '../../../main/store/lock';
import { UserError } from '../../../common/result';
import { storeHolders } from './child-store';
import { newAnnotation, tempDir } from './helpers';

// Opens the store, saves one annotation, says so, and waits to be killed.
const CHILD = `
const [bundle, dir] = process.argv.slice(2);
const { createStore } = await import(bundle);
const store = createStore(dir);
store.setSettings({ author: 'child' });
process.stdout.write('open\\n');
setInterval(() => {}, 1000);
`;

const startHolder = storeHolders('lock-bundle', CHILD);

/** Starts another process holding the store in `dir`; resolves once it has it. */
function holder(dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = startHolder(dir, 'ignore', reject);
    proc.stdout!.setEncoding('utf8').on('data', (c: string) => c.includes('open') && resolve(proc));
  });
}

const killed = (proc: ChildProcess) =>
  new Promise<void>((resolve) => {
    proc.once('close', () => resolve());
    proc.kill('SIGKILL');
  });

describe('the data folder lock', () => {
  it('refuses a second process with a message naming the folder and the holder, and changes nothing', async () => {
    const dir = tempDir('lock');
    const first = createStore(dir);
    first.createAnnotation(newAnnotation());
    await first.close();
    const before = Object.fromEntries(fs.readdirSync(dir).filter((f) => f !== LOCK_FILE).map((f) => [f, fs.statSync(path.join(dir, f)).isFile() ? fs.readFileSync(path.join(dir, f), 'utf8') : 'dir']));

    const proc = await holder(dir);
    const held = fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8');
    expect(JSON.parse(held)).toMatchObject({ pid: proc.pid, host: os.hostname() });
    let error: unknown;
    try {
      createStore(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `The data folder ${dir} is in use by another Plenary (process ${proc.pid}, since ${JSON.parse(held).started}). Close that one first, or start this one with another data folder.`,
    );
    // The refusal left the lock and every file as they were (the holder only changed settings).
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).toBe(held);
    for (const [f, text] of Object.entries(before)) if (f !== 'settings.json') expect(fs.readFileSync(path.join(dir, f), 'utf8'), f).toBe(text);

    // Killed: its lock is stale and taken over; what it saved is there.
    await killed(proc);
    const after = createStore(dir);
    expect(after.getSettings().author).toBe('child');
    expect(after.listAnnotations()).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    await after.close();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('while this process holds the folder, another process cannot open it', async () => {
    const dir = tempDir('lock');
    const store = createStore(dir);
    await expect(holder(dir)).rejects.toThrow(/in use by another Plenary \(process \d+/);
    await store.close();
    const proc = await holder(dir);
    await killed(proc);
  });

  it('a fresh lock from another computer (a shared folder) is refused; a stale one, or an unreadable one, is taken over', async () => {
    const dir = tempDir('lock');
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: 4242, host: 'salle-xx-portable', started: '2026-11-30T08:00:00.000Z' }));
    expect(() => createStore(dir)).toThrow(
      `The data folder ${dir} is in use by Plenary on salle-xx-portable (process 4242, since 2026-11-30T08:00:00.000Z). Close it there first. If that computer was switched off, try again in a minute: a lock nobody keeps fresh is taken over.`,
    );
    const old = new Date(Date.now() - STALE_MS - 5_000);
    fs.utimesSync(file, old, old);
    await createStore(dir).close();
    fs.writeFileSync(file, '{"pid": 12');
    await createStore(dir).close();
    fs.mkdirSync(file);
    expect(() => createStore(dir)).toThrow(`${file} is a folder; Plenary needs that name for its lock file. Move the folder away.`);
  });

  it('a live pid in a lock nobody kept fresh (a reboot gave the pid to another program) is taken over', async () => {
    const dir = tempDir('lock');
    const file = path.join(dir, LOCK_FILE);
    // The test runner's parent process: alive, and not a Plenary holding this folder.
    const lock = { pid: process.ppid, host: os.hostname(), started: '2026-11-29T08:00:00.000Z' };
    fs.writeFileSync(file, JSON.stringify(lock));
    expect(() => createStore(dir)).toThrow(`in use by another Plenary (process ${process.ppid}, since 2026-11-29T08:00:00.000Z)`);
    const old = new Date(Date.now() - STALE_MS - 5_000);
    fs.utimesSync(file, old, old);
    const store = createStore(dir);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
    await store.close();
  });

  it('the holder keeps its lock fresh while open', async () => {
    const dir = tempDir('lock');
    const release = acquireLock(dir, 20);
    const file = path.join(dir, LOCK_FILE);
    const old = new Date(Date.now() - STALE_MS - 5_000);
    fs.utimesSync(file, old, old);
    await new Promise((r) => setTimeout(r, 150));
    expect(Date.now() - fs.statSync(file).mtimeMs).toBeLessThan(5_000);
    release();
    expect(fs.existsSync(file)).toBe(false);
  });
});
