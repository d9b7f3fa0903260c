/**
 * Reading and writing the store's files safely.
 *
 * Writing goes through conf (the library electron-store wraps), which writes
 * atomically with `atomically`: the new content goes to a temporary file in
 * the same folder, is fsync'ed, then renamed over the old file, so a reader
 * or a crash sees the old file or the new one, never half of one. We add an
 * fsync of the folder after the rename so the rename itself survives a
 * power cut.
 *
 * Reading never loses anything (recover.ts): a file that cannot be read is
 * moved aside under a new name (`<file>.corrupt-<time>`, never overwritten),
 * the newest readable backup takes its place, and a notice says what
 * happened. Backups
 * are full copies in `backups/<file>.1` (newest) to `.3`, taken when a file
 * is opened and every so many saves.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { StoreNotice } from '../../common/contract';
import type { FileContext, FileSpec } from './schemas';

export interface StoreContext {
  dir: string;
  backupsDir: string;
  notices: StoreNotice[];
  /** Rolling backups kept per file. */
  backups: number;
  now: () => Date;
}

/** fsync a folder so a rename or a new file in it is durable; not possible on Windows. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // EISDIR/EPERM on Windows: folders cannot be opened there; NTFS journals renames.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A time stamp usable in a file name on every system. */
export const stamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

/** A path next to `p` with `suffix` that does not exist yet. */
function freshPath(p: string, suffix: string): string {
  let candidate = `${p}${suffix}`;
  for (let i = 2; fs.existsSync(candidate); i++) candidate = `${p}${suffix}-${i}`;
  return candidate;
}

/**
 * Moves the file (or folder, or link) at `p` aside and returns the new path.
 * It is moved, never copied: a bad file left at its name would be read again
 * (conf parses the file before its first write and throws on bad JSON), and
 * each retry would add another copy.
 */
export function moveAside(p: string, now: Date): string {
  const aside = freshPath(p, `.corrupt-${stamp(now)}`);
  fs.renameSync(p, aside);
  fsyncDir(path.dirname(p));
  return aside;
}

/**
 * Keeps a readable file whose good part is about to be rewritten: a second
 * name (hard link) for the same bytes, so the atomic rewrite that follows
 * replaces the file without a moment where its name is missing. Where links
 * are not possible the file is moved instead.
 */
export function linkAside(p: string, now: Date): string {
  const aside = freshPath(p, `.corrupt-${stamp(now)}`);
  try {
    fs.linkSync(p, aside);
  } catch {
    fs.renameSync(p, aside);
  }
  fsyncDir(path.dirname(p));
  return aside;
}

/** Removes temporary files an interrupted atomic write left behind (the old file is intact). */
export function removeStaleTemps(dir: string, name: string, listing: readonly string[]): void {
  const prefix = `${name}.tmp-`;
  for (const entry of listing) {
    if (!entry.startsWith(prefix)) continue;
    try {
      fs.rmSync(path.join(dir, entry), { force: true });
    } catch {
      // A folder that cannot be written: the temp stays, harmless, and goes at a later start.
    }
  }
}

export const backupPath = (ctx: StoreContext, name: string, n: number) => path.join(ctx.backupsDir, `${name}.${n}`);

function sameContent(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    if (sa.size !== sb.size) return false;
    return fs.readFileSync(a).equals(fs.readFileSync(b));
  } catch {
    return false;
  }
}

/** Copies the file into the newest backup slot, shifting older ones, unless it is unchanged. */
export function rotateBackup(ctx: StoreContext, name: string): void {
  const src = path.join(ctx.dir, name);
  if (!fs.existsSync(src) || !fs.statSync(src).isFile()) return;
  const newest = backupPath(ctx, name, 1);
  if (sameContent(src, newest)) return;
  fs.mkdirSync(ctx.backupsDir, { recursive: true });
  for (let n = ctx.backups - 1; n >= 1; n--) {
    const from = backupPath(ctx, name, n);
    if (fs.existsSync(from)) fs.renameSync(from, backupPath(ctx, name, n + 1));
  }
  const tmp = `${newest}.tmp`;
  fs.copyFileSync(src, tmp);
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, newest);
  fsyncDir(ctx.backupsDir);
}

/**
 * Writes one file through conf. conf reads the file back before each write
 * only to carry over its own `__internal__` key, which these files never
 * have; `skipReadBack` spares that parse for large files (see README).
 */
export class ConfFile<T> {
  #conf: Conf<{ data: T }> | undefined;
  readonly path: string;

  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly spec: FileSpec<T>,
    private readonly fctx: FileContext,
    private readonly skipReadBack = false,
  ) {
    this.path = path.join(dir, name);
  }

  /**
   * Writes `value`; on failure throws an error that names this file and the
   * reason (conf's own error names its temporary file), and removes the
   * temporary file it left.
   */
  write(value: T): void {
    try {
      this.#conf ??= new Conf<{ data: T }>({
        cwd: this.dir,
        configName: this.name.replace(/\.json$/, ''),
        fileExtension: 'json',
        accessPropertiesByDotNotation: false,
        configFileMode: 0o600,
        serialize: (v) => this.spec.serialize(v.data, this.fctx),
        // The store validated the file before creating conf; conf keeps no keys of its own in it.
        ...(this.skipReadBack ? { deserialize: () => ({}) as { data: T } } : {}),
      });
      this.#conf.store = { data: value };
    } catch (e) {
      removeStaleTemps(this.dir, this.name, safeListing(this.dir));
      throw new StoreWriteError(this.path, e);
    }
    fsyncDir(this.dir);
  }
}

/** Why a file operation failed, in words (the code, not a temporary file's name). */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'EISDIR':
      return 'a folder is where the file should be';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'ELOOP':
      return 'it is a link that leads nowhere';
    default:
      return err?.message ?? String(e);
  }
}

/** A store file could not be written; the message names the file itself. */
export class StoreWriteError extends Error {
  override name = 'StoreWriteError';
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`${path.basename(file)} could not be saved in ${path.dirname(file)} (${describeError(cause)})`, { cause });
  }
}

function safeListing(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
