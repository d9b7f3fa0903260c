/**
 * Proximity: BM25 ignores word order, so "migration de retour" ranks a block
 * that mentions migration and, elsewhere, return as high as one that says
 * "la migration de retour". The engine's second phase gives its best
 * candidates a bonus for every pair of consecutive query words that appear
 * next to each other in their text (up to three short words between, so
 * plurals and "des"/"de la" variants count): up to × (1 + PROXIMITY_BONUS).
 *
 * The check runs on the block's FOLDED text (lowercase, no accents, one kind
 * of apostrophe, dash and space), which the engine caches for snippets
 * anyway, with indexOf and a character scan. An earlier version compiled one
 * accent-insensitive regex per word pair over the raw text: compiling and
 * first running such a regex (every letter a class of all its accented forms)
 * cost ~0.5 ms per new pair, more than the rest of a query.
 */
import { isWordCode } from './highlight';

export const PROXIMITY_BONUS = 0.5;
/** At most this many short words between the two ("de l'", "de la", "et des"). */
const MAX_SHORT_WORDS = 3;
/** A short word has at most this many letters (de, des, du, la, l', à, aux, pour). */
const SHORT_WORD = 4;

/** Separators between two words of a phrase, in folded text: space, , ; : ( ) ' - */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x27 || c === 0x2d;
}

/**
 * True when, in the folded text, a word starting with stem `a` is followed by
 * a word starting with stem `b`, with at most three short words (up to four
 * letters each) between them. Stems are prefixes of their words in all but a
 * few suffix rewrites, which this may miss; it only decides a ranking bonus.
 */
export function adjacentIn(folded: string, a: string, b: string): boolean {
  const len = folded.length;
  for (let at = folded.indexOf(a); at !== -1; at = folded.indexOf(a, at + 1)) {
    if (at > 0 && isWordCode(folded.charCodeAt(at - 1))) continue; // inside a word
    let p = at + a.length;
    while (p < len && isWordCode(folded.charCodeAt(p))) p++; // rest of the word
    for (let k = 0; ; k++) {
      const sep = p;
      while (p < len && isSeparator(folded.charCodeAt(p))) p++;
      if (p === sep || p >= len) break;
      if (folded.startsWith(b, p)) return true;
      if (k === MAX_SHORT_WORDS) break;
      const w = p;
      while (p < len && p - w <= SHORT_WORD && isWordCode(folded.charCodeAt(p))) p++;
      if (p === w || p - w > SHORT_WORD) break;
    }
  }
  return false;
}

/** The pairs of consecutive query stems. */
export function adjacencyPairs(sequence: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i + 1 < sequence.length; i++) out.push([sequence[i] as string, sequence[i + 1] as string]);
  return out;
}

/** × (1 + PROXIMITY_BONUS · share of the pairs found side by side in the folded text). */
export function proximityBonus(folded: string, pairs: ReadonlyArray<readonly [string, string]>): number {
  if (pairs.length === 0) return 1;
  let adjacent = 0;
  for (const [a, b] of pairs) if (adjacentIn(folded, a, b)) adjacent++;
  return 1 + (PROXIMITY_BONUS * adjacent) / pairs.length;
}
