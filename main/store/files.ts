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
 * Reading never loses anything: a file that cannot be read is kept aside
 * under a new name (`<file>.corrupt-<time>`, never overwritten), the newest
 * readable backup takes its place, and a notice says what happened. Backups
 * are full copies in `backups/<file>.1` (newest) to `.3`, taken when a file
 * is opened and every so many saves.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { StoreNotice } from '../../common/contract';
import { decode, type FileContext, type FileSpec } from './schemas';

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
 * Keeps the file at `p` aside, returning the new path. A regular file is
 * copied (the caller then replaces the original atomically, so its path never
 * goes missing); anything else (a folder, an unreadable file) is renamed.
 */
export function keepAside(p: string, now: Date): string {
  const aside = freshPath(p, `.corrupt-${stamp(now)}`);
  try {
    fs.copyFileSync(p, aside, fs.constants.COPYFILE_EXCL);
    const fd = fs.openSync(aside, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    fs.rmSync(aside, { force: true, recursive: false });
    fs.renameSync(p, aside);
  }
  fsyncDir(path.dirname(p));
  return aside;
}

/** Removes temporary files an interrupted atomic write left behind (the old file is intact). */
export function removeStaleTemps(dir: string, name: string, listing: readonly string[]): void {
  const prefix = `${name}.tmp-`;
  for (const entry of listing) {
    if (entry.startsWith(prefix)) fs.rmSync(path.join(dir, entry), { force: true });
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

/** Parses file text: a byte-order mark is tolerated, an empty file is not. */
function parseText<T>(spec: FileSpec<T>, text: string, fctx: FileContext) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new Error('the file is empty');
  return decode(spec, JSON.parse(body), fctx);
}

const reason = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EISDIR') return 'a folder is where the file should be';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  return err?.message ?? String(e);
};

export interface Opened<T> {
  value: T;
  /** The file must be (re)written: it was migrated, repaired or restored. */
  needsWrite: boolean;
}

/** Reads, migrates and validates a file, repairing it from backups if needed. */
export function openFile<T>(
  ctx: StoreContext,
  name: string,
  spec: FileSpec<T>,
  fctx: FileContext,
  listing: readonly string[],
): Opened<T> {
  const p = path.join(ctx.dir, name);
  const notice = (message: string) => ctx.notices.push({ docId: fctx.docId ?? null, file: name, message });
  removeStaleTemps(ctx.dir, name, listing);

  let problem: string;
  let aside: string | null = null;
  try {
    const parsed = parseText(spec, fs.readFileSync(p, 'utf8'), fctx);
    if (parsed.migratedFrom !== undefined) rotateBackup(ctx, name); // keep the old-format file
    if (parsed.dropped.length === 0) return { value: parsed.value, needsWrite: parsed.migratedFrom !== undefined };
    aside = keepAside(p, ctx.now());
    notice(
      `${parsed.dropped.length} ${parsed.dropped.length === 1 ? 'entry' : 'entries'} of ${name} could not be read ` +
        `and ${parsed.dropped.length === 1 ? 'was' : 'were'} left out (${parsed.dropped.slice(0, 3).join('; ')}` +
        `${parsed.dropped.length > 3 ? '; …' : ''}). The original file is kept as ${path.basename(aside)}.`,
    );
    return { value: parsed.value, needsWrite: true };
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') {
      // A missing file is normal (nothing saved yet) unless backups say it existed.
      if (!fs.existsSync(backupPath(ctx, name, 1))) return { value: spec.empty(fctx), needsWrite: false };
      problem = `${name} was missing`;
    } else {
      problem = `${name} could not be read (${reason(e)})`;
      try {
        aside = keepAside(p, ctx.now());
      } catch (moveError) {
        // Cannot keep it aside, so it must not be overwritten either.
        throw new Error(`${problem}, and could not be moved aside (${reason(moveError)}); nothing was changed`);
      }
    }
  }

  const kept = aside ? ` It was kept as ${path.basename(aside)}.` : '';
  for (let n = 1; n <= ctx.backups; n++) {
    const b = backupPath(ctx, name, n);
    if (!fs.existsSync(b)) continue;
    try {
      const parsed = parseText(spec, fs.readFileSync(b, 'utf8'), fctx);
      const when = fs.statSync(b).mtime.toISOString();
      notice(`${problem}.${kept} The backup saved at ${when} (backups/${path.basename(b)}) was restored.`);
      return { value: parsed.value, needsWrite: true };
    } catch {
      // Try the next older backup.
    }
  }
  notice(`${problem}.${kept} No backup could be read, so it starts empty.`);
  return { value: spec.empty(fctx), needsWrite: true };
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

  write(value: T): void {
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
    fsyncDir(this.dir);
  }
}
