/**
 * Search over the prebuilt per-document index shards, loaded one at a time
 * so a new document only adds its own shard. The index is loaded at start,
 * but not in the way of opening the window: `warm()` runs a moment after the
 * services start (and the first query loads it if it comes earlier). Warming
 * also runs one query of each kind (plain, typo, phrase, prefix, exclusion,
 * symbol), so the code each takes is compiled before the delegate's first search.
 *
 * Cross-links: `citedBy` finds the passages of other documents that cite a
 * document's symbol; `symbolInfo` says what a symbol is and whether the
 * library has it. `suggest` completes the word being typed from the index.
 */
import type { CatalogEntry, SearchHit, SearchOptions, SearchResult, Suggestion, SymbolInfo } from '../../common/model';
import { UserError } from '../../common/result';
import { SearchEngine, type SerializedShard } from '../../common/search';
import { symbolDirectory, symbolTerm } from '../../common/search/crosslinks';
import { symbolKind } from '../../common/search/symbols';
import type { Corpus } from './corpus';

/** One query of each kind the engine handles, for `warm()`. */
const WARM_QUERIES = ['migration', 'migrtion', '"droits de l\u2019homme"', 'retour*', 'migration -retour', "l'homme et les enfants", 'A/68/370', 'A/68/'];
/** Most passages a "Cited by" list shows. */
const CITED_BY_LIMIT = 100;

export class SearchService {
  private engine: SearchEngine | null = null;
  /** Documents added after the bundled ones, kept so `ready()` can load them too. */
  private readonly added = new Map<string, { entry: CatalogEntry; shard: SerializedShard }>();

  constructor(private readonly corpus: Corpus) {}

  private ready(): SearchEngine {
    if (this.engine) return this.engine;
    const engine = new SearchEngine();
    for (const entry of this.corpus.list()) {
      if (this.added.has(entry.id)) continue;
      engine.addShard(this.corpus.readIndexShard(entry.id) as SerializedShard, entry);
    }
    for (const { entry, shard } of this.added.values()) engine.addShard(shard, entry);
    this.engine = engine;
    return engine;
  }

  /** Makes an added document searchable: its shard joins the engine, nothing else is rebuilt. */
  addDocument(entry: CatalogEntry, shard: SerializedShard): void {
    // Validated now, so a bad shard is refused when it is added, not at the next search.
    if (this.engine) this.engine.addShard(shard, entry);
    else new SearchEngine().addShard(shard, entry);
    this.added.set(entry.id, { entry, shard });
  }

  /** Takes a document out of the index; false when it was not there. */
  removeDocument(id: string): boolean {
    this.added.delete(id);
    return this.engine ? this.engine.removeShard(id) : false;
  }

  search(query: string, options?: SearchOptions): SearchResult {
    return this.ready().search(query, options);
  }

  private entries(): CatalogEntry[] {
    const byId = new Map(this.corpus.list().map((e) => [e.id, e]));
    for (const { entry } of this.added.values()) byId.set(entry.id, entry);
    return [...byId.values()];
  }

  citedBy(docId: string): SearchHit[] {
    const entry = this.entries().find((e) => e.id === docId);
    if (!entry) throw new UserError(`There is no document "${docId}" in the library.`);
    if (!entry.symbol || symbolTerm(entry.symbol) === null) return [];
    return this.ready()
      .search(entry.symbol, { limit: CITED_BY_LIMIT + 1 })
      .hits.filter((h) => h.docId !== docId)
      .slice(0, CITED_BY_LIMIT);
  }

  symbolInfo(symbol: string): SymbolInfo {
    const term = symbolTerm(symbol);
    if (term === null) throw new UserError(`"${symbol}" is not a document symbol (such as A/68/370 or A/RES/71/1).`);
    const shown = symbol.trim().replace(/\/\s+/g, '/');
    const info: SymbolInfo = { symbol: shown, kind: symbolKind(shown), citations: this.ready().search(shown, { limit: 1 }).total };
    const docId = symbolDirectory(this.entries()).get(term);
    if (docId) info.docId = docId;
    return info;
  }

  suggest(prefix: string): Suggestion[] {
    return this.ready().suggest(prefix);
  }

  /** True once the index is loaded. */
  get loaded(): boolean {
    return this.engine !== null;
  }

  /** Loads the index and runs one query of each kind; results are dropped. */
  warm(): void {
    const engine = this.ready();
    for (const q of WARM_QUERIES) engine.search(q, { limit: 20 });
    engine.suggest('migr');
  }
}
