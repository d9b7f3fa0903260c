/**
 * Builds the main-process services behind the API contract. The desktop app
 * and the browser twin both call this, so they run the same code; only the
 * transport in front of it differs.
 */
import type { Handlers } from '../../common/contract';
import { docText } from '../../common/anchoring';
import { UserError } from '../../common/result';
import { createStore } from '../store';
import { CompareService } from './compare';
import { Corpus } from './corpus';
import { ExchangeService, type PdfPrinter } from './exchange';
import { SearchService } from './search';

export interface ServiceOptions {
  corpusDir: string;
  dataDir: string;
  /** Electron's printToPDF in the desktop app; absent in the browser twin. */
  printPdf?: PdfPrinter;
  /** When to load and warm the search index (default WARM_SEARCH_AFTER_MS). */
  warmSearchAfterMs?: number;
}

/** How long after start the search index is loaded and warmed. */
export const WARM_SEARCH_AFTER_MS = 1500;

export interface Services {
  handlers: Handlers;
  corpus: Corpus;
  search: SearchService;
  close(): Promise<void>;
}

export async function createServices(opts: ServiceOptions): Promise<Services> {
  const corpus = new Corpus(opts.corpusDir);
  const search = new SearchService(corpus);
  const compare = new CompareService(corpus);
  const store = await createStore(opts.dataDir, { docIds: corpus.list().map((e) => e.id) });
  const exchange = new ExchangeService(corpus, store, opts.printPdf ?? null);

  const handlers: Handlers = {
    ...store.handlers,
    // A new annotation must point at real text: the block exists, and the
    // position selects exactly the quoted text.
    createAnnotation: (input) => {
      const doc = corpus.get(input.docId);
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
    listDocuments: () => corpus.list(),
    getDocument: (id) => corpus.get(id),
    search: (query, options) => search.search(query, options),
    alignDocuments: (left, right) => compare.align(left, right),
    relatedPassages: (docId, blockId) => compare.related(docId, blockId),
    exportComparison: (left, right, opts) => exchange.exportComparison(corpus.get(left), corpus.get(right), compare.align(left, right), opts),
    exportAnnotations: (req) => exchange.export(req),
    previewImport: (text) => exchange.preview(text),
    applyImport: (text) => exchange.apply(text),
    undoImport: (ids) => exchange.undo(ids),
  };
  // The index loads shortly after start, off the path of the first window (see SearchService).
  const warm = setTimeout(() => search.warm(), opts.warmSearchAfterMs ?? WARM_SEARCH_AFTER_MS);
  warm.unref?.();
  return {
    handlers,
    corpus,
    search,
    close: () => {
      clearTimeout(warm);
      return store.close();
    },
  };
}
