/**
 * The query language, parsed into clauses over analyzed terms.
 *
 *   several words      all required (AND)
 *   "exact phrase"     its words are required, and the block text must contain
 *                      the phrase (accent-insensitively); “curly” and « » work
 *   -word, -"phrase"   blocks containing it are excluded
 *   word*              prefix: any indexed stem starting with the folded word
 *   A/71/L.58          a document symbol, one term (also "A/ 71/ L.58", any case)
 *   A/68/  or  A/68/*  every symbol starting so (here: the 68th session's documents)
 *   résolution 71/1    the resolution number; finds "A/RES/71/1" as well
 *
 * Stop words vanish ("droits de l'homme" requires "droit" and "homm"); a
 * query made only of stop words has no clause and finds nothing.
 */
import { analyzeFoldedWord, tokenize } from './analyzer';
import { foldForMatch } from './fold';
import { joinSymbols } from './symbols';

/** Folded word → index term, in the language the query is analysed for (French by default). */
type WordAnalyzer = (folded: string) => string | null;

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
  /** The query with symbols joined ("A/ 71/ L.58" → "A/71/L.58"); offsets (`at`) refer to it. */
  text: string;
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

/** A symbol as typed, possibly a prefix ("A/68/" or "A/68/*"), or a word. */
const PIECE = /([\p{L}\p{N}]+(?:\.\d+)?(?:(?:\/[\p{L}\p{N}]+(?:\.\d+)?)+\/?|\/)\*?)|[\p{L}\p{N}\p{M}'’ʼ‘]+(\*?)/gu;

interface Word {
  word: string;
  folded: string;
  at: number;
  prefix: boolean;
}

/** Words of a raw part with their offsets in the query (folding keeps offsets for non-ligature text). */
function wordsOf(part: RawPart): Word[] {
  const out: Word[] = [];
  // Tokenize piece by piece so each analyzed word keeps its typed spelling.
  let m: RegExpExecArray | null;
  PIECE.lastIndex = 0;
  while ((m = PIECE.exec(part.text)) !== null) {
    const at = part.at + m.index;
    if (m[1] !== undefined) {
      // Something with slashes: a symbol, a symbol prefix ("a/68/"), or words after all ("et/ou").
      const star = m[1].endsWith('*');
      const raw = star ? m[1].slice(0, -1) : m[1];
      const folded = foldForMatch(raw);
      if (raw.endsWith('/') || (star && /\d/.test(folded))) {
        out.push({ word: raw, folded, at, prefix: true });
        continue;
      }
      let tokens = tokenize(raw);
      // "A/RES/67/219" asks for resolution 67/219, however a passage writes it
      // ("résolution 67/219" or the full symbol, which is indexed with its number too).
      if (tokens.length === 2 && (tokens[0] as string).includes('/res/')) tokens = tokens.slice(1);
      for (const t of tokens) out.push({ word: raw, folded: t, at, prefix: star && !t.includes('/') });
      continue;
    }
    const star = m[2] === '*';
    const raw = star ? m[0].slice(0, -1) : m[0];
    for (const folded of tokenize(raw)) out.push({ word: raw, folded, at, prefix: star });
  }
  return out;
}

/** "résolution 71/1": the word naming what a bare resolution number is, dropped so "A/RES/71/1" is found too. */
const RESOLUTION_WORD = /^(?:resolution|resolutions|resolucion|resoluciones)$/;

const ELISION = /^(?:l|d|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|c|j|m|n|s|t)'/;

export function parseQuery(query: string, analyzeWord: WordAnalyzer = analyzeFoldedWord): ParsedQuery {
  const q = joinSymbols(query);
  const out: ParsedQuery = { text: q, required: [], excluded: [], phrases: [], phrasesRaw: [], excludedPhrases: [] };
  const parts = splitQuery(q);
  for (const [pi, part] of parts.entries()) {
    if (part.quoted) {
      const folded = foldForMatch(part.text).trim();
      if (folded.length === 0) continue;
      if (part.negated) out.excludedPhrases.push(folded);
      else {
        out.phrases.push(folded);
        out.phrasesRaw.push(part.text.trim());
      }
    }
    const words = wordsOf(part);
    const next = parts[pi + 1];
    for (const [wi, w] of words.entries()) {
      let clause: TermClause | null = null;
      const following = wi + 1 < words.length ? words[wi + 1] : next && !next.quoted && !next.negated ? wordsOf(next)[0] : undefined;
      if (RESOLUTION_WORD.test(w.folded) && following && /^\d{1,3}\/\d{1,4}$/.test(following.folded)) continue;
      if (w.prefix && !part.quoted) {
        const p = w.folded.includes('/') ? w.folded.replace(/\s+/g, '') : w.folded.replace(ELISION, '').replace(/'/g, '');
        if (p.length > 0) clause = { word: w.word, folded: w.folded, stem: p, prefix: true, at: w.at, quoted: false };
      } else {
        const stem = analyzeWord(w.folded);
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
