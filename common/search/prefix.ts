/**
 * Prefix queries (`retour*`, `A/68/`): the stems of the library that start
 * with the folded prefix, most frequent first, and their lines in one shard.
 */
import type { TermTable } from './codec';
import type { Library } from './library';

/** A prefix query expands to at most this many stems (the most frequent). */
export const MAX_PREFIX_TERMS = 64;
/** Shortest stem a prefix query also accepts when it is shorter than the prefix. */
export const MIN_SHORT_STEM = 4;

/** The proper prefixes of `prefix` that a word starting with it could have as its stem. */
export function shortStems(prefix: string): string[] {
  // A symbol prefix ("a/68/") is matched as typed: its shorter forms are other symbols.
  if (prefix.includes('/')) return [];
  const out: string[] = [];
  for (let k = MIN_SHORT_STEM; k < prefix.length; k++) out.push(prefix.slice(0, k));
  return out;
}

/**
 * A resolved required clause: its index terms with their library-wide idf.
 * A prefix clause is resolved per shard with one range scan of the term
 * table; stems outside the library-wide expansion are ignored.
 */
export interface Clause {
  idf: Map<string, number>;
  prefix: string | null;
}

export class PrefixExpander {
  private readonly cache = new Map<string, string[]>();
  private generation = -1;

  constructor(private readonly library: Library) {}

  /** Stems of the library starting with `prefix`, most frequent first. */
  expand(prefix: string): string[] {
    if (this.generation !== this.library.generation) {
      this.cache.clear();
      this.generation = this.library.generation;
    }
    const hit = this.cache.get(prefix);
    if (hit) return hit;
    // One range scan per shard; the document frequencies come with it.
    const dfs = new Map<string, number>();
    for (const s of this.library.shards.values()) {
      for (const line of s.table.withPrefix(prefix, MAX_PREFIX_TERMS * 4)) {
        const stem = s.table.stem(line);
        dfs.set(stem, (dfs.get(stem) ?? 0) + s.table.dfSum(line));
      }
    }
    // Stems are prefixes of their words, so a word starting with the prefix may
    // also have a stem SHORTER than it ("rhétoriq*" → "rhetor"): keep those of
    // MIN_SHORT_STEM letters or more.
    for (const short of shortStems(prefix)) {
      const df = this.library.df(short);
      if (df > 0) dfs.set(short, df);
    }
    const out = [...dfs.keys()].sort((a, b) => (dfs.get(b) as number) - (dfs.get(a) as number) || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_TERMS);
    for (const stem of out) this.library.rememberDf(stem, dfs.get(stem) as number);
    this.cache.set(prefix, out);
    return out;
  }
}

/** [line, idf] pairs of a clause in one shard's term table. */
export function resolveClause(table: TermTable, c: Clause): Array<[number, number]> {
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
