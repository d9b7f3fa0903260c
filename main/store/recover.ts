/**
 * The one recovery path for every JSON file Plenary reads from its data
 * folder (settings, bookmarks, reading positions, annotations, and any other
 * service's file through `openJsonFile`):
 *
 * - a file that is missing is normal (nothing saved yet) unless a backup says
 *   it existed, in which case the backup is restored;
 * - a file that cannot be used (truncated, empty, not JSON, the wrong shape,
 *   written by a newer Plenary, a folder or an unreadable link in its place)
 *   is MOVED aside to `<file>.corrupt-<time>` before anything else reads it,
 *   the newest readable backup (`backups/<file>.1` … `.n`) or the defaults
 *   take its place, and a notice names the file, why, and where it was kept;
 * - a file with some bad entries keeps its good ones; the original is kept
 *   aside too (a hard link, so the file's name is never missing);
 * - a bad file that cannot even be moved (a read-only folder, an immutable
 *   file) is left exactly as found and flagged `keptInPlace`: the caller must
 *   not overwrite it, and the store still opens with the backup in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type { StoreNotice } from '../../common/contract';
import {
  describeError,
  fsyncDir,
  linkAside,
  moveAside,
  removeStaleTemps,
  rotateBackup,
  StoreWriteError,
  type StoreContext,
} from './files';
import { decode, type FileContext, type FileSpec, type Parsed } from './schemas';

/** Where a file lives and how it is backed up. */
export interface FilePlace {
  file: string;
  backupsDir: string;
  backups: number;
  now: () => Date;
}

export interface Recovered<T> {
  value: T;
  /** The file must be (re)written: it was migrated, repaired or restored. */
  needsWrite: boolean;
  /** What happened, for the delegate; null when the file was fine. */
  notice: string | null;
  /** A bad file that could not be moved aside: it must not be overwritten. */
  keptInPlace: boolean;
}

type Reader<T> = (body: string) => Parsed<T> & { migratedFrom?: number };

/** File text to a value: a byte-order mark is tolerated, an empty file is not. */
function readWith<T>(read: Reader<T>, text: string) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new Error('the file is empty');
  return read(body);
}

const backupFile = (place: FilePlace, n: number) => path.join(place.backupsDir, `${path.basename(place.file)}.${n}`);

/** Reads, validates and if needed repairs one file. Never throws for what is in the file. */
export function recoverFile<T>(place: FilePlace, read: Reader<T>, empty: () => T, onMigrate?: () => void): Recovered<T> {
  const p = place.file;
  const name = path.basename(p);
  let problem: string;
  let kept = '';
  let keptInPlace = false;
  try {
    // lstat first: a link is never followed out of the data folder, and a folder is not read.
    if (fs.lstatSync(p).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    const parsed = readWith(read, fs.readFileSync(p, 'utf8'));
    if (parsed.migratedFrom !== undefined) onMigrate?.(); // keep the old-format file as a backup
    if (parsed.dropped.length === 0) {
      return { value: parsed.value, needsWrite: parsed.migratedFrom !== undefined, notice: null, keptInPlace: false };
    }
    const n = parsed.dropped.length;
    const list = `${parsed.dropped.slice(0, 3).join('; ')}${n > 3 ? '; …' : ''}`;
    let where: string;
    try {
      where = `The original file is kept as ${linkAside(p, place.now())}.`;
    } catch (e) {
      keptInPlace = true;
      where = `The original file could not be kept aside (${describeError(e)}), so it is left as it is and changes to it are not saved.`;
    }
    return {
      value: parsed.value,
      needsWrite: !keptInPlace,
      notice: `${n} ${n === 1 ? 'entry' : 'entries'} of ${name} could not be read and ${n === 1 ? 'was' : 'were'} left out (${list}). ${where}`,
      keptInPlace,
    };
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') {
      if (!fs.existsSync(backupFile(place, 1))) return { value: empty(), needsWrite: false, notice: null, keptInPlace: false };
      problem = `${name} was missing`;
    } else {
      problem = `${name} could not be read (${describeError(e)})`;
      try {
        kept = ` It was moved aside to ${moveAside(p, place.now())}.`;
      } catch (moveError) {
        keptInPlace = true;
        kept = ` It could not be moved aside (${describeError(moveError)}), so it is left as it is and changes to it are not saved.`;
      }
    }
  }

  for (let n = 1; n <= place.backups; n++) {
    const b = backupFile(place, n);
    if (!fs.existsSync(b)) continue;
    try {
      const parsed = readWith(read, fs.readFileSync(b, 'utf8'));
      const when = fs.statSync(b).mtime.toISOString();
      const notice = `${problem}.${kept} The backup saved at ${when} (backups/${path.basename(b)}) was restored.`;
      return { value: parsed.value, needsWrite: !keptInPlace, notice, keptInPlace };
    } catch {
      // Try the next older backup.
    }
  }
  const value = empty();
  const start = Array.isArray(value) ? 'it starts empty' : 'it starts from the defaults';
  return { value, needsWrite: !keptInPlace, notice: `${problem}.${kept} No backup could be read, so ${start}.`, keptInPlace };
}

/** The store's files: a FileSpec (versions, migrations, per-item validation) in the store's folder. */
export function openFile<T>(
  ctx: StoreContext,
  name: string,
  spec: FileSpec<T>,
  fctx: FileContext,
  listing: readonly string[],
): Recovered<T> {
  removeStaleTemps(ctx.dir, name, listing);
  const place = { file: path.join(ctx.dir, name), backupsDir: ctx.backupsDir, backups: ctx.backups, now: ctx.now };
  const opened = recoverFile(
    place,
    (body) => decode(spec, JSON.parse(body), fctx),
    () => spec.empty(fctx),
    () => rotateBackup(ctx, name),
  );
  if (opened.notice) ctx.notices.push({ docId: fctx.docId ?? null, file: name, message: opened.notice });
  return opened;
}

export interface JsonFileOptions {
  /** Where backups are looked for (default: `backups/` beside the file). */
  backupsDir?: string;
  /** How many numbered backups to try (default 3). */
  backups?: number;
  now?: () => Date;
}

/**
 * Opens any JSON file of the data folder through the same recovery path as
 * the store's own files, validated by a zod schema. Returns the value to use,
 * and a notice to show when the file was repaired; write the value back
 * (atomically) when `needsWrite`, unless `keptInPlace`.
 */
export function openJsonFile<T>(
  file: string,
  schema: z.ZodType<T>,
  defaults: () => T,
  opts: JsonFileOptions = {},
): Recovered<T> & { storeNotice: StoreNotice | null } {
  const place: FilePlace = {
    file,
    backupsDir: opts.backupsDir ?? path.join(path.dirname(file), 'backups'),
    backups: opts.backups ?? 3,
    now: opts.now ?? (() => new Date()),
  };
  const read: Reader<T> = (body) => {
    const r = schema.safeParse(JSON.parse(body));
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new Error(issue ? `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}` : 'invalid');
    }
    return { value: r.data, dropped: [] };
  };
  const opened = recoverFile(place, read, defaults);
  const storeNotice = opened.notice ? { docId: null, file: path.basename(file), message: opened.notice } : null;
  return { ...opened, storeNotice };
}

/** Writes a JSON file of the data folder atomically (temp file, fsync, rename, fsync of the folder). */
export function saveJsonFile(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}-${Date.now().toString(36)}`;
  try {
    fs.writeFileSync(tmp, text, { mode: 0o600, flush: true });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new StoreWriteError(file, e);
  }
  fsyncDir(path.dirname(file));
}

/** Takes a rolling backup of a file opened with `openJsonFile` (skipped when unchanged). */
export function backupJsonFile(file: string, opts: JsonFileOptions = {}): void {
  const dir = path.dirname(file);
  const ctx: StoreContext = {
    dir,
    backupsDir: opts.backupsDir ?? path.join(dir, 'backups'),
    backups: opts.backups ?? 3,
    notices: [],
    now: opts.now ?? (() => new Date()),
  };
  rotateBackup(ctx, path.basename(file));
}
