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

const LockSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  started: z.string(),
  // Linux: which boot and which process exactly (a pid is reused after a reboot or a wrap).
  bootId: z.string().optional(),
  procStart: z.string().optional(),
});
type LockInfo = z.infer<typeof LockSchema>;

/** This boot's id (Linux); undefined elsewhere. */
export function bootId(): string | undefined {
  try {
    return fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * When a process started, in clock ticks since boot (field 22 of
 * /proc/<pid>/stat, Linux); undefined where that cannot be read. The command
 * name in field 2 may hold spaces and parentheses, so fields are counted
 * from the last ")".
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] || undefined; // fields[0] is field 3 (state)
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that wrote `held` (on this machine) still runs:
 * - 'alive': its pid runs and, where recorded, the boot and the process start
 *   time match, so it is the very same process, however old its heartbeat
 *   (a laptop waking from sleep has not touched its lock for hours);
 * - 'gone': no such pid, or the pid now belongs to another process;
 * - 'unknown': the pid runs but nothing tells whether it is the same process
 *   (a lock written without start time): the heartbeat decides.
 */
export function holderState(held: LockInfo): 'alive' | 'gone' | 'unknown' {
  if (!processAlive(held.pid)) return 'gone';
  const boot = bootId();
  if (held.bootId && boot && held.bootId !== boot) return 'gone';
  if (held.procStart) {
    const start = processStart(held.pid);
    if (start) return start === held.procStart ? 'alive' : 'gone';
  }
  return 'unknown';
}

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

/** Releases the lock when called; `verify()` checks, before a write, that this process still holds it. */
export type LockHandle = (() => void) & { verify(): void };

/** The lock is held by another instance now: this one must stop saving. */
export class LockLostError extends UserError {
  override name = 'LockLostError';
}

function handle(release: () => void, verify: () => void): LockHandle {
  return Object.assign(release, { verify });
}

/**
 * Checks that the lock still names this process. A lock file that vanished
 * (removed by hand) is taken again; one that names another process means
 * another Plenary took the folder over, so this one throws LockLostError.
 */
function verifyHeld(dir: string, file: string, mine: LockInfo, text: string): void {
  let held: LockInfo | null;
  try {
    held = readLock(file);
  } catch {
    return; // unreadable for a moment (an editor, a backup tool): the write goes ahead as before
  }
  if (held && held.pid === mine.pid && held.host === mine.host) return;
  if (!held && !fs.existsSync(file)) {
    try {
      fs.writeFileSync(file, text, { flag: 'wx' });
      return;
    } catch {
      held = readLock(file); // someone else was quicker
    }
  }
  const who = held ? `another Plenary (process ${held.pid} on ${held.host}, since ${held.started})` : 'another program';
  throw new LockLostError(
    `The data folder ${dir} has been taken over by ${who}, so this window stopped saving to avoid overwriting its notes. ` +
      'Close this window and keep working in the other one.',
  );
}

/**
 * Takes the data folder's lock; returns the function that releases it (with
 * `verify()` for the writes in between). Throws a UserError when another
 * live Plenary holds it.
 */
export function acquireLock(dir: string, heartbeatMs = HEARTBEAT_MS): LockHandle {
  const file = path.join(dir, LOCK_FILE);
  const boot = bootId();
  const procStart = processStart(process.pid);
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    started: new Date().toISOString(),
    ...(boot ? { bootId: boot } : {}),
    ...(procStart ? { procStart } : {}),
  };
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
      return handle(
        () => {
          clearInterval(beat);
          release(file, mine);
        },
        () => verifyHeld(dir, file, mine, text),
      );
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
    if (held && held.pid === process.pid && held.host === mine.host) {
      // This process already holds it (tests reopen stores): nothing to release, the same check before writes.
      return handle(
        () => undefined,
        () => verifyHeld(dir, file, mine, text),
      );
    }
    const fresh = Date.now() - stat.mtimeMs < STALE_MS;
    if (held && fresh && held.host !== mine.host) {
      throw new UserError(
        `The data folder ${dir} is in use by Plenary on ${held.host} (process ${held.pid}, since ${held.started}). ` +
          'Close it there first. If that computer was switched off, try again in a minute: a lock nobody keeps fresh is taken over.',
      );
    }
    const state = held && held.host === mine.host ? holderState(held) : 'gone';
    if (held && (state === 'alive' || (fresh && state === 'unknown'))) {
      throw new UserError(
        `The data folder ${dir} is in use by another Plenary (process ${held.pid}, since ${held.started}). ` +
          'Close that one first, or start this one with another data folder.',
      );
    }
    // Stale (its process is gone or the pid reused, or unknown and not touched for STALE_MS) or unreadable:
    // remove it and try again; another process may win the race.
    try {
      fs.unlinkSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  throw new UserError(`The data folder ${dir} is being opened by another Plenary at the same moment; try again.`);
}

function release(file: string, mine: LockInfo): void {
  try {
    const held = readLock(file);
    // Only our own lock is removed: never one another process took over.
    if (held && held.pid === mine.pid && held.started === mine.started) fs.unlinkSync(file);
  } catch {
    // Already gone, or the folder became unreadable: shutdown goes on; a lock left behind is stale once this process ends.
  }
}
