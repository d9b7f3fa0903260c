/**
 * Where a search result matches inside a text, as offsets into the ORIGINAL
 * text, so the renderer can mark every match in a document and the engine can
 * cut snippets — no HTML crosses the API.
 *
 * `markTerms` are index terms (stems, folded); a term ending in "*" is a
 * prefix. A word matches a term when its own analysis gives that stem, so
 * "vulnérables" is marked for a search on "vulnerabilite". Phrases are
 * matched on the folded text, whole words only.
 */
import type { SearchResult } from '../model';
import { analyzeFoldedWord, stemHead } from './analyzer';
import { foldWithOffsets, toOriginalRange, type FoldedText } from './fold';
import { analyzerFor } from './languages';
import { isSymbolTerm, symbolsIn } from './symbols';

/** Folded word → its index term (the analysis of the text's language). */
export type WordAnalyzer = (word: string) => string | null;

const ELISION = /^(?:l|d|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|c|j|m|n|s|t)'(?=.)/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export type Range = [number, number];

function isBoundary(s: string, i: number): boolean {
  return i < 0 || i >= s.length || !WORD_CHAR.test(s[i] as string);
}

/** [start, end) ranges of `phrase` (already folded) in the folded text, whole words only. */
export function phraseRanges(folded: string, phrase: string): Range[] {
  const out: Range[] = [];
  if (phrase.length === 0) return out;
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    if (isBoundary(folded, at - 1) && isBoundary(folded, at + phrase.length)) {
      out.push([at, at + phrase.length]);
    }
  }
  return out;
}

/** True when the folded text contains the folded phrase as whole words. */
export function containsPhrase(folded: string, phrase: string): boolean {
  for (let at = folded.indexOf(phrase); at !== -1; at = folded.indexOf(phrase, at + 1)) {
    if (isBoundary(folded, at - 1) && isBoundary(folded, at + phrase.length)) return true;
  }
  return false;
}

/** Merges overlapping or touching ranges; input in any order. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** True for a letter or digit code unit (folded text: a-z and 0-9 first). */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return !Number.isNaN(c) && WORD_CHAR.test(String.fromCharCode(c));
}

/** End of the word (letters/digits, inner apostrophes) starting at `i`. */
function wordEnd(f: string, i: number): number {
  let e = i;
  while (e < f.length) {
    if (isWordCode(f.charCodeAt(e))) e++;
    else if (f.charCodeAt(e) === 39 && isWordCode(f.charCodeAt(e + 1))) e += 2;
    else break;
  }
  return e;
}

/** Start of the word containing the apostrophe at `i - 1` (scanning back over letters and inner apostrophes). */
function wordStartBefore(f: string, i: number): number {
  let s = i;
  while (s > 0) {
    if (isWordCode(f.charCodeAt(s - 1))) s--;
    else if (f.charCodeAt(s - 1) === 39 && s >= 2 && isWordCode(f.charCodeAt(s - 2))) s--;
    else break;
  }
  return s;
}

/** True when the word at `at` in `f`, inner apostrophes skipped, starts with `head`. */
function wordStartsWith(f: string, at: number, head: string): boolean {
  let p = at;
  for (let k = 0; k < head.length; k++, p++) {
    let c = f.charCodeAt(p);
    if (c === 39 /* ' */) c = f.charCodeAt(++p);
    if (c !== head.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Matches of terms and phrases in folded coordinates. A word is what
 * `tokenize` calls a word (letters and digits, inner apostrophes, an elision
 * cut off its front). Since a stem starts with the same two letters as its
 * word (the stemmer only rewrites endings; tested on the corpus), only the
 * places where a term's first two letters start a word are looked at, found
 * with indexOf instead of tokenizing the whole text. A word there is only
 * stemmed when it also starts with the term's `stemHead` (all of the stem
 * but the few letters a suffix rewrite can change; tested on the corpus):
 * stemming a word never seen before is the costly step, and most words that
 * share two letters with a term share no more.
 */
export function foldedMatches(ft: FoldedText, terms: readonly string[], phrases: readonly string[], analyzeWord: WordAnalyzer = analyzeFoldedWord): Range[] {
  // Symbols ("a/71/l.58", "a/68/*") are found by the symbol scanner, not word by word.
  const symbolTerms = terms.filter(isSymbolTerm);
  if (symbolTerms.length > 0) terms = terms.filter((t) => !isSymbolTerm(t));
  // Two-letter head → the longer heads of the exact terms that have it, or
  // null when a prefix term has it too (any word there may match).
  const groups = new Map<string, string[] | null>();
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let shortHead = false;
  const symbolRanges = symbolTerms.length > 0 ? symbolMatches(ft.folded, symbolTerms) : [];
  for (const t of terms) {
    if (t.endsWith('*')) {
      if (t.length > 1) prefixes.push(t.slice(0, -1));
    } else if (t.length > 0) exact.add(t);
  }
  for (const p of prefixes) {
    groups.set(p.slice(0, 2), null);
    if (p.length < 2) shortHead = true;
  }
  for (const t of exact) {
    const head = t.slice(0, 2);
    if (t.length < 2) shortHead = true;
    const g = groups.get(head);
    if (g === null) continue;
    if (g) g.push(stemHead(t));
    else groups.set(head, [stemHead(t)]);
  }
  const f = ft.folded;
  const ranges: Range[] = [];
  // A one-letter head and a two-letter one can meet at the same word.
  const seen = shortHead ? new Set<number>() : null;
  for (const [head, longHeads] of groups) {
    for (let at = f.indexOf(head); at !== -1; at = f.indexOf(head, at + 1)) {
      if (seen?.has(at)) continue;
      const prev = at > 0 ? f.charCodeAt(at - 1) : -1;
      if (prev !== -1 && isWordCode(prev)) continue; // inside a word
      if (longHeads && !longHeads.some((h) => wordStartsWith(f, at, h))) continue;
      if (prev === 39 /* ' */ && at >= 2 && isWordCode(f.charCodeAt(at - 2))) {
        // The apostrophe joins two parts of one word: only the bare word after
        // an elision counts ("l'homme"), not the end of "aujourd'hui".
        const ws = wordStartBefore(f, at - 1);
        const el = ELISION.exec(f.slice(ws, wordEnd(f, ws)));
        if (!el || ws + el[0].length !== at) continue;
      }
      seen?.add(at);
      const end = wordEnd(f, at);
      const word = f.slice(at, end);
      let hit = false;
      if (prefixes.length > 0) {
        const bare = word.includes("'") ? word.replace(/'/g, '') : word;
        hit = prefixes.some((p) => bare.startsWith(p));
      }
      if (!hit) {
        const stem = analyzeWord(word);
        // Same rule as the engine: the stem starts with the prefix, or is a prefix of it of 4+ letters.
        hit = stem !== null && (exact.has(stem) || prefixes.some((p) => stem.startsWith(p) || (stem.length >= 4 && p.startsWith(stem))));
      }
      if (hit) ranges.push([at, end]);
    }
  }
  for (const p of phrases) {
    for (const r of phraseRanges(f, p)) ranges.push(r);
  }
  for (const r of symbolRanges) ranges.push(r);
  return mergeRanges(ranges);
}

/** Ranges of the symbols of a folded text whose terms are one of `terms` (or start with a "prefix*" one). */
function symbolMatches(folded: string, terms: readonly string[]): Range[] {
  const out: Range[] = [];
  for (const m of symbolsIn(folded)) {
    const hit = m.terms.some((x) => terms.some((t) => (t.endsWith('*') ? x.startsWith(t.slice(0, -1)) : x === t)));
    if (hit) out.push([m.start, m.end]);
  }
  return out;
}

/**
 * Every match of a search result in `text`: words whose stem is one of
 * `markTerms` (or starts with a "prefix*" term) and every phrase, merged,
 * as [start, end) offsets into `text`, in order.
 */
export function findMatches(
  text: string,
  result: Pick<SearchResult, 'markTerms' | 'phrases' | 'markTermsByLanguage'>,
  language?: string,
): Array<[number, number]> {
  const ft = foldWithOffsets(text);
  const phrases = (result.phrases ?? []).map((p) => foldWithOffsets(p).folded.trim()).filter((p) => p.length > 0);
  // A document in another language is marked with that language's terms and analysis.
  const analyzer = analyzerFor(language);
  const terms = result.markTermsByLanguage?.[analyzer.language] ?? result.markTerms ?? [];
  const folded = foldedMatches(ft, terms, phrases, (w) => analyzer.analyzeFoldedWord(w));
  return mergeRanges(folded.map(([s, e]) => toOriginalRange(ft, s, e)));
}
