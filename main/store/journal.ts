/**
 * The write-ahead journal of one document's annotations.
 *
 * Rewriting a whole annotations file on every save costs time in proportion
 * to the file (about 50 ms at 10,000 annotations here, 200 ms through conf's
 * default read-modify-write), so a save appends one line to
 * `annotations-<docId>.journal` and fsyncs it instead: the save is on disk
 * when the call returns, in well under a millisecond. The journal is folded
 * into the JSON file (through conf) every so many saves and whenever the
 * store opens or closes, then emptied.
 *
 * Every entry holds the complete new state of the annotations it names, so
 * replaying a journal over a snapshot that already contains some of it gives
 * the same result: a crash between writing the snapshot and emptying the
 * journal is harmless.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AnnotationSchema, type Annotation } from '../../common/model';
import { fsyncDir } from './files';

export const JOURNAL_VERSION = 1;
/** The name of an import's batch file (import-batch.ts): next to the journal that includes it. */
export const BATCH_FILE = /^annotations-[a-z0-9][a-z0-9-]*\.import-[a-z0-9]+\.journal$/;

const JournalEntrySchema = z.discriminatedUnion('op', [
  z.object({ v: z.literal(JOURNAL_VERSION), op: z.literal('put'), a: AnnotationSchema }).strict(),
  z.object({ v: z.literal(JOURNAL_VERSION), op: z.literal('remove'), ids: z.array(AnnotationSchema.shape.id) }).strict(),
  // An import: its puts are in a batch file (import-batch.ts), written and fsynced before this line; see readBatch.
  z.object({ v: z.literal(JOURNAL_VERSION), op: z.literal('include'), file: z.string().regex(BATCH_FILE), count: z.number().int().min(1) }).strict(),
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
/** What read() returns: include lines are replaced by the puts of their batch file. */
export type ReadEntry = Exclude<JournalEntry, { op: 'include' }>;

export interface JournalContents {
  entries: ReadEntry[];
  /** One line per unreadable entry, saying why. */
  problems: string[];
}

export class Journal {
  readonly path: string;
  #fd: number | undefined;
  #size = 0;
  #count = 0;
  #included: string[] = [];

  constructor(dir: string, name: string) {
    this.path = path.join(dir, name);
  }

  /** Entries appended since the journal was last emptied. */
  get count(): number {
    return this.#count;
  }

  /** Reads the journal left by the last session (absent means empty). */
  read(): JournalContents {
    let text: string;
    try {
      text = fs.readFileSync(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [] };
      return { entries: [], problems: [`the journal could not be read (${(e as Error).message})`] };
    }
    const { entries: lines, problems } = parseLines(text);
    const entries: ReadEntry[] = [];
    for (const entry of lines) {
      if (entry.op !== 'include') {
        entries.push(entry);
        continue;
      }
      const batch = readBatch(path.join(path.dirname(this.path), entry.file), entry.count);
      // A damaged batch is not listed as included, so it is never removed: it stays for a person to look at.
      if (typeof batch === 'string') problems.push(`the imported batch ${entry.file} ${batch}`);
      else {
        entries.push(...batch);
        this.#included.push(entry.file);
      }
    }
    this.#count = lines.length;
    return { entries, problems };
  }

  /** The batch files the journal includes (removed once the journal is emptied). */
  get included(): readonly string[] {
    return this.#included;
  }

  /** Appends entries and fsyncs; on failure the journal is left as it was, and the error thrown. */
  append(entries: readonly JournalEntry[]): void {
    const data = Buffer.from(entries.map((e) => `${JSON.stringify(e)}\n`).join(''), 'utf8');
    const fd = this.#open();
    try {
      let written = 0;
      while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
      fs.fdatasyncSync(fd);
    } catch (e) {
      // Cut off whatever part of the entry reached the file, so the next one starts on a clean line.
      try {
        fs.ftruncateSync(fd, this.#size);
      } catch {
        // The reader drops an unreadable last line and reports it.
      }
      throw e;
    }
    this.#size += data.length;
    this.#count += entries.length;
    for (const e of entries) if (e.op === 'include') this.#included.push(e.file);
  }

  /** Empties the journal once its entries are safely in the snapshot. */
  reset(): void {
    if (this.#fd === undefined && !fs.existsSync(this.path)) return;
    const fd = this.#open();
    fs.ftruncateSync(fd, 0);
    fs.fdatasyncSync(fd);
    this.#size = 0;
    this.#count = 0;
    // Only now, with the journal that named them empty on disk, are the batches no longer needed.
    for (const file of this.#included.splice(0)) {
      try {
        fs.rmSync(path.join(path.dirname(this.path), file), { force: true });
      } catch {
        // Left over: removed as an orphan at the next start.
      }
    }
  }

  close(): void {
    if (this.#fd !== undefined) fs.closeSync(this.#fd);
    this.#fd = undefined;
  }

  #open(): number {
    if (this.#fd === undefined) {
      const existed = fs.existsSync(this.path);
      // O_APPEND: every write lands at the end, also after a truncation.
      this.#fd = fs.openSync(this.path, 'a', 0o600);
      this.#size = fs.fstatSync(this.#fd).size;
      if (!existed) fsyncDir(path.dirname(this.path));
    }
    return this.#fd;
  }
}

function parseLines(text: string): { entries: JournalEntry[]; problems: string[] } {
  const entries: JournalEntry[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  const last = lines.pop(); // '' when the journal ends with a newline, as every complete entry does
  if (last) problems.push(`line ${lines.length + 1} is incomplete (a save interrupted before it was acknowledged)`);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const r = JournalEntrySchema.safeParse(JSON.parse(line));
      if (r.success) entries.push(r.data);
      else problems.push(`line ${i + 1}: ${r.error.issues[0]?.message ?? 'invalid entry'}`);
    } catch {
      problems.push(`line ${i + 1} is not JSON`);
    }
  });
  return { entries, problems };
}

/**
 * The puts of an included batch, or why it cannot be used. It was complete
 * and fsynced before the journal named it, so anything else is damage: the
 * whole batch is then left out (an import is all or nothing).
 */
function readBatch(file: string, count: number): ReadEntry[] | string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return `could not be read (${(e as Error).message})`;
  }
  const { entries, problems } = parseLines(text);
  if (problems.length > 0) return `is damaged (${problems[0]})`;
  if (entries.length !== count || entries.some((e) => e.op !== 'put')) return `does not hold the ${count} annotations it should`;
  return entries as ReadEntry[];
}

export const applyEntry = (map: Map<string, Annotation>, entry: ReadEntry): void => {
  if (entry.op === 'put') map.set(entry.a.id, entry.a);
  else for (const id of entry.ids) map.delete(id);
};
