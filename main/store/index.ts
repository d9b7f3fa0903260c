/**
 * The annotations store: annotations, the Trash, bookmarks, reading
 * positions and settings, persisted in the data folder (Electron's userData,
 * or the browser twin's --data-dir).
 *
 *   annotations-<docId>.json      one per document (+ .journal, see journal.ts)
 *   settings.json, bookmarks.json, reading-positions.json
 *   backups/<file>.1 … .3         rolling backups, newest first
 *   <file>.corrupt-<time>         files that could not be read, moved aside as found (recover.ts)
 *
 * Every method that changes something returns only once the change is on
 * disk, so a "Saved" shown after it is true. Methods validate their
 * arguments against the contract themselves, so the store is safe to call
 * directly, not only through dispatch.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  parseArgs,
  type ArgsOf,
  type Handlers,
  type MethodName,
  type StoreNotice,
  type ValueOf,
} from '../../common/contract';
import { AnnotationSchema, DocIdSchema, type Annotation, type Bookmark, type Settings } from '../../common/model';
import { UserError } from '../../common/result';
import { DocAnnotations, missingDocumentNotices, type CollectionOptions } from './doc-annotations';
import { PersistedValue } from './persisted';
import { bookmarksSpec, positionsSpec, settingsSpec, type ReadingPosition } from './schemas';
import type { StoreContext } from './files';
import { acquireLock, LOCK_FILE } from './lock';
import { batchFileName, discardBatch, inSlices, writeBatch } from './import-batch';

export const STORE_METHODS = [
  'listAnnotations',
  'listAnnotationsIn',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listTrash',
  'emptyTrash',
  'listBookmarks',
  'setBookmark',
  'getReadingPosition',
  'setReadingPosition',
  'getSettings',
  'setSettings',
  'storeNotices',
  'dataLocation',
] as const satisfies readonly MethodName[];
export type StoreMethod = (typeof STORE_METHODS)[number];
/** The store's methods return plain values (they are synchronous: a change is on disk on return). */
export type StoreHandlers = { [M in StoreMethod]: (...args: ArgsOf<M>) => ValueOf<M> };

export interface Store extends StoreHandlers {
  /** The same methods as a plain object, to spread into the full handler map. */
  readonly handlers: Pick<Handlers, StoreMethod>;
  /** Folds journals into their files and releases them. */
  close(): Promise<void>;
  /**
   * Adds complete annotations (an import), keeping their ids, authors and
   * times; all or nothing. The work is done in slices (import-batch.ts);
   * the import appears at once, when the returned promise settles.
   */
  importAnnotations(list: readonly Annotation[]): Promise<string[]>;
  /** Removes annotations for good (undo of an import). Returns how many were removed. */
  purgeAnnotations(ids: readonly string[]): number;
}

export interface StoreOptions extends Partial<CollectionOptions> {
  /** Documents that exist; when given, annotations and bookmarks for others are refused. */
  docIds?: readonly string[];
  /** The same for a library that changes while the app runs (added documents); checked with docIds. */
  isKnownDoc?: (docId: string) => boolean;
  /** Rolling backups per file (default 3). */
  backups?: number;
  now?: () => Date;
}

/** A document's file, journal, or an import's batch file (opened so an orphan batch is removed). */
const ANNOTATIONS_FILE = /^annotations-([a-z0-9][a-z0-9-]*)\.(?:json|journal|import-[a-z0-9]+\.journal)$/;

/** Deeply frozen, so a caller cannot change the store's copy by accident. */
function freeze(a: Annotation): Annotation {
  Object.freeze(a.quote);
  Object.freeze(a.position);
  Object.freeze(a.tags);
  return Object.freeze(a);
}

const byPlace = (a: Annotation, b: Annotation) =>
  a.docId.localeCompare(b.docId) || a.position.start - b.position.start || a.created.localeCompare(b.created);

/**
 * Opens the store in `dataDir` (created if missing), holding the folder's
 * lock (lock.ts) until `close()`: a second Plenary on the same folder gets
 * a clear error instead of two writers losing each other's notes.
 */
export function createStore(dataDir: string, opts: StoreOptions = {}): Store {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  if (!fs.statSync(dir).isDirectory()) throw new Error(`the data folder ${dir} is not a folder`);
  const unlock = acquireLock(dir);
  let store: Store;
  try {
    store = openStore(dir, opts, unlock.verify);
  } catch (e) {
    unlock();
    throw e;
  }
  const close = async () => {
    try {
      await store.close();
    } finally {
      unlock();
    }
  };
  return { ...store, close };
}

/** Methods that write: each first checks that this process still holds the folder's lock. */
const WRITES = new Set<StoreMethod>([
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'emptyTrash',
  'setBookmark',
  'setReadingPosition',
  'setSettings',
]);

function openStore(dir: string, opts: StoreOptions, verifyLock: () => void): Store {
  const ctx: StoreContext = {
    dir,
    backupsDir: path.join(dir, 'backups'),
    notices: [],
    backups: opts.backups ?? 3,
    now: opts.now ?? (() => new Date()),
  };
  const collectionOpts: CollectionOptions = {
    compactEvery: opts.compactEvery ?? 256,
    backupEvery: opts.backupEvery ?? 200,
  };
  const knownDocs = opts.docIds ? new Set(opts.docIds) : null;
  const listing = fs.readdirSync(dir);

  const settings = PersistedValue.open(ctx, 'settings.json', settingsSpec, listing, 50);
  const bookmarks = PersistedValue.open(ctx, 'bookmarks.json', bookmarksSpec, listing, 50);
  const positions = PersistedValue.open(ctx, 'reading-positions.json', positionsSpec, listing, 200);

  // Every document with a file, a journal or a backup is opened now, so
  // problems are found (and reported) at start-up rather than on first use.
  const docs = new Map<string, DocAnnotations>();
  const backupListing = fs.existsSync(ctx.backupsDir) ? fs.readdirSync(ctx.backupsDir) : [];
  const found = new Set<string>();
  for (const entry of [...listing, ...backupListing.map((b) => b.replace(/\.\d+$/, ''))]) {
    const m = ANNOTATIONS_FILE.exec(entry);
    if (m && DocIdSchema.safeParse(m[1]).success) found.add(m[1]!);
  }
  /** Which document holds each annotation id. */
  const owner = new Map<string, DocAnnotations>();
  const openDoc = (docId: string) => {
    const doc = DocAnnotations.open(ctx, docId, listing, collectionOpts);
    docs.set(docId, doc);
    for (const a of doc.values()) {
      freeze(a);
      if (owner.has(a.id)) {
        ctx.notices.push({
          docId,
          file: doc.name,
          message: `annotation "${a.id}" also exists in document "${owner.get(a.id)!.docId}"; only that one can be edited`,
        });
      } else owner.set(a.id, doc);
    }
    return doc;
  };
  for (const docId of [...found].sort()) openDoc(docId);
  // Annotations of documents that are not in the library are kept (and listed under "Document missing"); say so.
  if (knownDocs) ctx.notices.push(...missingDocumentNotices(docs.values(), (id) => knownDocs.has(id)));

  let closed = false;
  /** Another instance took the folder over: nothing more is written, not even at close. */
  let lockLost = false;
  const guardWrite = () => {
    try {
      verifyLock();
    } catch (e) {
      if (!lockLost) ctx.notices.push({ docId: null, file: LOCK_FILE, message: (e as Error).message });
      lockLost = true;
      throw e;
    }
  };
  const check = <M extends StoreMethod>(name: M, args: unknown[]): ArgsOf<M> => {
    if (closed) throw new Error('the store is closed');
    const parsed = parseArgs(name, args);
    if (!parsed.ok) throw new UserError(parsed.error);
    if (WRITES.has(name)) guardWrite();
    return parsed.args;
  };
  const requireKnownDoc = (docId: string) => {
    if ((knownDocs && !knownDocs.has(docId)) || (opts.isKnownDoc && !opts.isKnownDoc(docId))) {
      throw new UserError(`There is no document "${docId}".`);
    }
  };
  const find = (id: string): { doc: DocAnnotations; a: Annotation } => {
    const doc = owner.get(id);
    const a = doc?.get(id);
    if (!doc || !a) throw new UserError(`There is no annotation with id "${id}" (it may have been removed from the Trash).`);
    return { doc, a };
  };
  const save = (doc: DocAnnotations, a: Annotation): Annotation => {
    const frozen = freeze(a);
    doc.put([frozen]);
    owner.set(a.id, doc);
    return frozen;
  };
  const now = () => ctx.now().toISOString();
  const all = () => [...docs.values()].flatMap((d) => [...d.values()]);

  const handlers: StoreHandlers = {
    listAnnotations(...args) {
      const [docId] = check('listAnnotations', args);
      const list = docId === undefined ? all() : [...(docs.get(docId)?.values() ?? [])];
      return list.filter((a) => !a.deleted).sort(byPlace);
    },

    listAnnotationsIn(...args) {
      const [docId, blockIds] = check('listAnnotationsIn', args);
      const wanted = new Set(blockIds);
      return [...(docs.get(docId)?.values() ?? [])].filter((a) => !a.deleted && wanted.has(a.blockId)).sort(byPlace);
    },

    createAnnotation(...args) {
      const [input] = check('createAnnotation', args);
      requireKnownDoc(input.docId);
      const doc = docs.get(input.docId) ?? openDoc(input.docId);
      let id = randomUUID();
      while (owner.has(id)) id = randomUUID();
      const t = now();
      return save(doc, { id, ...input, author: settings.value.author, created: t, modified: t });
    },

    updateAnnotation(...args) {
      const [id, patch] = check('updateAnnotation', args);
      const { doc, a } = find(id);
      if (a.deleted) throw new UserError('This annotation is in the Trash; restore it before editing it.');
      return save(doc, { ...a, ...patch, modified: now() });
    },

    deleteAnnotation(...args) {
      const [id] = check('deleteAnnotation', args);
      const { doc, a } = find(id);
      return a.deleted ? a : save(doc, { ...a, deleted: now() });
    },

    restoreAnnotation(...args) {
      const [id] = check('restoreAnnotation', args);
      const { doc, a } = find(id);
      if (!a.deleted) return a;
      const { deleted: _deleted, ...rest } = a;
      return save(doc, rest);
    },

    listTrash(...args) {
      check('listTrash', args);
      return all()
        .filter((a) => a.deleted)
        .sort((x, y) => y.deleted!.localeCompare(x.deleted!) || byPlace(x, y));
    },

    emptyTrash(...args) {
      check('emptyTrash', args);
      let removed = 0;
      for (const doc of docs.values()) {
        const ids = [...doc.values()].filter((a) => a.deleted).map((a) => a.id);
        doc.remove(ids);
        for (const id of ids) owner.delete(id);
        removed += ids.length;
      }
      return removed;
    },

    listBookmarks(...args) {
      const [docId] = check('listBookmarks', args);
      return bookmarks.value.filter((b) => docId === undefined || b.docId === docId);
    },

    setBookmark(...args) {
      const [docId, blockId, on] = check('setBookmark', args);
      const has = bookmarks.value.some((b) => b.docId === docId && b.blockId === blockId);
      if (on && !has) {
        requireKnownDoc(docId);
        const bookmark: Bookmark = { docId, blockId, created: now() };
        bookmarks.set([...bookmarks.value, bookmark]);
      } else if (!on && has) {
        bookmarks.set(bookmarks.value.filter((b) => !(b.docId === docId && b.blockId === blockId)));
      }
      return bookmarks.value.filter((b) => b.docId === docId);
    },

    getReadingPosition(...args) {
      const [docId] = check('getReadingPosition', args);
      return positions.value.find((p) => p.docId === docId)?.blockId ?? null;
    },

    setReadingPosition(...args) {
      const [docId, blockId] = check('setReadingPosition', args);
      requireKnownDoc(docId);
      const current = positions.value.find((p) => p.docId === docId);
      if (current?.blockId !== blockId) {
        const entry: ReadingPosition = { docId, blockId, updated: now() };
        positions.set([...positions.value.filter((p) => p.docId !== docId), entry]);
      }
      return null;
    },

    getSettings(...args) {
      check('getSettings', args);
      return settings.value;
    },

    setSettings(...args) {
      const [patch] = check('setSettings', args);
      const next: Settings = { ...settings.value, ...patch };
      // Optional keys set to undefined are dropped, not written as absent values.
      for (const key of Object.keys(next) as (keyof Settings)[]) if (next[key] === undefined) delete next[key];
      settings.set(next);
      return settings.value;
    },

    storeNotices(...args) {
      check('storeNotices', args);
      // A library that changes while the app runs (added documents) is asked now, not when the store opened.
      const missing = !knownDocs && opts.isKnownDoc ? missingDocumentNotices(docs.values(), opts.isKnownDoc) : [];
      return [...ctx.notices.map((n) => ({ ...n })), ...missing];
    },

    dataLocation(...args) {
      check('dataLocation', args);
      return dir;
    },
  };

  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await Promise.all([...importing]);
    // Never throws: flush() keeps in the journal what it cannot fold in, and shutdown must go on.
    for (const doc of docs.values()) {
      if (!lockLost) doc.flush();
      try {
        doc.close();
      } catch {
        // Closing a file handle failed (a disk gone): every save was already fsynced.
      }
    }
  };

  /** Imports under way: close() lets them finish (they fail at their commit) before releasing the folder. */
  const importing = new Set<Promise<unknown>>();

  const runImport = async (list: readonly Annotation[]): Promise<string[]> => {
    if (closed) throw new Error('the store is closed');
    guardWrite();
    // Validate everything before writing anything: an import is all or nothing.
    const checked: Annotation[] = [];
    await inSlices(list.length, (i) => {
      const parsed = AnnotationSchema.safeParse(list[i]);
      if (!parsed.success) throw new UserError(`item ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid annotation'}`);
      if (closed) throw new Error('the store is closed');
      requireKnownDoc(parsed.data.docId);
      if (owner.has(parsed.data.id)) throw new UserError(`item ${i + 1}: an annotation with id "${parsed.data.id}" already exists`);
      checked.push(freeze(parsed.data));
    });
    // Grouped by pushing: copying the list per annotation made a 16,000-item import quadratic (1.6 s).
    const byDoc = new Map<string, Annotation[]>();
    for (const a of checked) {
      const group = byDoc.get(a.docId);
      if (group) group.push(a);
      else byDoc.set(a.docId, [a]);
    }
    // Each document's part goes to a batch file of its own, durable before anything refers to it.
    const batches: { doc: DocAnnotations; name: string; items: Annotation[] }[] = [];
    const pending = new Set<string>();
    try {
      for (const [docId, items] of byDoc) {
        const name = batchFileName(docId);
        pending.add(name);
        await writeBatch(dir, name, items, () => closed);
        batches.push({ doc: docs.get(docId) ?? openDoc(docId), name, items });
      }
      // The commit, in one synchronous turn: no other call runs between these checks and the journal lines.
      if (closed) throw new Error('the store is closed');
      guardWrite();
      checked.forEach((a, i) => {
        if (owner.has(a.id)) throw new UserError(`item ${i + 1}: an annotation with id "${a.id}" already exists`);
      });
      for (const { doc, name, items } of batches) {
        doc.putBatch(name, items);
        pending.delete(name);
        for (const a of items) owner.set(a.id, doc);
      }
    } finally {
      for (const name of pending) discardBatch(dir, name);
    }
    return checked.map((a) => a.id);
  };

  const importAnnotations = (list: readonly Annotation[]): Promise<string[]> => {
    const run = runImport(list);
    const settled = run.catch(() => undefined);
    importing.add(settled);
    void settled.then(() => importing.delete(settled));
    return run;
  };

  const purgeAnnotations = (ids: readonly string[]): number => {
    if (closed) throw new Error('the store is closed');
    guardWrite();
    let removed = 0;
    const byDoc = new Map<DocAnnotations, string[]>();
    for (const id of ids) {
      const doc = owner.get(id);
      if (!doc) continue;
      const list = byDoc.get(doc);
      if (list) list.push(id);
      else byDoc.set(doc, [id]);
    }
    for (const [doc, list] of byDoc) {
      doc.remove(list);
      for (const id of list) owner.delete(id);
      removed += list.length;
    }
    return removed;
  };

  return { ...handlers, handlers, close, importAnnotations, purgeAnnotations };
}

export type { StoreNotice };
