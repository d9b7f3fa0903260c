/**
 * United Nations document symbols and resolution numbers as single terms.
 *
 * A symbol is a series of segments joined by "/": `A/71/L.58`,
 * `A/RES/71/1`, `IC/2009/1`, `A/C.3/78/L.60/Rev.1`, `E/2013/…`,
 * `EC/GC/01/11`. Its first segment is letters (the organ), at least one
 * segment has a digit (so "et/ou" and "km/h" are words, not symbols), and a
 * space may follow a slash ("A/ 71/ L.58", as PDF extractions print them).
 * A bare resolution number `71/1` (1–3 digits / 1–4 digits) is a term too,
 * but not a date (`10/02/2009`) nor the tail of a job number
 * (`13-461422/15`). Symbols inside an undocs.org address count
 * (`http://undocs.org/fr/A/RES/67/219` cites A/RES/67/219).
 *
 * Terms are the folded symbol without spaces ("a/71/l.58"). A resolution
 * symbol (`A/RES/71/1`) also yields its number ("71/1"), so "résolution
 * 71/1" finds the passages that cite it either way.
 *
 * Everything here works on FOLDED text (lowercase, no accents), the way the
 * analyzers do, so offsets are offsets into the folded text.
 */

/** One segment after a slash: letters and/or digits, with an optional ".digits" ("l.58", "rev.1", "c.3"). */
const SEG = String.raw`[a-z0-9]+(?:\.\d+)?`;
/** Where a symbol may start: not inside a word, a path or a number, unless right after undocs.org/xx/. */
const START = String.raw`(?:(?<=undocs\.org\/[a-z]{2}\/)|(?<=undocs\.org\/)(?![a-z]{2}\/)|(?<![\p{L}\p{N}\/.\-]))`;
const SYMBOL_SRC = String.raw`${START}[a-z]{1,8}(?:\.\d+)?(?:\/ ?${SEG})+`;
const RESOLUTION_SRC = String.raw`(?<![\p{L}\p{N}\/.\-])\d{1,3}\/\d{1,4}(?![\p{L}\p{N}]|\/ ?\d|\.\d)`;

/** Global, sticky-free regex matching symbols and resolution numbers in folded text. */
export const SYMBOL_PATTERN = `${SYMBOL_SRC}|${RESOLUTION_SRC}`;

export interface SymbolMatch {
  start: number;
  end: number;
  /** Index terms of the match: the symbol, and the resolution number of an A/RES/ symbol. */
  terms: string[];
}

const RES_TAIL = /\/res\/(\d{1,3}\/\d{1,4})$/;

/** The index terms of one symbol as written (folded): spaces out, the resolution number added. */
export function symbolTerms(folded: string): string[] {
  const term = folded.replace(/ /g, '');
  if (!isSymbolTerm(term)) return [];
  const res = RES_TAIL.exec(term);
  return res ? [term, res[1] as string] : [term];
}

/** True for a term that is a symbol or a resolution number (has a slash and a digit). */
export function isSymbolTerm(term: string): boolean {
  return term.includes('/') && /\d/.test(term);
}

/** Every symbol in a folded text, in order. */
export function symbolsIn(folded: string): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  if (!folded.includes('/')) return out;
  const re = new RegExp(SYMBOL_PATTERN, 'gu');
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const terms = symbolTerms(m[0]);
    if (terms.length > 0) out.push({ start: m.index, end: m.index + m[0].length, terms });
  }
  return out;
}

/**
 * The text with the spaces after the slashes of its symbols removed, so a
 * white-space tokenizer (lunr's, or the query's) keeps each symbol whole.
 * Works on any text (case and accents untouched).
 */
export function joinSymbols(text: string): string {
  if (!text.includes('/ ')) return text;
  return text.replace(/(?<![\p{L}\p{N}])([A-Za-z]{1,8}(?:\.\d+)?(?:\/ ?[A-Za-z0-9]+(?:\.\d+)?)+)/gu, (s) => (/\d/.test(s) ? s.replace(/\/ /g, '/') : s));
}

/** What kind of document a symbol names, from its shape (for symbols not in the library). */
export type SymbolKind = 'resolution' | 'draft' | 'revision' | 'addendum' | 'corrigendum' | 'report' | 'resolution-number' | 'document';

export function symbolKind(symbol: string): SymbolKind {
  const s = symbol.toLowerCase().replace(/ /g, '');
  if (/^\d{1,3}\/\d{1,4}$/.test(s)) return 'resolution-number';
  if (/\/rev\.\d+$/.test(s)) return 'revision';
  if (/\/add\.\d+$/.test(s)) return 'addendum';
  if (/\/corr\.\d+$/.test(s)) return 'corrigendum';
  if (/\/res\//.test(s)) return 'resolution';
  if (/\/l\.\d+/.test(s)) return 'draft';
  // A/68/370, E/2013/12: a numbered document of a session, most often a report.
  if (/^[a-z]{1,8}(?:\/c\.\d+)?\/\d+\/\d+$/.test(s)) return 'report';
  return 'document';
}

/** A symbol normalised for comparison: folded case, no spaces ("A/ 68/370" → "a/68/370"). */
export function normalizeSymbol(symbol: string): string {
  return symbol
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '');
}
