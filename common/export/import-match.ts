/**
 * Placing an imported quote on a document, in bounded time.
 *
 * Order: the stored position when it holds the quote; the quote verbatim;
 * the quote as search folds text (typographic vs straight apostrophes,
 * no-break spaces, runs of spaces and line breaks, case and accents); then
 * the reader's fuzzy re-anchoring. A position outside the document is only a
 * lost hint: the quote still decides.
 *
 * Every search is a linear scan that stops after MAX_CANDIDATES hits, so a
 * 3-letter quote in a 300-page document costs the same as a long one; the
 * candidates are compared on the UTF-16 text directly (no slicing of
 * code-point arrays), and offsets are converted to code points only once.
 */
import { matchQuote } from '../anchoring/match-quote';
import { foldForMatch, foldWithOffsets, toOriginalRange, type FoldedText } from '../search/fold';
import { groupDigits } from './json-guard';
import type { DocLayout } from './layout';

/** More candidates than this for one quote and the quote is called ambiguous without looking further. */
export const MAX_CANDIDATES = 64;
/** Fuzzy matching is linear in the document, but not in the quote: very long quotes are matched exactly or folded only. */
const MAX_FUZZY_QUOTE = 2000;
const CONTEXT_CHARS = 32;

export interface QuoteIn {
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface PositionIn {
  start: number;
  end: number;
}
export type Placement =
  | { start: number; end: number; exact: string; prefix: string; suffix: string; how: 'position' | 'quote' | 'folded' | 'fuzzy' }
  | { reason: string };

interface Index {
  /** UTF-16 offset of each code point, plus the text length at the end; null when the text has no surrogate pairs. */
  cpToU16: Uint32Array | null;
  folded?: FoldedText;
  /** Occurrences of short quotes already looked up: files repeat the same short quotes. */
  hits: Map<string, number[]>;
  grams?: GramIndex;
}
const CACHED_QUOTE = 200;
const CACHE_ENTRIES = 5000;
const indexes = new WeakMap<DocLayout, Index>();

function indexOf(layout: DocLayout): Index {
  let ix = indexes.get(layout);
  if (ix) return ix;
  let cpToU16: Uint32Array | null = null;
  if (layout.points.length !== layout.text.length) {
    cpToU16 = new Uint32Array(layout.points.length + 1);
    let u = 0;
    layout.points.forEach((p, i) => {
      cpToU16![i] = u;
      u += p.length;
    });
    cpToU16[layout.points.length] = u;
  }
  ix = { cpToU16, hits: new Map() };
  indexes.set(layout, ix);
  return ix;
}

const toU16 = (ix: Index, cp: number): number => (ix.cpToU16 ? (ix.cpToU16[cp] ?? 0) : cp);

/** Binary search in the code-point table; identity for BMP-only text. */
function toCp(ix: Index, u16: number): number {
  const t = ix.cpToU16;
  if (!t) return u16;
  let lo = 0;
  let hi = t.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((t[mid] ?? 0) <= u16) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where each K-unit gram of the text starts, bucketed by a hash of the gram
 * (compressed rows: `starts` of bucket b are positions[offsets[b]..offsets[b+1]]).
 * Built once per document in one linear pass; a quote of K units or more is
 * then looked up among the starts of its first gram instead of scanning the
 * whole text, which is what makes 16,000 quotes in a 20 MB file cheap.
 */
const K = 8;
const BUCKET_BITS = 16;
interface GramIndex {
  offsets: Uint32Array;
  positions: Uint32Array;
}

function gramHash(s: string, at: number): number {
  let h = 0x811c9dc5;
  for (let i = at; i < at + K; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> (32 - BUCKET_BITS)) & ((1 << BUCKET_BITS) - 1);
}

function buildGrams(text: string): GramIndex {
  const n = Math.max(0, text.length - K + 1);
  const hashes = new Uint32Array(n);
  const offsets = new Uint32Array((1 << BUCKET_BITS) + 1);
  for (let i = 0; i < n; i++) {
    const h = gramHash(text, i);
    hashes[i] = h;
    offsets[h + 1]!++;
  }
  for (let b = 1; b < offsets.length; b++) offsets[b]! += offsets[b - 1]!;
  const fill = offsets.slice(0, -1);
  const positions = new Uint32Array(n);
  for (let i = 0; i < n; i++) positions[fill[hashes[i]!]!++] = i;
  return { offsets, positions };
}

/** Like `occurrences`, through the gram index (quotes of at least K units). */
function indexedOccurrences(text: string, grams: GramIndex, needle: string, cap: number): number[] {
  const b = gramHash(needle, 0);
  const out: number[] = [];
  for (let j = grams.offsets[b]!; j < grams.offsets[b + 1]! && out.length <= cap; j++) {
    const p = grams.positions[j]!;
    if (text.startsWith(needle, p)) out.push(p);
  }
  return out;
}

/** At most `cap` + 1 start offsets of `needle` in `hay`: enough to know whether there are more than `cap`. */
function occurrences(hay: string, needle: string, cap: number): number[] {
  const out: number[] = [];
  let i = hay.indexOf(needle);
  while (i !== -1 && out.length <= cap) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

/** Keep the 200 UTF-16 units of context nearest the quote (the model's limit), never half a surrogate pair. */
function clip(context: string, keep: 'start' | 'end'): string {
  if (context.length <= 200) return context;
  return keep === 'end' ? context.slice(-200).replace(/^[\uDC00-\uDFFF]/, '') : context.slice(0, 200).replace(/[\uD800-\uDBFF]$/, '');
}

function result(layout: DocLayout, ix: Index, quote: QuoteIn | undefined, s16: number, e16: number, how: Extract<Placement, { how: string }>['how']): Placement {
  const text = layout.text;
  // A quote found only by folding or fuzzily keeps the document's own context, not the file's.
  if (how === 'folded' || how === 'fuzzy') quote = undefined;
  const start = toCp(ix, s16);
  const end = toCp(ix, e16);
  const prefix = quote?.prefix !== undefined ? clip(quote.prefix, 'end') : [...text.slice(Math.max(0, s16 - CONTEXT_CHARS * 2), s16)].slice(-CONTEXT_CHARS).join('');
  const suffix = quote?.suffix !== undefined ? clip(quote.suffix, 'start') : [...text.slice(e16, e16 + CONTEXT_CHARS * 2)].slice(0, CONTEXT_CHARS).join('');
  return { start, end, exact: text.slice(s16, e16), prefix, suffix, how };
}

/**
 * The best of several candidate spans: the stored prefix and suffix first,
 * then nearness to the stored position. Null when two remain equal.
 */
function choose(text: string, spans: [number, number][], quote: QuoteIn, hint16: number | undefined): [number, number] | null {
  const fp = quote.prefix ? foldForMatch(quote.prefix).trimStart() : '';
  const fs = quote.suffix ? foldForMatch(quote.suffix).trimEnd() : '';
  const score = ([s, e]: [number, number]): number => {
    let n = 0;
    if (quote.prefix && (text.endsWith(quote.prefix, s) || (fp && foldForMatch(text.slice(Math.max(0, s - fp.length * 2 - 4), s)).endsWith(fp)))) n++;
    if (quote.suffix && (text.startsWith(quote.suffix, e) || (fs && foldForMatch(text.slice(e, e + fs.length * 2 + 4)).startsWith(fs)))) n++;
    return n;
  };
  let best = -1;
  let chosen: [number, number][] = [];
  for (const span of spans) {
    const sc = score(span);
    if (sc > best) [best, chosen] = [sc, [span]];
    else if (sc === best) chosen.push(span);
  }
  if (chosen.length > 1 && hint16 !== undefined) {
    chosen.sort((a, b) => Math.abs(a[0] - hint16) - Math.abs(b[0] - hint16));
    const [a, b] = chosen;
    if (a && b && Math.abs(a[0] - hint16) === Math.abs(b[0] - hint16)) return null;
    return a ?? null;
  }
  return chosen.length === 1 ? (chosen[0] ?? null) : null;
}

const ambiguous = (n: number): { reason: string } => ({
  reason:
    n > MAX_CANDIDATES
      ? `the quoted text occurs more than ${MAX_CANDIDATES} times in the document and nothing says which`
      : `the quoted text occurs ${n} times in the document and nothing says which`,
});

/** Where an imported quote/position lands in the document, or why it cannot. */
export function placeQuote(layout: DocLayout, quote: QuoteIn | undefined, pos: PositionIn | undefined): Placement {
  const ix = indexOf(layout);
  const text = layout.text;
  const length = layout.points.length;
  const posInRange = pos !== undefined && pos.start < pos.end && pos.end <= length;
  if (pos && posInRange) {
    const s16 = toU16(ix, pos.start);
    const e16 = toU16(ix, pos.end);
    if (!quote || text.slice(s16, e16) === quote.exact) return result(layout, ix, quote, s16, e16, 'position');
  }
  if (!quote) {
    if (pos && pos.start >= pos.end) return { reason: `TextPositionSelector start ${pos.start} is not before end ${pos.end}` };
    if (pos) return { reason: `TextPositionSelector end ${pos.end} is beyond the document's ${groupDigits(length)} characters` };
    return { reason: 'no TextQuoteSelector or TextPositionSelector' };
  }
  const hint16 = posInRange && pos ? toU16(ix, pos.start) : undefined;

  // 1. Verbatim.
  let exact = ix.hits.get(quote.exact);
  if (!exact) {
    if (quote.exact.length >= K) ix.grams ??= buildGrams(text);
    exact = ix.grams && quote.exact.length >= K ? indexedOccurrences(text, ix.grams, quote.exact, MAX_CANDIDATES) : occurrences(text, quote.exact, MAX_CANDIDATES);
    if (quote.exact.length <= CACHED_QUOTE && ix.hits.size < CACHE_ENTRIES) ix.hits.set(quote.exact, exact);
  }
  if (exact.length > MAX_CANDIDATES) return ambiguous(exact.length);
  if (exact.length > 0) {
    const span = choose(text, exact.map((s) => [s, s + quote.exact.length] as [number, number]), quote, hint16);
    return span ? result(layout, ix, quote, span[0], span[1], 'quote') : ambiguous(exact.length);
  }

  // 2. Folded as search folds it; the span found is mapped back onto the original text.
  const needle = foldForMatch(quote.exact).trim();
  if (needle) {
    ix.folded ??= foldWithOffsets(text);
    const ft = ix.folded;
    const hits = occurrences(ft.folded, needle, MAX_CANDIDATES);
    if (hits.length > MAX_CANDIDATES) return ambiguous(hits.length);
    if (hits.length > 0) {
      const spans = hits.map((h) => toOriginalRange(ft, h, h + needle.length));
      const span = choose(text, spans, quote, hint16);
      return span ? result(layout, ix, quote, span[0], span[1], 'folded') : ambiguous(hits.length);
    }
  }

  // 3. Approximate: the reader's re-anchoring (linear in the document for a bounded quote).
  if (quote.exact.length <= MAX_FUZZY_QUOTE) {
    const m = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: hint16 });
    if (m) return result(layout, ix, quote, m.start, m.end, 'fuzzy');
  }
  return { reason: 'the quoted text is not in the document' };
}
