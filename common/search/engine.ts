/**
 * Library-wide search over per-document shards: the orchestration. Each part
 * has its own module:
 *   library.ts   the loaded shards and the library-wide BM25 statistics
 *   query.ts     the query syntax, analysed once per language present
 *   speller.ts   typo correction
 *   prefix.ts    prefix expansion (`retour*`, `A/68/`)
 *   scorer.ts    BM25 per shard, exclusions, phrases
 *   topk.ts      ranking order and the top-k heap
 *   proximity.ts the rerank of words found side by side
 *   hits.ts      snippets, section trails and citation fields
 *
 * Shards are added one at a time (`addShard`), at start-up or when a document
 * joins the library; nothing already loaded is rebuilt. Scores are lunr's
 * BM25 with LIBRARY-WIDE statistics, so a block gets the same score whether
 * it is searched alone (docIds scope) or with the whole library, and hits
 * from different documents are comparable.
 *
 * Each shard is analysed in its own language: the query is parsed once per
 * language present among the shards in scope, and each shard is searched
 * with its language's terms.
 */
import type { CatalogEntry, SearchOptions, SearchResult } from '../model';
import { HitBuilder } from './hits';
import { analyzerFor, type Analyzer, type Language } from './languages';
import { Library, type LoadedShard } from './library';
import { phraseRegex } from './phrase';
import { PrefixExpander, resolveClause, type Clause } from './prefix';
import { adjacencyPairs, proximityBonus } from './proximity';
import { parseQuery, type ParsedQuery } from './query';
import { Scorer, type ShardQuery } from './scorer';
import { lunrIdf, type SerializedShard } from './shard';
import { Speller } from './speller';
import { Suggester, type Completion } from './suggest';
import { ranked, TopK } from './topk';

export { HEADING_BLOCK_FACTOR } from './scorer';
export { MIN_TYPO_LENGTH } from './speller';
export { MIN_SHORT_STEM, shortStems } from './prefix';

export const DEFAULT_LIMIT = 20;

/** The proximity rerank (see proximity.ts) looks at the best max(RERANK_FACTOR × limit, RERANK_MIN) candidates. */
const RERANK_FACTOR = 2;
const RERANK_MIN = 30;

const EMPTY: SearchResult = { total: 0, hits: [], markTerms: [], phrases: [] };

/** A query analysed for one language. */
interface LanguageQuery {
  analyzer: Analyzer;
  parsed: ParsedQuery;
  shardQuery: ShardQuery;
  markTerms: string[];
  /** Stems of the words typed side by side (not prefixes, not quoted), for the proximity bonus. */
  sequence: string[];
  corrections: Array<{ at: number; from: string; to: string }>;
}

export class SearchEngine {
  private readonly library = new Library();
  private readonly prefixes = new PrefixExpander(this.library);
  private readonly speller = new Speller(this.library);
  private readonly scorer = new Scorer();
  private readonly hits = new HitBuilder(this.library);
  private readonly suggester = new Suggester(this.library, this.prefixes);

  /** Number of loaded documents. */
  get size(): number {
    return this.library.shards.size;
  }

  has(docId: string): boolean {
    return this.library.shards.has(docId);
  }

  /** The loaded shards (read-only use: suggestions, cross-links). */
  loaded(): Iterable<LoadedShard> {
    return this.library.shards.values();
  }

  /**
   * Adds (or replaces) the shard of one document. Throws an Error that names
   * the problem when the shard is malformed or was built by another analyzer.
   */
  addShard(shard: SerializedShard, entry: CatalogEntry): void {
    const loaded = this.library.add(shard, entry);
    this.scorer.reserve(loaded.n);
  }

  /** Removes a document's shard; false when it was not loaded. */
  removeShard(docId: string): boolean {
    return this.library.remove(docId);
  }

  /** Completions of the last word typed, from the library's own terms and symbols (suggest.ts). */
  suggest(typed: string, limit = 8): Completion[] {
    return this.suggester.complete(typed, limit);
  }

  private inScope(s: LoadedShard, o: SearchOptions): boolean {
    if (o.docIds && !o.docIds.includes(s.docId)) return false;
    if (o.years && !o.years.includes(s.year)) return false;
    if (o.docTypes && !(o.docTypes as string[]).includes(s.docType)) return false;
    return true;
  }

  /** Parses, corrects and resolves the query for one language. */
  private prepare(query: string, analyzer: Analyzer): LanguageQuery {
    const parsed = parseQuery(query, (w) => analyzer.analyzeFoldedWord(w));
    // Typo correction: a word of 5+ letters that the whole library does not know.
    const corrections: LanguageQuery['corrections'] = [];
    for (const c of parsed.required) {
      // A symbol typed in part ("A/68", "A/71/L.5") that no passage cites as such: every symbol starting so.
      if (!c.prefix && c.stem.includes('/') && this.library.df(c.stem) === 0) {
        c.prefix = true;
        continue;
      }
      if (!this.speller.needsCorrection(c)) continue;
      const fix = this.speller.correct(c, analyzer);
      if (fix) {
        corrections.push({ at: c.at, from: c.word, to: fix.word });
        c.stem = fix.stem;
      }
    }
    const lib = this.library;
    const N = Math.max(1, lib.totalBlocks);
    const clauses: Clause[] = [];
    const markTerms: string[] = [];
    for (const c of parsed.required) {
      const terms = c.prefix ? this.prefixes.expand(c.stem) : [c.stem];
      clauses.push({ idf: new Map(terms.map((t) => [t, lunrIdf(lib.df(t), N)])), prefix: c.prefix ? c.stem : null });
      const mark = c.prefix ? `${c.stem}*` : c.stem;
      if (!markTerms.includes(mark)) markTerms.push(mark);
    }
    const excluded: Clause[] = parsed.excluded.map((c) => ({ idf: new Map([[c.stem, 0]]), prefix: c.prefix ? c.stem : null }));
    return {
      analyzer,
      parsed,
      markTerms,
      corrections,
      sequence: parsed.required.filter((c) => !c.prefix && !c.quoted).map((c) => c.stem),
      shardQuery: {
        clauses,
        excluded,
        phrases: parsed.phrases.map(phraseRegex),
        excludedPhrases: parsed.excludedPhrases.map(phraseRegex),
        avgText: lib.sumText / N,
        avgHeading: lib.sumHeading / N,
      },
    };
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const inScope = [...this.library.shards.values()].filter((s) => this.inScope(s, options));
    // One analysis per language present, French first (the corpus's language, and the default).
    const languages = [...new Set<Language>(['fr', ...inScope.map((s) => s.language as Language)])];
    const queries = new Map<string, LanguageQuery>();
    for (const lang of languages) {
      const q = this.prepare(query, analyzerFor(lang));
      if (q.parsed.required.length === 0 && q.parsed.phrases.length === 0) continue;
      queries.set(lang, q);
    }
    if (queries.size === 0) return { ...EMPTY };

    const rerank = [...queries.values()].some((q) => q.sequence.length >= 2);
    const top = new TopK(rerank ? Math.max(limit * RERANK_FACTOR, RERANK_MIN) : limit);
    let total = 0;
    for (const s of inScope) {
      const q = queries.get(s.language);
      if (q) total += this.scorer.scoreShard(s, q.shardQuery, top);
    }

    let best = top.sorted();
    if (rerank) {
      const pairs = new Map([...queries].map(([lang, q]) => [lang, adjacencyPairs(q.sequence)]));
      for (const c of best) {
        const p = pairs.get(c.shard.language);
        if (p && p.length > 0) c.score *= proximityBonus(this.hits.folded(c.shard, c.block).folded, p);
      }
      best = ranked(best).slice(0, limit);
    }
    const main = (queries.get('fr') ?? queries.values().next().value) as LanguageQuery;
    const hits = best.map((c) => {
      const q = queries.get(c.shard.language) as LanguageQuery;
      return this.hits.hit(c, q.markTerms, q.parsed.phrases, q.analyzer);
    });
    const result: SearchResult = { total, hits, markTerms: main.markTerms, phrases: main.parsed.phrasesRaw };
    if (queries.size > 1) result.markTermsByLanguage = Object.fromEntries([...queries].map(([lang, q]) => [lang, q.markTerms]));
    const corrected = [...queries.values()].find((q) => q.corrections.length > 0);
    if (corrected) {
      let text = corrected.parsed.text;
      for (const k of [...corrected.corrections].sort((a, b) => b.at - a.at)) {
        text = text.slice(0, k.at) + k.to + text.slice(k.at + k.from.length);
      }
      result.correctedQuery = text;
    }
    if (total === 0) this.explainEmpty(result, query, options, inScope, queries);
    return result;
  }

  /**
   * For an empty result, what would help: the words that no passage in scope
   * has (each word alone), and how many passages the query finds without its
   * filters, when it had any.
   */
  private explainEmpty(result: SearchResult, query: string, options: SearchOptions, inScope: LoadedShard[], queries: Map<string, LanguageQuery>): void {
    const unmatched: string[] = [];
    const main = (queries.get('fr') ?? queries.values().next().value) as LanguageQuery;
    main.parsed.required.forEach((c, i) => {
      const found = inScope.some((s) => {
        const clause = queries.get(s.language)?.shardQuery.clauses[i];
        return clause !== undefined && resolveClause(s.table, clause).length > 0;
      });
      if (!found && !unmatched.includes(c.word)) unmatched.push(c.word);
    });
    if (unmatched.length > 0) result.unmatched = unmatched;
    if (options.docIds || options.years || options.docTypes) {
      result.totalWithoutFilters = this.search(query, { limit: 1 }).total;
    }
  }
}
