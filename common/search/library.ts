/**
 * The loaded shards and the library-wide statistics BM25 needs: the number
 * of blocks, the field-length sums and each term's document frequency,
 * summed over every shard. Per-shard statistics are never used for scoring,
 * so a block scores the same searched alone or with the whole library.
 *
 * `generation` changes whenever a shard comes or goes; the caches of the
 * other parts of the engine (prefix expansions, typo corrections) compare it
 * with the one they were filled at and start over when it moved.
 */
import type { CatalogEntry } from '../model';
import { TermTable } from './codec';
import { checkShard, type SerializedShard } from './shard';

const DF_CACHE_MAX = 50_000;

export interface LoadedShard {
  docId: string;
  /** Load order, for deterministic ties. */
  seq: number;
  year: number;
  docType: string;
  /** Analysis language of the shard ("fr", "en", "es"). */
  language: string;
  table: TermTable;
  ids: string[];
  texts: string[];
  kinds: string;
  numbers: Array<string | null>;
  parents: number[];
  textLengths: number[];
  headingLengths: number[];
  /** Page of each block when the source had pages (null otherwise). */
  pages: Array<number | null> | null;
  n: number;
  sumText: number;
  sumHeading: number;
  fieldBoost: { text: number; heading: number };
  bm25: { k1: number; b: number };
}

export class Library {
  readonly shards = new Map<string, LoadedShard>();
  totalBlocks = 0;
  sumText = 0;
  sumHeading = 0;
  /** Bumped on every change; caches elsewhere key on it. */
  generation = 0;
  private seq = 0;
  private readonly dfCache = new Map<string, number>();
  /** stem → library-wide df, built on demand (typo correction's slow path), then kept up to date. */
  private vocab: Map<string, number> | null = null;

  /** Loads (or replaces) one document's shard; throws an Error naming the problem. */
  add(shard: SerializedShard, entry: CatalogEntry): LoadedShard {
    checkShard(shard);
    if (shard.docId !== entry.id) {
      throw new Error(`search shard is for "${shard.docId}" but the catalog entry is "${entry.id}"`);
    }
    const b = shard.blocks;
    const loaded: LoadedShard = {
      docId: shard.docId,
      seq: this.seq++,
      year: Number(entry.date.slice(0, 4)),
      docType: entry.docType,
      language: shard.language,
      table: new TermTable(shard.terms, shard.postings),
      ids: b.ids,
      texts: b.texts,
      kinds: b.kinds,
      numbers: b.numbers,
      parents: b.parents,
      textLengths: b.textLengths,
      headingLengths: b.headingLengths,
      pages: b.pages ?? null,
      n: b.ids.length,
      sumText: b.textLengths.reduce((x, y) => x + y, 0),
      sumHeading: b.headingLengths.reduce((x, y) => x + y, 0),
      fieldBoost: shard.fieldBoost,
      bm25: shard.bm25,
    };
    this.remove(shard.docId);
    this.shards.set(loaded.docId, loaded);
    this.totalBlocks += loaded.n;
    this.sumText += loaded.sumText;
    this.sumHeading += loaded.sumHeading;
    this.changed();
    if (this.vocab) this.addToVocab(this.vocab, loaded, 1);
    return loaded;
  }

  /** Unloads a document; false when it was not loaded. */
  remove(docId: string): boolean {
    const old = this.shards.get(docId);
    if (!old) return false;
    this.shards.delete(docId);
    this.totalBlocks -= old.n;
    this.sumText -= old.sumText;
    this.sumHeading -= old.sumHeading;
    this.changed();
    if (this.vocab) this.addToVocab(this.vocab, old, -1);
    return true;
  }

  private changed(): void {
    this.generation++;
    this.dfCache.clear();
  }

  private addToVocab(vocab: Map<string, number>, s: LoadedShard, sign: 1 | -1): void {
    for (const [line, stem] of s.table.lines()) {
      const df = (vocab.get(stem) ?? 0) + sign * s.table.dfSum(line);
      if (df > 0) vocab.set(stem, df);
      else vocab.delete(stem);
    }
  }

  /** Every stem of the library with its df (built once, then kept up to date). */
  vocabulary(): Map<string, number> {
    if (!this.vocab) {
      this.vocab = new Map();
      for (const s of this.shards.values()) this.addToVocab(this.vocab, s, 1);
    }
    return this.vocab;
  }

  /** Library-wide lunr document frequency of a stem. */
  df(stem: string): number {
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
    this.rememberDf(stem, df);
    return df;
  }

  /** Records a df worked out elsewhere (a prefix scan reads them for free). */
  rememberDf(stem: string, df: number): void {
    if (this.dfCache.size >= DF_CACHE_MAX) this.dfCache.clear();
    this.dfCache.set(stem, df);
  }

  /** The languages of the loaded shards. */
  languages(): Set<string> {
    const out = new Set<string>();
    for (const s of this.shards.values()) out.add(s.language);
    return out;
  }
}
