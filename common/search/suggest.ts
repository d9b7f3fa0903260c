/**
 * Completions for the word being typed, read off the index itself: the
 * library's terms that start with the folded prefix, most frequent first,
 * each shown as a word a passage actually prints ("migr" → "migration",
 * "migrants"; "a/68/" → "A/68/150"). Terms are stems, which no one wants
 * to read, so each is turned back into a word by looking at one passage that
 * has it: the first word there starting with the prefix whose analysis gives
 * that term. The prefix scan is the engine's (one range scan per shard,
 * cached), so a suggestion costs a handful of folded passages.
 */
import { foldForMatch, foldWithOffsets, toOriginalRange } from './fold';
import { analyzerFor } from './languages';
import type { Library, LoadedShard } from './library';
import type { PrefixExpander } from './prefix';
import { isSymbolTerm, symbolsIn } from './symbols';

export interface Completion {
  /** The word or symbol as printed in the library. */
  text: string;
  /** How many passages have it (library-wide, lunr's per-field count). */
  count: number;
  symbol: boolean;
}

/** Fewer letters than this suggest nothing: every word would do. */
export const MIN_SUGGEST_PREFIX = 2;
const WORD_AT = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/uy;

/** The printed form of `term` in block `block` of `s`, or null. */
function surface(s: LoadedShard, block: number, term: string, prefix: string): string | null {
  const text = s.texts[block] as string;
  const ft = foldWithOffsets(text);
  const f = ft.folded;
  if (isSymbolTerm(term)) {
    for (const m of symbolsIn(f)) {
      if (m.terms.includes(term)) {
        const [a, b] = toOriginalRange(ft, m.start, m.end);
        return text.slice(a, b).replace(/\s+/g, '');
      }
    }
    return null;
  }
  const analyzer = analyzerFor(s.language);
  for (let at = f.indexOf(prefix); at !== -1; at = f.indexOf(prefix, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(f[at - 1] as string)) continue;
    WORD_AT.lastIndex = at;
    const m = WORD_AT.exec(f);
    if (!m) continue;
    if (analyzer.analyzeFoldedWord(m[0]) !== term) continue;
    const [a, b] = toOriginalRange(ft, at, at + m[0].length);
    const word = text.slice(a, b);
    // Acronyms keep their capitals; other words are shown in lower case.
    return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word) ? word : word.toLowerCase();
  }
  return null;
}

/** Terms whose printed form is remembered, at most (cleared when full). */
const SURFACE_CACHE_MAX = 20_000;

/**
 * Completions, with the printed form of each term remembered until the
 * library changes: a delegate types the same first letters again and again,
 * and finding a term's printed form is the costly step (a passage folded).
 */
export class Suggester {
  private readonly surfaces = new Map<string, string | null>();
  private generation = -1;

  constructor(
    private readonly library: Library,
    private readonly prefixes: PrefixExpander,
  ) {}

  /** The printed form of a term: from the first passage of the first shard that has it. */
  private surfaceOf(term: string, prefix: string): string | null {
    const hit = this.surfaces.get(term);
    if (hit !== undefined) return hit;
    let text: string | null = null;
    for (const s of this.library.shards.values()) {
      const line = s.table.find(term);
      if (line < 0) continue;
      // A stem may be shorter than the prefix ("rhetor" for "rhétoriq"): its words still start with the prefix.
      text = surface(s, s.table.firstBlock(line), term, isSymbolTerm(term) ? term.slice(0, 1) : prefix);
      if (text) break;
    }
    if (this.surfaces.size >= SURFACE_CACHE_MAX) this.surfaces.clear();
    // Only a definite answer is kept: another prefix may find the word where this one did not.
    if (text) this.surfaces.set(term, text);
    return text;
  }

  /** Completions of the last word of `typed`, most frequent first. */
  complete(typed: string, limit = 8): Completion[] {
    if (this.generation !== this.library.generation) {
      this.surfaces.clear();
      this.generation = this.library.generation;
    }
    const prefix = foldForMatch(typed.trim()).replace(/\s+/g, '').replace(/^[a-z]+'/, '');
    if (prefix.length < MIN_SUGGEST_PREFIX) return [];
    const out: Completion[] = [];
    const seen = new Set<string>();
    for (const term of this.prefixes.expand(prefix)) {
      if (out.length >= limit) break;
      const text = this.surfaceOf(term, prefix);
      if (!text || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      out.push({ text, count: this.library.df(term), symbol: isSymbolTerm(term) });
    }
    return out;
  }
}
