/**
 * The query language, parsed into clauses over analyzed terms.
 *
 *   several words      all required (AND)
 *   "exact phrase"     its words are required, and the block text must contain
 *                      the phrase (accent-insensitively); “curly” and « » work
 *   -word, -"phrase"   blocks containing it are excluded
 *   word*              prefix: any indexed stem starting with the folded word
 *
 * Stop words vanish ("droits de l'homme" requires "droit" and "homm"); a
 * query made only of stop words has no clause and finds nothing.
 */
import { analyzeFoldedWord, tokenize } from './analyzer';
import { foldForMatch } from './fold';

export interface TermClause {
  /** The word as typed (for typo correction and `correctedQuery`). */
  word: string;
  /** The folded word (before elision/stemming). */
  folded: string;
  /** Index term; for a prefix clause the folded prefix (elision removed). */
  stem: string;
  prefix: boolean;
  /** Start offset of `word` in the query string. */
  at: number;
  /** The word comes from an "exact phrase". */
  quoted: boolean;
}

export interface ParsedQuery {
  required: TermClause[];
  excluded: TermClause[];
  /** Folded phrases the block text must contain. */
  phrases: string[];
  /** Phrases as typed, for `SearchResult.phrases`. */
  phrasesRaw: string[];
  excludedPhrases: string[];
}

const OPEN_QUOTES = '"\u201C\u201E\u00AB';
const CLOSE_QUOTES = '"\u201D\u201C\u00BB';

/** Splits the query into raw parts: { text, at, quoted, negated, prefix }. */
interface RawPart {
  text: string;
  at: number;
  quoted: boolean;
  negated: boolean;
}

function splitQuery(q: string): RawPart[] {
  const parts: RawPart[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    let negated = false;
    let start = i;
    if (c === '-' && i + 1 < q.length && !/\s/.test(q[i + 1] as string)) {
      negated = true;
      start = ++i;
    }
    const ch = q[start] as string;
    if (OPEN_QUOTES.includes(ch)) {
      let end = start + 1;
      while (end < q.length && !CLOSE_QUOTES.includes(q[end] as string)) end++;
      parts.push({ text: q.slice(start + 1, end), at: start + 1, quoted: true, negated });
      i = end + 1;
      continue;
    }
    let end = start;
    while (end < q.length && !/\s/.test(q[end] as string)) end++;
    parts.push({ text: q.slice(start, end), at: start, quoted: false, negated });
    i = end;
  }
  return parts;
}

/** Words of a raw part with their offsets in the query (folding keeps offsets for non-ligature text). */
function wordsOf(part: RawPart): Array<{ word: string; folded: string; at: number; prefix: boolean }> {
  const out: Array<{ word: string; folded: string; at: number; prefix: boolean }> = [];
  // Tokenize piece by piece so each analyzed word keeps its typed spelling.
  const re = /[\p{L}\p{N}\p{M}'’ʼ‘]+(\*?)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part.text)) !== null) {
    const star = m[1] === '*';
    const raw = star ? m[0].slice(0, -1) : m[0];
    for (const folded of tokenize(raw)) {
      out.push({ word: raw, folded, at: part.at + m.index, prefix: star });
    }
  }
  return out;
}

const ELISION = /^(?:l|d|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|c|j|m|n|s|t)'/;

export function parseQuery(q: string): ParsedQuery {
  const out: ParsedQuery = { required: [], excluded: [], phrases: [], phrasesRaw: [], excludedPhrases: [] };
  for (const part of splitQuery(q)) {
    if (part.quoted) {
      const folded = foldForMatch(part.text).trim();
      if (folded.length === 0) continue;
      if (part.negated) out.excludedPhrases.push(folded);
      else {
        out.phrases.push(folded);
        out.phrasesRaw.push(part.text.trim());
      }
    }
    for (const w of wordsOf(part)) {
      let clause: TermClause | null = null;
      if (w.prefix && !part.quoted) {
        const p = w.folded.replace(ELISION, '').replace(/'/g, '');
        if (p.length > 0) clause = { word: w.word, folded: w.folded, stem: p, prefix: true, at: w.at, quoted: false };
      } else {
        const stem = analyzeFoldedWord(w.folded);
        if (stem !== null) clause = { word: w.word, folded: w.folded, stem, prefix: false, at: w.at, quoted: part.quoted };
      }
      if (!clause) continue;
      // Words of an excluded phrase are not excluded one by one: the phrase check does it.
      if (part.negated && part.quoted) continue;
      (part.negated ? out.excluded : out.required).push(clause);
    }
  }
  return out;
}
