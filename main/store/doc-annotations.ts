/**
 * The annotations of one document: an in-memory map, the JSON file
 * `annotations-<docId>.json` (written through conf) and its journal.
 * Documents never share a file, so saving in one never rewrites another.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreNotice } from '../../common/contract';
import type { Annotation } from '../../common/model';
import { annotationsSpec } from './schemas';
import { UserError } from '../../common/result';
import { ConfFile, moveAside, rotateBackup, StoreWriteError, type StoreContext } from './files';
import { openFile } from './recover';
import { applyEntry, Journal, JOURNAL_VERSION, type JournalEntry } from './journal';
import { batchFilesOf, discardBatch } from './import-batch';

export interface CollectionOptions {
  /** Fold the journal into the JSON file after this many saves. */
  compactEvery: number;
  /** Take a backup at the first compaction after this many saves. */
  backupEvery: number;
}

/** How long saves wait before trying again to rewrite a file that could not be written. */
const COMPACT_RETRY_MS = 30_000;

export const annotationsFileName = (docId: string) => `annotations-${docId}.json`;
export const journalFileName = (docId: string) => `annotations-${docId}.journal`;

export class DocAnnotations {
  readonly name: string;
  readonly #map: Map<string, Annotation>;
  readonly #journal: Journal;
  readonly #file: ConfFile<Annotation[]>;
  #savesSinceBackup = 0;
  #compactionFailed = false;
  /** After a failed compaction, saves do not retry before this time (a failing write blocks ~1 s in conf's retries). */
  #retryAfter = 0;
  /** The bad file could not be moved aside: it is never overwritten, saves stay in the journal. */
  #keptInPlace = false;

  private constructor(
    private readonly ctx: StoreContext,
    readonly docId: string,
    annotations: readonly Annotation[],
    private readonly opts: CollectionOptions,
  ) {
    this.name = annotationsFileName(docId);
    this.#map = new Map(annotations.map((a) => [a.id, a]));
    this.#journal = new Journal(ctx.dir, journalFileName(docId));
    // Skip conf's read-back: it would parse the whole (large) file before each compaction.
    this.#file = new ConfFile(ctx.dir, this.name, annotationsSpec, { docId }, true);
  }

  static open(ctx: StoreContext, docId: string, listing: readonly string[], opts: CollectionOptions): DocAnnotations {
    const name = annotationsFileName(docId);
    const opened = openFile(ctx, name, annotationsSpec, { docId }, listing);
    const doc = new DocAnnotations(ctx, docId, opened.value, opts);
    doc.#keptInPlace = opened.keptInPlace;

    // Replay the saves made since the file was last written.
    const { entries, problems } = doc.#journal.read();
    for (const entry of entries) {
      if (entry.op === 'put' && entry.a.docId !== docId) {
        problems.push(`annotation "${entry.a.id}" belongs to "${entry.a.docId}"`);
        continue;
      }
      applyEntry(doc.#map, entry);
    }
    if (problems.length > 0) {
      const lead =
        `${problems.length} ${problems.length === 1 ? 'entry' : 'entries'} of the save journal of "${docId}" could not ` +
        `be read and ${problems.length === 1 ? 'was' : 'were'} left out (${problems.slice(0, 3).join('; ')}).`;
      let where: string;
      try {
        // Moved, so the next save starts a clean journal; its readable saves are in memory and folded in below.
        where = `The journal was moved aside to ${moveAside(doc.#journal.path, ctx.now())}.`;
      } catch (e) {
        where = `The journal could not be moved aside (${(e as Error).message}).`;
      }
      ctx.notices.push({ docId, file: path.basename(doc.#journal.path), message: `${lead} ${where}` });
    } else {
      // Batches the journal does not name are imports interrupted before they were committed (import-batch.ts).
      const included = new Set(doc.#journal.included);
      for (const f of batchFilesOf(docId, listing)) if (!included.has(f)) discardBatch(ctx.dir, f);
    }
    if (opened.needsWrite || entries.length > 0 || problems.length > 0) doc.#tryCompact();
    try {
      rotateBackup(ctx, name);
    } catch {
      // No backup this time (a full or read-only disk); the next start tries again.
    }
    return doc;
  }

  get size(): number {
    return this.#map.size;
  }

  get(id: string): Annotation | undefined {
    return this.#map.get(id);
  }

  values(): IterableIterator<Annotation> {
    return this.#map.values();
  }

  /** Saves new states of annotations; returns once they are on disk. */
  put(annotations: readonly Annotation[]): void {
    if (annotations.length === 0) return;
    this.#append(annotations.map((a) => ({ v: JOURNAL_VERSION, op: 'put' as const, a })));
    for (const a of annotations) this.#map.set(a.id, a);
    this.#afterSave(annotations.length);
  }

  /**
   * Adds an import whose puts are already durable in the batch file `file`
   * (import-batch.ts): one short journal line makes them part of the
   * document. No compaction here: rewriting a large file would hold the
   * event loop; it happens at the next periodic compaction, close or start.
   */
  putBatch(file: string, annotations: readonly Annotation[]): void {
    if (!fs.existsSync(path.join(this.ctx.dir, file))) throw new Error(`the imported batch ${file} is missing`);
    this.#append([{ v: JOURNAL_VERSION, op: 'include', file, count: annotations.length }]);
    for (const a of annotations) this.#map.set(a.id, a);
    this.#savesSinceBackup += annotations.length;
  }

  /** Removes annotations for good (emptying the Trash). */
  remove(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#append([{ v: JOURNAL_VERSION, op: 'remove', ids: [...ids] }]);
    for (const id of ids) this.#map.delete(id);
    this.#afterSave(ids.length);
  }

  /** Writes the whole map to the JSON file and empties the journal. */
  compact(): void {
    this.#file.write([...this.#map.values()]);
    this.#journal.reset();
    if (this.#savesSinceBackup >= this.opts.backupEvery) {
      try {
        rotateBackup(this.ctx, this.name);
        this.#savesSinceBackup = 0;
      } catch {
        // The file is written; the backup is tried again at the next compaction.
      }
    }
  }

  /** Folds the journal in if it holds anything; used on close. Never throws: the journal keeps what was not folded. */
  flush(): void {
    if (this.#journal.count > 0) this.#tryCompact();
  }

  close(): void {
    this.#journal.close();
  }

  /** Appends to the journal; a failure (a full disk, a read-only folder) is refused with the journal's real name. */
  #append(entries: JournalEntry[]): void {
    try {
      this.#journal.append(entries);
    } catch (e) {
      const err = new StoreWriteError(this.#journal.path, e);
      throw new UserError(`${err.message}; the change was not saved. Free some space or fix the folder's permissions, then try again.`);
    }
  }

  #afterSave(n: number): void {
    this.#savesSinceBackup += n;
    if (this.#journal.count >= this.opts.compactEvery && Date.now() >= this.#retryAfter) this.#tryCompact();
  }

  /**
   * Compacts, or reports (once) why not: every save is already safe in the
   * journal, so a file that cannot be rewritten (read-only, immutable, a full
   * disk) costs nothing but a longer journal; compaction is retried at the
   * next save, at close and at the next start.
   */
  #tryCompact(): void {
    if (this.#keptInPlace) return;
    try {
      this.compact();
      this.#compactionFailed = false;
      this.#retryAfter = 0;
    } catch (e) {
      this.#retryAfter = Date.now() + COMPACT_RETRY_MS;
      if (!this.#compactionFailed) {
        this.#compactionFailed = true;
        this.ctx.notices.push({
          docId: this.docId,
          file: this.name,
          message: `${(e as Error).message}; saves are kept in its journal (${path.basename(this.#journal.path)}) and it is tried again.`,
        });
      }
    }
  }
}

/** One notice per document outside `known` that still has live annotations: they are kept, and where to find them. */
export function missingDocumentNotices(docs: Iterable<DocAnnotations>, known: (docId: string) => boolean): StoreNotice[] {
  const notices: StoreNotice[] = [];
  for (const doc of docs) {
    if (known(doc.docId)) continue;
    const n = [...doc.values()].filter((a) => !a.deleted).length;
    if (n === 0) continue;
    notices.push({
      docId: doc.docId,
      file: doc.name,
      message:
        `${n} ${n === 1 ? 'annotation belongs' : 'annotations belong'} to the document "${doc.docId}", which is not in the library. ` +
        `${n === 1 ? 'It is' : 'They are'} kept and listed in the Notebook under "Document missing", where ${n === 1 ? 'it' : 'they'} can be exported.`,
    });
  }
  return notices;
}
