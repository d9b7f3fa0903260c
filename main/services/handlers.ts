/**
 * Builds the main-process services behind the API contract. The desktop app
 * and the browser twin both call this, so they run the same code; only the
 * transport in front of it differs.
 */
import type { Handlers, LibraryOverviewItem } from '../../common/contract';
import type { Annotation, CatalogEntry } from '../../common/model';
import { docText } from '../../common/anchoring';
import { UserError } from '../../common/result';
import { LibraryService, type PickedFile } from '../library/service';
import { LibraryStore } from '../library/store';
import { createStore } from '../store';
import { CompareService } from './compare';
import { Corpus } from './corpus';
import { ExchangeService, type PdfPrinter } from './exchange';
import { ExportJobs } from './export-jobs';
import { ImportService } from './import';
import type { OpenedFiles } from '../opened-files';
import { SearchService } from './search';
import type { SerializedShard } from '../../common/search';

export interface ServiceOptions {
  corpusDir: string;
  dataDir: string;
  /** Electron's printToPDF in the desktop app; absent in the browser twin. */
  printPdf?: PdfPrinter;
  /** When to load and warm the search index (default WARM_SEARCH_AFTER_MS). */
  warmSearchAfterMs?: number;
  /** Desktop app: the system's open dialog, for "Add documents…" (main reads the files itself). */
  pickFiles?: () => Promise<PickedFile[]>;
  /** Desktop app: Electron's shell.openPath, for "Open original". */
  openPath?: (path: string) => Promise<string>;
  /** Files the system asked the desktop app to open; absent in the browser twin. */
  openedFiles?: OpenedFiles;
}

/** How long after start the search index is loaded and warmed. */
export const WARM_SEARCH_AFTER_MS = 1500;

export interface Services {
  handlers: Handlers;
  corpus: Corpus;
  search: SearchService;
  library: LibraryService;
  close(): Promise<void>;
}

export async function createServices(opts: ServiceOptions): Promise<Services> {
  // The store first: it takes the data folder's lock, which also guards the added documents.
  let corpus: Corpus | null = null;
  const store = await createStore(opts.dataDir, { isKnownDoc: (id) => corpus?.has(id) ?? false });
  let added: LibraryStore;
  try {
    added = new LibraryStore(opts.dataDir);
    corpus = new Corpus(opts.corpusDir, added);
  } catch (e) {
    await store.close();
    throw e;
  }
  const lib = corpus;
  const search = new SearchService(lib);
  const compare = new CompareService(lib);
  const exchange = new ExchangeService(lib, store, opts.printPdf ?? null);
  const imports = new ImportService(lib, store);
  const exportJobs = new ExportJobs();
  const library = new LibraryService({
    store: added,
    annotations: store,
    isBundled: (id) => lib.has(id) && !added.entry(id),
    events: {
      changed: (entry, shard) => {
        search.addDocument(entry, shard as SerializedShard);
        compare.invalidate();
      },
      removed: (id) => {
        search.removeDocument(id);
        compare.invalidate();
      },
    },
    pickFiles: opts.pickFiles,
    openPath: opts.openPath,
  });

  const handlers: Handlers = {
    ...store.handlers,
    // A new annotation must point at real text: the block exists, and the
    // position selects exactly the quoted text.
    createAnnotation: (input) => {
      const doc = lib.get(input.docId);
      const model = docText(doc);
      if (!doc.blocks.some((b) => b.id === input.blockId)) {
        throw new UserError(`Document "${input.docId}" has no passage "${input.blockId}".`);
      }
      const chars = [...model.text];
      if (input.position.end > chars.length) {
        throw new UserError(`The selection ends at ${input.position.end}, beyond the document's ${chars.length} characters.`);
      }
      if (chars.slice(input.position.start, input.position.end).join('') !== input.quote.exact) {
        throw new UserError('The quoted text does not match the document at the given position.');
      }
      return store.handlers.createAnnotation(input);
    },
    // An annotation of a removed document comes back with its document (added again), not alone.
    restoreAnnotation: (id) => {
      const inTrash = store.listTrash().find((a) => a.id === id);
      if (inTrash && !lib.has(inTrash.docId)) {
        throw new UserError(`Its document "${inTrash.docId}" is no longer in the library; add the same file again to bring its annotations back.`);
      }
      return store.handlers.restoreAnnotation(id);
    },
    storeNotices: () => [...store.storeNotices(), ...added.notices],
    listDocuments: () => lib.list(),
    getDocument: (id) => lib.get(id),
    search: (query, options) => search.search(query, options),
    alignDocuments: (left, right) => compare.align(left, right),
    relatedPassages: (docId, blockId) => compare.related(docId, blockId),
    exportComparison: (left, right, opts) => exchange.exportComparison(lib.get(left), lib.get(right), compare.align(left, right), opts),
    exportAnnotations: (req) => exchange.export(req),
    previewImport: (text, jobId) => imports.preview(text, jobId),
    applyImport: (planId, skip) => imports.apply(planId, skip),
    undoImport: (ids) => imports.undo(ids),
    importProgress: (jobId) => imports.progress(jobId),
    cancelImport: (jobId) => imports.cancel(jobId),
    takeOpenedFile: () => opts.openedFiles?.take() ?? null,
    citedBy: (docId) => search.citedBy(docId),
    symbolInfo: (symbol) => search.symbolInfo(symbol),
    suggest: (prefix) => search.suggest(prefix),
    addDocument: (fileName, data) => library.add(fileName, Buffer.from(data, 'base64')),
    documentJob: (id) => library.jobs.get(id),
    addDocumentsFromDialog: () => library.addFromDialog(),
    updateDocumentMetadata: (id, patch) => library.updateMetadata(id, patch),
    removeDocument: (id) => library.remove(id),
    openOriginal: (id) => library.original(id),
    libraryOverview: () => libraryOverview(lib.list(), store.listAnnotations(), (id) => store.getReadingPosition(id)),
    runExport: (req, jobId) => exportJobs.run(jobId, (pace) => exchange.export(req, new Date(), pace)),
    exportProgress: (jobId) => exportJobs.progress(jobId),
    cancelExport: (jobId) => exportJobs.cancel(jobId),
    exportChunk: (jobId, index) => exportJobs.chunk(jobId, index),
  };
  // The index loads shortly after start, off the path of the first window (see SearchService).
  const warm = setTimeout(() => search.warm(), opts.warmSearchAfterMs ?? WARM_SEARCH_AFTER_MS);
  warm.unref?.();
  return {
    handlers,
    corpus: lib,
    search,
    library,
    close: () => {
      clearTimeout(warm);
      return store.close();
    },
  };
}

/** Highlight counts and reading positions for every document, in one pass over the annotations. */
function libraryOverview(
  entries: readonly CatalogEntry[],
  annotations: readonly Annotation[],
  position: (docId: string) => string | null,
): LibraryOverviewItem[] {
  const counts = new Map<string, number>();
  for (const a of annotations) counts.set(a.docId, (counts.get(a.docId) ?? 0) + 1);
  return entries.map((e) => ({ docId: e.id, highlights: counts.get(e.id) ?? 0, position: position(e.id) }));
}
