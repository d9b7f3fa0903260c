/**
 * Snippets: a window of a block's text around its matches, as plain text and
 * as segments whose `match` flag tells the renderer what to mark.
 */
import type { SearchHit } from '../model';
import { foldWithOffsets, toOriginalRange, type FoldedText } from './fold';
import { analyzeFoldedWord } from './analyzer';
import { foldedMatches, mergeRanges, type Range, type WordAnalyzer } from './highlight';
import { markRegex } from './phrase';

export const SNIPPET_LENGTH = 240;
const CONTEXT_BEFORE = 60;
const ELLIPSIS = '…';

type Segment = NonNullable<SearchHit['segments']>[number];

/** What `\s` matches in a regex, by code unit (no regex per character: snippets run on every hit). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Moves `i` back (dir -1) or forward (dir 1) to a space, within `limit` characters. */
function toSpace(text: string, i: number, dir: -1 | 1, limit: number): number {
  for (let k = 0; k < limit; k++) {
    const j = i + dir * k;
    if (j <= 0) return 0;
    if (j >= text.length) return text.length;
    if (isSpace(text.charCodeAt(j))) return dir === 1 ? j : j + 1;
  }
  return i;
}

/** text[from, to) with every run of white space made one plain space (`.replace(/\s+/g, ' ')`, without a regex or a copy when nothing changes). */
function squashSpaces(text: string, from: number, to: number): string {
  let clean = true;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) && (c !== 0x20 || (i + 1 < to && isSpace(text.charCodeAt(i + 1))))) {
      clean = false;
      break;
    }
  }
  if (clean) return text.slice(from, to);
  let out = '';
  let run = from;
  for (let i = from; i < to; ) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isSpace(text.charCodeAt(j))) j++;
    out += `${text.slice(run, i)} `;
    run = j;
    i = j;
  }
  return out + text.slice(run, to);
}

/**
 * Picks the window start that covers the most matches, starting a little
 * before one. `ranges` are in order and do not overlap, so both ends of the
 * window only move forward: one pass.
 */
function windowStart(text: string, ranges: readonly Range[], length: number): number {
  if (text.length <= length || ranges.length === 0) return 0;
  let best = 0;
  let bestCount = -1;
  let lo = 0; // first range starting at or after the window start
  let hi = 0; // first range not ending inside the window
  for (const [s] of ranges) {
    const start = Math.max(0, s - CONTEXT_BEFORE);
    while (lo < ranges.length && (ranges[lo] as Range)[0] < start) lo++;
    if (hi < lo) hi = lo;
    while (hi < ranges.length && (ranges[hi] as Range)[1] <= start + length) hi++;
    const count = hi - lo;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

export function makeSnippet(text: string, ranges: Range[], length = SNIPPET_LENGTH): { snippet: string; segments: Segment[] } {
  let start = windowStart(text, ranges, length);
  let end = Math.min(text.length, start + length);
  if (start > 0) start = toSpace(text, start, -1, 20);
  if (end < text.length) end = toSpace(text, end, 1, 20);
  // Never cut a match in two.
  for (const [a, b] of ranges) {
    if (a < start && b > start) start = a;
    if (a < end && b > end) end = b;
  }
  const segments: Segment[] = [];
  const push = (t: string, match: boolean): void => {
    if (t.length === 0) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += t;
    else segments.push({ text: t, match });
  };
  if (start > 0) push(ELLIPSIS, false);
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= start || a >= end) continue;
    push(squashSpaces(text, at, Math.max(at, a)), false);
    push(text.slice(Math.max(a, at), b), true);
    at = b;
  }
  push(squashSpaces(text, at, end), false);
  if (end < text.length) push(ELLIPSIS, false);
  return { snippet: segments.map((s) => s.text).join(''), segments };
}

/** Exact match ranges of `markTerms`/`phrases` (folded) in text[from, to), as offsets into `text`. */
function exactRanges(text: string, from: number, to: number, markTerms: readonly string[], phrases: readonly string[], analyzeWord: WordAnalyzer): Range[] {
  const ft = foldWithOffsets(from === 0 && to === text.length ? text : text.slice(from, to));
  return mergeRanges(foldedMatches(ft, markTerms, phrases, analyzeWord).map(([a, e]) => {
    const [s, t] = toOriginalRange(ft, a, e);
    return [s + from, t + from] as Range;
  }));
}

/**
 * The snippet of a hit. Given the block's folded text (the engine caches
 * it), the whole block is marked. Otherwise a short block is marked whole; in a long one a
 * raw-text regex (`markRegex`: words starting like a mark term, phrases)
 * shows where matches cluster; only a region around that window is folded
 * and marked exactly, so the cost hardly grows with the
 * length of the block. The marks themselves are exact offsets into the
 * original text.
 */
export function snippetFor(
  text: string,
  markTerms: readonly string[],
  phrases: readonly string[],
  length = SNIPPET_LENGTH,
  folded?: FoldedText,
  analyzeWord: WordAnalyzer = analyzeFoldedWord,
): { snippet: string; segments: Segment[] } {
  if (folded) {
    // The caller has the whole block folded already (cached): mark it all.
    const ranges = mergeRanges(foldedMatches(folded, markTerms, phrases, analyzeWord).map(([a, e]) => toOriginalRange(folded, a, e)));
    return makeSnippet(text, ranges, length);
  }
  if (text.length <= length * 2) return makeSnippet(text, exactRanges(text, 0, text.length, markTerms, phrases, analyzeWord), length);
  const re = markRegex(markTerms, phrases);
  const rough: Range[] = [];
  if (re) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && rough.length < 64; m = re.exec(text)) {
      rough.push([m.index, m.index + Math.max(1, m[0].length)]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  const start = windowStart(text, rough, length);
  // A margin either side, cut at white space so no word is analyzed in part.
  const from = start === 0 ? 0 : toSpace(text, Math.max(0, start - CONTEXT_BEFORE), -1, 40);
  const to = toSpace(text, Math.min(text.length, start + length + CONTEXT_BEFORE * 2), 1, 40);
  return makeSnippet(text, exactRanges(text, from, to, markTerms, phrases, analyzeWord), length);
}
