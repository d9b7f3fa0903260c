/**
 * Search over the prebuilt per-document index shards. Shards are loaded on
 * the first query (not at start-up) and one at a time, so opening the app
 * never waits for the index and a new document only adds its own shard.
 */
import type { SearchOptions, SearchResult } from '../../common/model';
import { SearchEngine, type SerializedShard } from '../../common/search';
import type { Corpus } from './corpus';

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
}
