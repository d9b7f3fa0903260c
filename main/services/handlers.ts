/**
 * Builds the main-process services behind the API contract. The desktop app
 * and the browser twin both call this, so they run the same code; only the
 * transport in front of it differs.
 */
import type { Handlers } from '../../common/contract';
import { createStore } from '../store';
import { Corpus } from './corpus';
import { SearchService } from './search';

export interface ServiceOptions {
  corpusDir: string;
  dataDir: string;
}

export interface Services {
  handlers: Handlers;
  corpus: Corpus;
  close(): Promise<void>;
}

export async function createServices(opts: ServiceOptions): Promise<Services> {
  const corpus = new Corpus(opts.corpusDir);
  const search = new SearchService(corpus);
  const store = await createStore(opts.dataDir, { docIds: corpus.list().map((e) => e.id) });

  const handlers: Handlers = {
    ...store.handlers,
    listDocuments: () => corpus.list(),
    getDocument: (id) => corpus.get(id),
    search: (query, options) => search.search(query, options),
  };
  return { handlers, corpus, close: () => store.close() };
}
