/**
 * The library service: adding a file (read, index, store, join search),
 * correcting its metadata, removing it (its annotations go to the Trash and
 * come back when the same file is added again) and handing out the original.
 * What is Electron's (the open dialog, opening a file with the system's
 * application) comes in as plain functions, so the browser twin and the
 * tests run this without Electron.
 */
import { readFile } from 'node:fs/promises';
import type { DocumentJob, DocumentPatch, OriginalFile } from '../../common/contract';
import { MAX_DOCUMENT_BYTES } from '../../common/contract';
import { AddedEntrySchema, type AddedEntry, type Annotation, type CatalogEntry, type StructuredDocument } from '../../common/model';
import { UserError } from '../../common/result';
import { buildShard } from '../../common/search';
import { contentHash, documentId } from './ids';
import { Jobs, type JobUpdate } from './jobs';
import { currentShard } from './shard-upgrade';
import { readDocumentFile, type ReadResult } from './readers';
import type { LibraryStore } from './store';

/** A file picked in the desktop app's open dialog: its bytes, or why they could not be read. */
export type PickedFile = { name: string; bytes: Uint8Array; error?: never } | { name: string; error: string; bytes?: never };

/** The annotation-store methods the library needs. */
export interface AnnotationAccess {
  listAnnotations(docId?: string): Annotation[];
  deleteAnnotation(id: string): Annotation;
  restoreAnnotation(id: string): Annotation;
}

export interface LibraryEvents {
  /** A document joined (or its entry changed): its shard must (re)join search; caches over all documents are stale. */
  changed(entry: CatalogEntry, shard: unknown): void;
  removed(id: string): void;
}

export interface LibraryOptions {
  store: LibraryStore;
  annotations: AnnotationAccess;
  events: LibraryEvents;
  /** Is there a bundled document with this id? */
  isBundled(id: string): boolean;
  /** Desktop app: shows the system's open dialog (several files). */
  pickFiles?: () => Promise<PickedFile[]>;
  /** Desktop app: opens a file with its default application; returns "" or an error message (Electron's shell.openPath). */
  openPath?: (path: string) => Promise<string>;
  read?: typeof readDocumentFile;
  now?: () => Date;
  maxBytes?: number;
}

const MIME: Record<AddedEntry['format'], string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
  text: 'text/plain',
};

export class LibraryService {
  readonly jobs = new Jobs();
  /** Content hashes being read now, so the same file dropped twice is read once. */
  private readonly inFlight = new Map<string, string>();

  constructor(private readonly o: LibraryOptions) {}

  private now(): Date {
    return this.o.now?.() ?? new Date();
  }

  /** Starts adding a file; the job says when it is readable and searchable, or why not. */
  add(fileName: string, bytes: Uint8Array): DocumentJob {
    const max = this.o.maxBytes ?? MAX_DOCUMENT_BYTES;
    if (bytes.length === 0) return this.jobs.finished(fileName, { state: 'failed', error: `${fileName}: the file is empty.` });
    if (bytes.length > max) {
      return this.jobs.finished(fileName, {
        state: 'failed',
        error: `${fileName}: the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(max / 1048576).toFixed(0)} MB.`,
      });
    }
    const hash = contentHash(bytes);
    const existing = this.o.store.byHash(hash);
    if (existing) return this.jobs.finished(fileName, { state: 'done', duplicate: true, entry: existing });
    const running = this.inFlight.get(hash);
    if (running) return this.jobs.get(running);
    const job = this.jobs.start(fileName, async (update) => {
      try {
        return await this.ingest(fileName, bytes, hash, update);
      } finally {
        this.inFlight.delete(hash);
      }
    });
    this.inFlight.set(hash, job.id);
    return job;
  }

  private async ingest(fileName: string, bytes: Uint8Array, hash: string, update: JobUpdate): Promise<Partial<DocumentJob>> {
    const read = await (this.o.read ?? readDocumentFile)(bytes, fileName, {
      onProgress: (p) => update(p),
      maxBytes: this.o.maxBytes ?? MAX_DOCUMENT_BYTES,
    });
    update({ phase: 'indexing', done: 0, total: 1 });
    const removed = this.o.store.removedByHash(hash);
    const entry = this.entryFor(fileName, hash, read, removed?.id);
    const doc: StructuredDocument = { ...entry, blocks: read.blocks, footnotes: read.footnotes };
    const shard = buildShard(doc);
    update({ phase: 'saving', done: 0, total: 1 });
    // The store checks again: another job may have added the same content meanwhile.
    if (this.o.store.byHash(hash)) return { duplicate: true, entry: this.o.store.byHash(hash)! };
    this.o.store.add(entry, bytes, { blocks: read.blocks, footnotes: read.footnotes, warnings: read.warnings }, shard);
    this.o.events.changed(entry, shard);
    let restored = 0;
    for (const id of removed?.annotationIds ?? []) {
      try {
        this.o.annotations.restoreAnnotation(id);
        restored++;
      } catch {
        // Emptied from the Trash since: nothing to bring back.
      }
    }
    return { entry, restored, warnings: read.warnings.slice(0, 50) };
  }

  private entryFor(fileName: string, hash: string, read: ReadResult, previousId?: string): AddedEntry {
    const d = read.detected;
    const addedAt = this.now().toISOString();
    const title = d.title?.trim() || fileName;
    const entry: AddedEntry = {
      id: previousId ?? documentId(hash, { symbol: d.symbol, title: d.title, fileName }),
      source: fileName,
      shortName: (d.symbol ?? (title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title)).trim(),
      title,
      date: d.date ?? addedAt.slice(0, 10),
      place: '',
      organizer: '',
      docType: d.docType,
      language: d.language,
      origin: 'added',
      format: read.format,
      addedAt,
      contentHash: hash,
    };
    if (d.symbol) entry.symbol = d.symbol;
    if (read.pages !== undefined) entry.pages = read.pages;
    return AddedEntrySchema.parse(entry);
  }

  /** Desktop app: main shows the open dialog; one job per file picked. */
  async addFromDialog(): Promise<DocumentJob[]> {
    if (!this.o.pickFiles) {
      throw new UserError('This window cannot open the system file dialog; use the "Add documents…" button in the library.');
    }
    return (await this.o.pickFiles()).map((f) =>
      f.error !== undefined ? this.jobs.finished(f.name, { state: 'failed', error: f.error }) : this.add(f.name, f.bytes),
    );
  }

  private added(id: string, action: string): AddedEntry {
    const e = this.o.store.entry(id);
    if (e) return e;
    if (this.o.isBundled(id)) throw new UserError(`"${id}" ships with Plenary; only added documents can be ${action}.`);
    throw new UserError(`There is no document "${id}" in the library.`);
  }

  updateMetadata(id: string, patch: DocumentPatch): CatalogEntry {
    const current = this.added(id, 'edited');
    const next: AddedEntry = { ...current, ...patch };
    if (patch.symbol === '') delete next.symbol;
    const parsed = AddedEntrySchema.safeParse(next);
    if (!parsed.success) throw new UserError(`${current.source}: ${parsed.error.issues[0]?.message ?? 'invalid metadata'}`);
    this.o.store.update(parsed.data);
    this.o.events.changed(parsed.data, currentShard(this.o.store, id));
    return parsed.data;
  }

  /** Removes an added document; its annotations go to the Trash first. Returns how many went. */
  remove(id: string): number {
    this.added(id, 'removed');
    const trashed = this.o.annotations.listAnnotations(id).map((a) => this.o.annotations.deleteAnnotation(a.id).id);
    this.o.store.remove(id, trashed);
    this.o.events.removed(id);
    return trashed.length;
  }

  async original(id: string): Promise<OriginalFile> {
    const e = this.added(id, 'opened as an original file');
    const path = this.o.store.originalPath(id);
    const base = { fileName: e.source, mime: MIME[e.format] };
    if (this.o.openPath) {
      const problem = await this.o.openPath(path);
      if (problem) throw new UserError(`${e.source} could not be opened: ${problem}`);
      return { ...base, opened: true };
    }
    return { ...base, data: (await readFile(path)).toString('base64'), opened: false };
  }
}
