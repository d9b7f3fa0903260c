/**
 * Library-wide search over per-document shards.
 *
 * Shards are added one at a time (`addShard`), at start-up or when a document
 * joins the library; nothing already loaded is rebuilt. Adding a shard keeps
 * its compact form (one ASCII string of sorted `stem:postings` lines and the
 * block table) and only indexes the line starts, so loading is close to the
 * cost of JSON.parse.
 *
 * Scores are lunr's BM25 (k1, b, per-field boosts, lunr's idf), recomputed at
 * query time with LIBRARY-WIDE statistics: the number of blocks, the average
 * field lengths and each term's document frequency are summed over all
 * loaded shards (document frequencies are cached per term until the next
 * shard arrives). A block therefore gets the same score whether it is
 * searched alone (docIds scope) or with the whole library, and hits from
 * different documents are comparable. Per-shard idf, as a per-document lunr
 * index would compute it, is never used.
 *
 * A query touches only the postings of its own terms: per shard, a binary
 * search per term and a decode of those postings. Ranking keeps a heap of the
 * best `limit` hits; only those get snippets.
 */
import type { CatalogEntry, SearchHit, SearchOptions, SearchResult } from '../model';
import { analyzeFoldedWord } from './analyzer';
import { TermTable, type PostingBuffers } from './codec';
import { phraseRegex } from './phrase';
import { adjacencyPairs, proximityBonus } from './proximity';
import { parseQuery, type TermClause } from './query';
import { checkShard, lunrIdf, type SerializedShard } from './shard';
import { SNIPPET_LENGTH, snippetFor } from './snippet';
import { foldWithOffsets, type FoldedText } from './fold';
import { edits1, vocabularyCandidates } from './typo';

/** A heading block's own score is multiplied by this, so the paragraph that says the thing ranks first. */
export const HEADING_BLOCK_FACTOR = 0.3;
export const DEFAULT_LIMIT = 20;
/** Words shorter than this are never "corrected". */
export const MIN_TYPO_LENGTH = 5;
/** A prefix query expands to at most this many stems (the most frequent). */
const MAX_PREFIX_TERMS = 64;
const DF_CACHE_MAX = 50_000;
/** Folded block texts kept for snippets, in characters (offset maps count 4 more per character). */
const FOLD_CACHE_CHARS = 1_000_000;
/** Typo corrections are looked up first in this many shards (the largest). */
const TYPO_SAMPLE = 32;

interface LoadedShard {
  docId: string;
  /** Load order, for deterministic ties. */
  seq: number;
  year: number;
  docType: string;
  table: TermTable;
  ids: string[];
  texts: string[];
  kinds: string;
  numbers: Array<string | null>;
  parents: number[];
  textLengths: number[];
  headingLengths: number[];
  n: number;
  sumText: number;
  sumHeading: number;
  fieldBoost: { text: number; heading: number };
  bm25: { k1: number; b: number };
}

/**
 * A resolved required clause: its index terms with their library-wide idf.
 * A prefix clause is resolved per shard with one range scan of the term
 * table; stems outside the library-wide expansion are ignored.
 */
interface Clause {
  idf: Map<string, number>;
  prefix: string | null;
}

interface Candidate {
  score: number;
  shard: LoadedShard;
  block: number;
}

/** true when a ranks before b. */
function before(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.shard.docId !== b.shard.docId) return a.shard.docId < b.shard.docId;
  return a.block < b.block;
}

/** Keeps the best `k` candidates (a min-heap on rank). */
class TopK {
  readonly items: Candidate[] = [];
  constructor(private readonly k: number) {}

  private worse(i: number, j: number): boolean {
    return before(this.items[j] as Candidate, this.items[i] as Candidate);
  }

  private swap(i: number, j: number): void {
    const t = this.items[i] as Candidate;
    this.items[i] = this.items[j] as Candidate;
    this.items[j] = t;
  }

  push(c: Candidate): void {
    const h = this.items;
    if (h.length < this.k) {
      h.push(c);
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    if (!before(c, h[0] as Candidate)) return;
    h[0] = c;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(l, m)) m = l;
      if (r < h.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Candidate[] {
    return [...this.items].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
}

/** Shortest stem a prefix query also accepts when it is shorter than the prefix. */
export const MIN_SHORT_STEM = 4;

/** The proper prefixes of `prefix` that a word starting with it could have as its stem. */
export function shortStems(prefix: string): string[] {
  const out: string[] = [];
  for (let k = MIN_SHORT_STEM; k < prefix.length; k++) out.push(prefix.slice(0, k));
  return out;
}

/** The proximity rerank (see proximity.ts) looks at the best max(RERANK_FACTOR × limit, RERANK_MIN) candidates. */
const RERANK_FACTOR = 2;
const RERANK_MIN = 30;

const EMPTY: SearchResult = { total: 0, hits: [], markTerms: [], phrases: [] };

export class SearchEngine {
  private readonly shards = new Map<string, LoadedShard>();
  private seq = 0;
  private totalBlocks = 0;
  private sumText = 0;
  private sumHeading = 0;
  private readonly dfCache = new Map<string, number>();
  private readonly prefixCache = new Map<string, string[]>();
  /** stem → library-wide df, built on the first typo and then kept up to date. */
  private vocab: Map<string, number> | null = null;
  private sample: LoadedShard[] | null = null;
  private readonly foldCache = new Map<number, FoldedText>();
  private foldCacheChars = 0;
  private sampleStems: Map<string, Set<string>> | null = null;
  /** Typo corrections already worked out, until the library changes. */
  private readonly corrections = new Map<string, { stem: string; word: string } | null>();
  // Scratch buffers, reused by every shard of every query.
  private stamp = new Int32Array(0);
  private epoch = 0;
  private acc = new Float64Array(0);
  private clauseHits = new Int32Array(0);
  private lastClause = new Int32Array(0);
  private excludedStamp = new Int32Array(0);
  private touched = new Int32Array(0);
  private readonly postings: PostingBuffers = { blocks: new Int32Array(64), tfText: new Int32Array(64), tfHeading: new Int32Array(64) };

  /** Number of loaded documents. */
  get size(): number {
    return this.shards.size;
  }

  has(docId: string): boolean {
    return this.shards.has(docId);
  }

  /**
   * Adds (or replaces) the shard of one document. Throws an Error that names
   * the problem when the shard is malformed or was built by another analyzer.
   */
  addShard(shard: SerializedShard, entry: CatalogEntry): void {
    checkShard(shard);
    if (shard.docId !== entry.id) {
      throw new Error(`search shard is for "${shard.docId}" but the catalog entry is "${entry.id}"`);
    }
    const table = new TermTable(shard.terms, shard.postings);
    const b = shard.blocks;
    const loaded: LoadedShard = {
      docId: shard.docId,
      seq: this.seq++,
      year: Number(entry.date.slice(0, 4)),
      docType: entry.docType,
      table,
      ids: b.ids,
      texts: b.texts,
      kinds: b.kinds,
      numbers: b.numbers,
      parents: b.parents,
      textLengths: b.textLengths,
      headingLengths: b.headingLengths,
      n: b.ids.length,
      sumText: b.textLengths.reduce((x, y) => x + y, 0),
      sumHeading: b.headingLengths.reduce((x, y) => x + y, 0),
      fieldBoost: shard.fieldBoost,
      bm25: shard.bm25,
    };
    this.removeShard(shard.docId);
    this.shards.set(loaded.docId, loaded);
    this.totalBlocks += loaded.n;
    this.sumText += loaded.sumText;
    this.sumHeading += loaded.sumHeading;
    if (loaded.n > this.stamp.length) this.growScratch(loaded.n);
    this.statsChanged();
    if (this.vocab) this.addToVocab(this.vocab, loaded, 1);
  }

  /** Removes a document's shard; false when it was not loaded. */
  removeShard(docId: string): boolean {
    const old = this.shards.get(docId);
    if (!old) return false;
    this.shards.delete(docId);
    this.foldCache.clear();
    this.foldCacheChars = 0;
    this.totalBlocks -= old.n;
    this.sumText -= old.sumText;
    this.sumHeading -= old.sumHeading;
    this.statsChanged();
    if (this.vocab) this.addToVocab(this.vocab, old, -1);
    return true;
  }

  private statsChanged(): void {
    this.sample = null;
    this.sampleStems = null;
    this.corrections.clear();
    this.dfCache.clear();
    this.prefixCache.clear();
  }

  private growScratch(n: number): void {
    const size = Math.max(n, this.stamp.length * 2);
    this.stamp = new Int32Array(size);
    this.excludedStamp = new Int32Array(size);
    this.acc = new Float64Array(size);
    this.clauseHits = new Int32Array(size);
    this.lastClause = new Int32Array(size);
    this.touched = new Int32Array(size);
    this.epoch = 0;
  }

  private addToVocab(vocab: Map<string, number>, s: LoadedShard, sign: 1 | -1): void {
    for (const [line, stem] of s.table.lines()) {
      const df = (vocab.get(stem) ?? 0) + sign * s.table.dfSum(line);
      if (df > 0) vocab.set(stem, df);
      else vocab.delete(stem);
    }
  }

  /** Library-wide lunr document frequency of a stem. */
  private df(stem: string): number {
    const hit = this.dfCache.get(stem);
    if (hit !== undefined) return hit;
    let df = 0;
    if (this.vocab) df = this.vocab.get(stem) ?? 0;
    else {
      for (const s of this.shards.values()) {
        const line = s.table.find(stem);
        if (line >= 0) df += s.table.dfSum(line);
      }
    }
    if (this.dfCache.size >= DF_CACHE_MAX) this.dfCache.clear();
    this.dfCache.set(stem, df);
    return df;
  }

  /** Stems of the library starting with `prefix`, most frequent first. */
  private expandPrefix(prefix: string): string[] {
    const hit = this.prefixCache.get(prefix);
    if (hit) return hit;
    // One range scan per shard; the document frequencies come with it.
    const dfs = new Map<string, number>();
    for (const s of this.shards.values()) {
      for (const line of s.table.withPrefix(prefix, MAX_PREFIX_TERMS * 4)) {
        const stem = s.table.stem(line);
        dfs.set(stem, (dfs.get(stem) ?? 0) + s.table.dfSum(line));
      }
    }
    // Stems are prefixes of their words, so a word starting with the prefix may
    // also have a stem SHORTER than it ("rhétoriq*" → "rhetor"): keep those of
    // MIN_SHORT_STEM letters or more.
    for (const short of shortStems(prefix)) {
      const df = this.df(short);
      if (df > 0) dfs.set(short, df);
    }
    const out = [...dfs.keys()].sort((a, b) => (dfs.get(b) as number) - (dfs.get(a) as number) || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_TERMS);
    for (const stem of out) if (!this.dfCache.has(stem)) this.dfCache.set(stem, dfs.get(stem) as number);
    this.prefixCache.set(prefix, out);
    return out;
  }

  /** The shards with the largest vocabularies, where a typo's correction is looked up first. */
  private typoSample(): LoadedShard[] {
    if (!this.sample) {
      this.sample = [...this.shards.values()].sort((a, b) => b.table.terms.length - a.table.terms.length || a.seq - b.seq).slice(0, TYPO_SAMPLE);
    }
    return this.sample;
  }

  /**
   * Best edit-distance-1 spelling of a clause whose word finds nothing, or
   * null. Candidates are looked up in the TYPO_SAMPLE shards with the largest
   * vocabularies (all of them in a library of that size or less); only if
   * none is found there is the whole library's vocabulary built (once, then
   * kept up to date). The most frequent candidate in the library wins.
   */
  private correct(c: TermClause): { stem: string; word: string } | null {
    const key = `${c.folded}\u0000${c.word}`;
    const cached = this.corrections.get(key);
    if (cached !== undefined) return cached;
    const fix = this.findCorrection(c);
    if (this.corrections.size >= DF_CACHE_MAX) this.corrections.clear();
    this.corrections.set(key, fix);
    return fix;
  }

  /** Stems of the typo sample, by first letter. */
  private typoStems(): Map<string, Set<string>> {
    if (!this.sampleStems) {
      const byLetter = new Map<string, Set<string>>();
      for (const s of this.typoSample()) {
        for (const [, stem] of s.table.lines()) {
          const k = stem[0] as string;
          let set = byLetter.get(k);
          if (!set) byLetter.set(k, (set = new Set()));
          set.add(stem);
        }
      }
      this.sampleStems = byLetter;
    }
    return this.sampleStems;
  }

  private findCorrection(c: TermClause): { stem: string; word: string } | null {
    const candidates = new Map<string, string>(); // stem → corrected word as typed
    const typedAligned = c.word.length === c.folded.length;
    // Fast path: candidates read off the vocabulary, a handful of stemmings.
    const byLetter = this.typoStems();
    for (const cand of vocabularyCandidates(
      c.folded,
      (ch) => byLetter.get(ch) ?? [],
      (stem) => byLetter.get(stem[0] as string)?.has(stem) ?? false,
    )) {
      const stem = analyzeFoldedWord(cand.folded);
      if (stem !== null && !candidates.has(stem) && byLetter.get(stem[0] as string)?.has(stem)) {
        candidates.set(stem, typedAligned ? cand.apply(c.word) : cand.folded);
      }
    }
    if (candidates.size > 0) return this.mostFrequent(candidates);
    // Slow path: stem every spelling at edit distance 1.
    const edits = edits1(c.folded);
    const stems = new Map<string, string>();
    for (const e of edits) {
      const stem = analyzeFoldedWord(e.word);
      if (stem !== null && !stems.has(stem)) stems.set(stem, c.word.length === c.folded.length ? e.apply(c.word) : e.word);
    }
    const sample = this.typoSample();
    for (const [stem, word] of stems) {
      if (sample.some((s) => s.table.find(stem) >= 0)) candidates.set(stem, word);
    }
    if (candidates.size === 0 && sample.length < this.shards.size) {
      if (!this.vocab) {
        this.vocab = new Map();
        for (const s of this.shards.values()) this.addToVocab(this.vocab, s, 1);
      }
      for (const [stem, word] of stems) if (this.vocab.has(stem)) candidates.set(stem, word);
    }
    return this.mostFrequent(candidates);
  }

  /** The candidate whose stem is most frequent in the library. */
  private mostFrequent(candidates: Map<string, string>): { stem: string; word: string } | null {
    let best: { stem: string; word: string; df: number } | null = null;
    for (const [stem, word] of candidates) {
      const df = this.df(stem);
      if (df > 0 && (!best || df > best.df)) best = { stem, word, df };
    }
    return best ? { stem: best.stem, word: best.word } : null;
  }

  private inScope(s: LoadedShard, o: SearchOptions): boolean {
    if (o.docIds && !o.docIds.includes(s.docId)) return false;
    if (o.years && !o.years.includes(s.year)) return false;
    if (o.docTypes && !(o.docTypes as string[]).includes(s.docType)) return false;
    return true;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const parsed = parseQuery(query);
    if (parsed.required.length === 0 && parsed.phrases.length === 0) return { ...EMPTY };
    const limit = options.limit ?? DEFAULT_LIMIT;

    // Typo correction: a word of 5+ letters that the whole library does not know.
    const corrections: Array<{ at: number; from: string; to: string }> = [];
    for (const c of parsed.required) {
      if (c.prefix || c.folded.replace(/[^a-z]/g, '').length < MIN_TYPO_LENGTH) continue;
      if (this.df(c.stem) > 0) continue;
      const fix = this.correct(c);
      if (fix) {
        corrections.push({ at: c.at, from: c.word, to: fix.word });
        c.stem = fix.stem;
      }
    }

    const clauses: Clause[] = [];
    const markTerms: string[] = [];
    const N = Math.max(1, this.totalBlocks);
    for (const c of parsed.required) {
      const terms = c.prefix ? this.expandPrefix(c.stem) : [c.stem];
      clauses.push({ idf: new Map(terms.map((t) => [t, lunrIdf(this.df(t), N)])), prefix: c.prefix ? c.stem : null });
      const mark = c.prefix ? `${c.stem}*` : c.stem;
      if (!markTerms.includes(mark)) markTerms.push(mark);
    }
    const excluded: Clause[] = parsed.excluded.map((c) => ({ idf: new Map([[c.stem, 0]]), prefix: c.prefix ? c.stem : null }));

    const avgText = this.sumText / N;
    const avgHeading = this.sumHeading / N;
    const phraseRes = parsed.phrases.map(phraseRegex);
    const excludedPhraseRes = parsed.excludedPhrases.map(phraseRegex);
    // Words typed next to each other (not prefixes), in query order, for the proximity bonus.
    const sequence = parsed.required.filter((c) => !c.prefix && !c.quoted).map((c) => c.stem);
    const rerank = sequence.length >= 2;
    const top = new TopK(rerank ? Math.max(limit * RERANK_FACTOR, RERANK_MIN) : limit);
    let total = 0;
    for (const s of this.shards.values()) {
      if (!this.inScope(s, options)) continue;
      total += this.searchShard(s, clauses, excluded, phraseRes, excludedPhraseRes, avgText, avgHeading, top);
    }

    let ranked = top.sorted();
    if (rerank) {
      const pairs = adjacencyPairs(sequence);
      for (const c of ranked) c.score *= proximityBonus(this.folded(c.shard, c.block).folded, pairs);
      ranked = ranked.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).slice(0, limit);
    }
    const hits = ranked.map((c) => this.hit(c, markTerms, parsed.phrases));
    const result: SearchResult = { total, hits, markTerms, phrases: parsed.phrasesRaw };
    if (corrections.length > 0) {
      let q = query;
      for (const k of [...corrections].sort((a, b) => b.at - a.at)) {
        q = q.slice(0, k.at) + k.to + q.slice(k.at + k.from.length);
      }
      result.correctedQuery = q;
    }
    return result;
  }

  /** [line, idf] pairs of a clause in one shard. */
  private resolve(table: TermTable, c: Clause): Array<[number, number]> {
    const pairs: Array<[number, number]> = [];
    if (c.prefix === null) {
      for (const [stem, idf] of c.idf) {
        const line = table.find(stem);
        if (line >= 0) pairs.push([line, idf]);
      }
    } else {
      for (const line of table.withPrefix(c.prefix, MAX_PREFIX_TERMS * 4)) {
        const idf = c.idf.get(table.stem(line));
        if (idf !== undefined) pairs.push([line, idf]);
      }
      for (const short of shortStems(c.prefix)) {
        const idf = c.idf.get(short);
        const line = idf === undefined ? -1 : table.find(short);
        if (line >= 0) pairs.push([line, idf as number]);
      }
    }
    return pairs;
  }

  /** Scores one shard into `top`; returns its number of matching blocks. */
  private searchShard(
    s: LoadedShard,
    clauses: Clause[],
    excluded: Clause[],
    phrases: RegExp[],
    excludedPhrases: RegExp[],
    avgText: number,
    avgHeading: number,
    top: TopK,
  ): number {
    const table = s.table;
    // Each clause as [line, idf] pairs; AND: a clause absent from the shard rules it out.
    // The rarest clause goes first so later ones only revisit its blocks.
    const resolved: Array<{ pairs: Array<[number, number]>; weight: number }> = [];
    for (const c of clauses) {
      const pairs = this.resolve(table, c);
      if (pairs.length === 0) return 0;
      let weight = 0;
      for (const [line] of pairs) weight += table.count(line);
      resolved.push({ pairs, weight });
    }
    resolved.sort((x, y) => x.weight - y.weight);

    if (++this.epoch === 0x7fffffff) {
      this.stamp.fill(0);
      this.excludedStamp.fill(0);
      this.epoch = 1;
    }
    const epoch = this.epoch;
    const { stamp, acc, clauseHits, lastClause, excludedStamp, postings } = this;
    const touched = this.touched;
    let nTouched = 0;
    const { k1, b } = s.bm25;
    const bt = s.fieldBoost.text;
    const bh = s.fieldBoost.heading;
    const normText = b / (avgText || 1);
    const normHeading = b / (avgHeading || 1);
    const textLengths = s.textLengths;
    const headingLengths = s.headingLengths;

    if (clauses.length === 0) {
      // Phrases of stop words only: every block is a candidate, checked below.
      for (let i = 0; i < s.n; i++) {
        stamp[i] = epoch;
        acc[i] = 1;
        touched[nTouched++] = i;
      }
    }
    for (let ci = 0; ci < resolved.length; ci++) {
      for (const [line, idf] of (resolved[ci] as (typeof resolved)[number]).pairs) {
        const n = table.decode(line, postings);
        const { blocks, tfText, tfHeading } = postings;
        for (let k = 0; k < n; k++) {
          const blk = blocks[k] as number;
          if (stamp[blk] !== epoch) {
            if (ci > 0) continue; // AND: a block missing the first clause can never match
            stamp[blk] = epoch;
            acc[blk] = 0;
            clauseHits[blk] = 0;
            lastClause[blk] = -1;
            touched[nTouched++] = blk;
          }
          if (lastClause[blk] !== ci) {
            lastClause[blk] = ci;
            clauseHits[blk] = (clauseHits[blk] as number) + 1;
          }
          // lunr's BM25 per field: idf · (k1 + 1) · tf / (k1 · (1 − b + b · len / avgLen) + tf) · boost
          const tfT = tfText[k] as number;
          const tfH = tfHeading[k] as number;
          let w = 0;
          if (tfT > 0) w += (bt * idf * (k1 + 1) * tfT) / (k1 * (1 - b + normText * (textLengths[blk] as number)) + tfT);
          if (tfH > 0) w += (bh * idf * (k1 + 1) * tfH) / (k1 * (1 - b + normHeading * (headingLengths[blk] as number)) + tfH);
          acc[blk] = (acc[blk] as number) + w;
        }
      }
    }
    // -word excludes blocks whose own text has it; a section heading that
    // mentions it does not exclude every paragraph under it.
    for (const c of excluded) {
      for (const [line] of this.resolve(table, c)) {
        const n = table.decode(line, postings);
        for (let k = 0; k < n; k++) if ((postings.tfText[k] as number) > 0) excludedStamp[postings.blocks[k] as number] = epoch;
      }
    }

    let count = 0;
    const needText = phrases.length > 0 || excludedPhrases.length > 0;
    const nClauses = clauses.length;
    for (let t = 0; t < nTouched; t++) {
      const blk = touched[t] as number;
      if (nClauses > 0 && clauseHits[blk] !== nClauses) continue;
      if (excludedStamp[blk] === epoch) continue;
      if (needText) {
        const text = s.texts[blk] as string;
        if (!phrases.every((re) => re.test(text))) continue;
        if (excludedPhrases.some((re) => re.test(text))) continue;
      }
      count++;
      let score = acc[blk] as number;
      if (s.kinds.charCodeAt(blk) === 104 /* 'h' */) score *= HEADING_BLOCK_FACTOR;
      top.push({ score, shard: s, block: blk });
    }
    return count;
  }

  /**
   * The folded text of a block, from a small LRU cache: the same passages come
   * back query after query (a delegate refines a search), and folding is the
   * main cost of a snippet. Bounded by characters, not entries.
   */
  private folded(s: LoadedShard, block: number): FoldedText {
    const key = s.seq * 0x100000 + block;
    const hit = this.foldCache.get(key);
    if (hit) {
      this.foldCache.delete(key);
      this.foldCache.set(key, hit);
      return hit;
    }
    const f = foldWithOffsets(s.texts[block] as string);
    const cost = f.folded.length * (f.start ? 5 : 1);
    this.foldCacheChars += cost;
    this.foldCache.set(key, f);
    for (const [k, v] of this.foldCache) {
      if (this.foldCacheChars <= FOLD_CACHE_CHARS) break;
      this.foldCache.delete(k);
      this.foldCacheChars -= v.folded.length * (v.start ? 5 : 1);
    }
    return f;
  }

  private hit(c: Candidate, markTerms: string[], phrases: string[]): SearchHit {
    const s = c.shard;
    const text = s.texts[c.block] as string;
    const { snippet, segments } = snippetFor(text, markTerms, phrases, SNIPPET_LENGTH, this.folded(s, c.block));
    const sectionPath: string[] = [];
    for (let p = s.parents[c.block] as number; p >= 0; p = s.parents[p] as number) {
      sectionPath.unshift(s.texts[p] as string);
    }
    const hit: SearchHit = {
      docId: s.docId,
      blockId: s.ids[c.block] as string,
      snippet,
      segments,
      score: Math.round(c.score * 1e6) / 1e6,
      sectionPath,
    };
    const number = s.numbers[c.block];
    if (number !== null && number !== undefined) hit.number = number;
    return hit;
  }
}
