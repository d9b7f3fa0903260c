/**
 * One Plenary per data folder. Two processes writing the same journals would
 * each fold their own copy into the file and silently drop the other's
 * notes, so the store takes `plenary.lock` in the folder while it is open:
 *
 * - created with O_EXCL, holding the owner's pid, host name and start time;
 * - the holder touches the file every HEARTBEAT_MS while it is open;
 * - a lock whose process is gone (a crash, SIGKILL), or that has not been
 *   touched for STALE_MS (power loss, then a reboot that gave its pid to
 *   another program; a computer that was switched off), is stale and taken
 *   over, so nobody ever has to delete it by hand;
 * - a fresh lock held by a live process on this machine, or by a process on
 *   another machine (a shared folder, where liveness cannot be checked),
 *   refuses the open with a message that names the folder, the holder and
 *   what to do;
 * - the same process may open the folder again (tests reopen stores).
 *
 * The desktop app also takes Electron's single-instance lock, so a second
 * launch focuses the running window instead of reaching this.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../../common/result';

export const LOCK_FILE = 'plenary.lock';
export const HEARTBEAT_MS = 10_000;
export const STALE_MS = 60_000;

const LockSchema = z.object({ pid: z.number().int().positive(), host: z.string(), started: z.string() });
type LockInfo = z.infer<typeof LockSchema>;

/** True when a process with this pid exists on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = LockSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (e instanceof SyntaxError) return null; // half-written by a process that died: stale
    throw e;
  }
}

/**
 * Takes the data folder's lock; returns the function that releases it.
 * Throws a UserError when another live Plenary holds it.
 */
export function acquireLock(dir: string, heartbeatMs = HEARTBEAT_MS): () => void {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  const text = `${JSON.stringify(mine)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, text, { flag: 'wx' });
      const beat = setInterval(() => {
        const now = new Date();
        try {
          fs.utimesSync(file, now, now);
        } catch {
          // Gone (the folder was removed): nothing to keep fresh.
        }
      }, heartbeatMs);
      beat.unref();
      return () => {
        clearInterval(beat);
        release(file, mine);
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new Error(`cannot create the lock file ${file}: ${(e as Error).message}`);
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile: try again
      throw e;
    }
    if (stat.isDirectory()) throw new UserError(`${file} is a folder; Plenary needs that name for its lock file. Move the folder away.`);
    const held = readLock(file);
    if (held && held.pid === process.pid && held.host === mine.host) return () => undefined; // this process already holds it
    const fresh = Date.now() - stat.mtimeMs < STALE_MS;
    if (held && fresh && held.host !== mine.host) {
      throw new UserError(
        `The data folder ${dir} is in use by Plenary on ${held.host} (process ${held.pid}, since ${held.started}). ` +
          'Close it there first. If that computer was switched off, try again in a minute: a lock nobody keeps fresh is taken over.',
      );
    }
    if (held && fresh && processAlive(held.pid)) {
      throw new UserError(
        `The data folder ${dir} is in use by another Plenary (process ${held.pid}, since ${held.started}). ` +
          'Close that one first, or start this one with another data folder.',
      );
    }
    // Stale (its process is gone, or not touched for STALE_MS) or unreadable: remove it and try again; another process may win the race.
    try {
      fs.unlinkSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new UserError(`The data folder ${dir} is being opened by another Plenary at the same moment; try again.`);
}

function release(file: string, mine: LockInfo): void {
  const held = readLock(file);
  // Only our own lock is removed: never one another process took over.
  if (held && held.pid === mine.pid && held.started === mine.started) {
    try {
      fs.unlinkSync(file);
    } catch {
      // Already gone: nothing to release.
    }
  }
}
