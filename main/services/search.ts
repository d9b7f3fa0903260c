/**
 * Search over the prebuilt per-document index shards, loaded one at a time
 * so a new document only adds its own shard. The index is loaded at start,
 * but not in the way of opening the window: `warm()` runs a moment after the
 * services start (and the first query loads it if it comes earlier). Warming
 * also runs one query of each kind (plain, typo, phrase, prefix, exclusion),
 * so the code each takes is compiled before the delegate's first search.
 */
import type { CatalogEntry, SearchOptions, SearchResult } from '../../common/model';
import { SearchEngine, type SerializedShard } from '../../common/search';
import type { Corpus } from './corpus';

/** One query of each kind the engine handles, for `warm()`. */
const WARM_QUERIES = ['migration', 'migrtion', '"droits de l\u2019homme"', 'retour*', 'migration -retour', "l'homme et les enfants"];

export class SearchService {
  private engine: SearchEngine | null = null;

  constructor(private readonly corpus: Corpus) {}

  private ready(): SearchEngine {
    if (this.engine) return this.engine;
    const engine = new SearchEngine();
    for (const entry of this.corpus.list()) {
      engine.addShard(this.corpus.readIndexShard(entry.id) as SerializedShard, entry);
    }
    this.engine = engine;
    return engine;
  }

  search(query: string, options?: SearchOptions): SearchResult {
    return this.ready().search(query, options);
  }

  /**
   * A document joined the library (or its entry changed): only its shard is
   * added or replaced. Before the index is loaded there is nothing to do, as
   * loading reads every document's shard, this one included.
   */
  addDocument(entry: CatalogEntry, shard: unknown): void {
    this.engine?.addShard(shard as SerializedShard, entry);
  }

  /** A document left the library: its shard leaves the engine. */
  removeDocument(id: string): void {
    this.engine?.removeShard(id);
  }

  /** True once the index is loaded. */
  get loaded(): boolean {
    return this.engine !== null;
  }

  /** Loads the index and runs one query of each kind; results are dropped. */
  warm(): void {
    const engine = this.ready();
    for (const q of WARM_QUERIES) engine.search(q, { limit: 20 });
  }
}
