/**
 * Finding a quote in a text, exactly or approximately, and choosing among
 * several candidates by how well their surroundings match the quote's
 * prefix and suffix and how close they are to where the quote used to be.
 *
 * All offsets here are UTF-16 units of the searched text.
 */
import search from 'approx-string-match';

export interface QuoteContext {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start (UTF-16 offset in the text). */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and the matched text (0 for an exact match). */
  errors: number;
  /** 0..1 similarity of the quote itself. */
  quoteScore: number;
  /** 0..1 mean similarity of prefix and suffix (1 when the quote has none). */
  contextScore: number;
  /** Weighted sum used to rank candidates. */
  score: number;
}

/**
 * Share of a quote's length that may differ for an approximate match to count:
 * a 100-character quote survives 20 edits (a corrected word or two, a changed
 * number), a 10-character one only 2.
 */
export const MAX_ERROR_RATE = 0.2;

/**
 * Short quotes recur by chance in a document ("l'Assemblée générale"), so an
 * approximate or relocated match of a quote shorter than this must also be
 * supported by its context.
 */
export const SHORT_QUOTE = 32;
export const MIN_CONTEXT_SCORE = 0.5;

// Weights in the spirit of hypothesis: the quote dominates, context breaks
// ties between equal quotes, position breaks ties between equal contexts.
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** Every exact occurrence of `quote` starting in [from, to). */
export function exactOccurrences(text: string, quote: string, from = 0, to = text.length): number[] {
  const found: number[] = [];
  if (!quote) return found;
  let i = text.indexOf(quote, from);
  while (i !== -1 && i < to) {
    found.push(i);
    i = text.indexOf(quote, i + 1);
  }
  return found;
}

/** Similarity 0..1 of `expected` to the best approximate match inside `window`. */
function similarity(window: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window.includes(expected)) return 1;
  const matches = search(window, expected, expected.length);
  if (matches.length === 0) return 0;
  const errors = Math.min(...matches.map((m) => m.errors));
  return 1 - errors / expected.length;
}

/** How well the text around [start, end) matches the quote's prefix and suffix. */
function contextScores(text: string, start: number, end: number, ctx: QuoteContext) {
  const prefix = ctx.prefix ?? '';
  const suffix = ctx.suffix ?? '';
  // The window is a little wider than the context so a shifted context still matches.
  const slack = 8;
  const before = text.slice(Math.max(0, start - prefix.length - slack), start);
  const after = text.slice(end, end + suffix.length + slack);
  // Text ends where the stored context was shorter (start or end of document):
  // an empty stored context matches anything.
  const p = similarity(before, prefix);
  const s = similarity(after, suffix);
  return { prefix: p, suffix: s };
}

function scoreCandidate(
  text: string,
  start: number,
  end: number,
  errors: number,
  quoteLength: number,
  ctx: QuoteContext,
): QuoteMatch {
  const quoteScore = quoteLength ? 1 - errors / quoteLength : 0;
  const c = contextScores(text, start, end, ctx);
  const positionScore = ctx.hint === undefined ? 1 : 1 - Math.abs(start - ctx.hint) / Math.max(1, text.length);
  return {
    start,
    end,
    errors,
    quoteScore,
    contextScore: (c.prefix + c.suffix) / 2,
    score: W_QUOTE * quoteScore + W_PREFIX * c.prefix + W_SUFFIX * c.suffix + W_POSITION * positionScore,
  };
}

/** Best of several exact occurrences of `quote`, ranked by context and position. */
export function bestExact(text: string, quote: string, starts: readonly number[], ctx: QuoteContext): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  for (const start of starts) {
    const m = scoreCandidate(text, start, start + quote.length, 0, quote.length, ctx);
    if (!best || m.score > best.score) best = m;
  }
  return best;
}

/** Whether a candidate is close enough, and supported enough, to be the same passage. */
function acceptable(m: QuoteMatch, quoteLength: number, trustExact: boolean): boolean {
  if (m.quoteScore < 1 - MAX_ERROR_RATE) return false;
  if (trustExact && m.errors === 0) return true;
  return quoteLength >= SHORT_QUOTE || m.contextScore >= MIN_CONTEXT_SCORE;
}

/** The text with each exact occurrence blanked out, so an approximate search can see past them. */
function masked(text: string, from: number, to: number, quote: string, starts: readonly number[]): string {
  let region = text.slice(from, to);
  for (const s of starts) {
    const a = Math.max(0, s - from);
    const b = Math.min(region.length, s + quote.length - from);
    if (b > a) region = region.slice(0, a) + '\u0000'.repeat(b - a) + region.slice(b);
  }
  return region;
}

/** Best approximate match of `quote` in text[from, to), exact occurrences excluded. */
function bestApproximate(text: string, quote: string, from: number, to: number, starts: readonly number[], ctx: QuoteContext) {
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  if (maxErrors === 0 || to <= from) return null;
  const region = masked(text, from, to, quote, starts);
  let best: QuoteMatch | null = null;
  // approx-string-match reports only the matches with the fewest errors;
  // several may end at neighbouring offsets, and the context decides.
  for (const m of search(region, quote, maxErrors)) {
    const candidate = scoreCandidate(text, m.start + from, m.end + from, m.errors, quote.length, ctx);
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

export interface MatchOptions {
  /** Only matches starting in [start, end) of the text (UTF-16); default: anywhere. */
  within?: { start: number; end: number };
  /** Accept an exact match without support from its context (it is in the right block). */
  trustExact?: boolean;
}

/**
 * The best match of `quote` in `text`: exact occurrences and approximate
 * matches (within the error budget) compete on one score of quote, context
 * and position, so a lightly corrected passage with its own context beats a
 * verbatim repeat of the phrase elsewhere. Null when nothing is close enough.
 */
export function matchQuote(text: string, quote: string, ctx: QuoteContext = {}, opts: MatchOptions = {}): QuoteMatch | null {
  if (!quote) return null;
  const from = opts.within?.start ?? 0;
  const to = opts.within?.end ?? text.length;
  const trustExact = opts.trustExact ?? false;
  const starts = exactOccurrences(text, quote, from, to);
  const candidates: QuoteMatch[] = [];
  const exact = bestExact(text, quote, starts, ctx);
  if (exact) {
    // Verbatim, with its context intact: nothing can score higher.
    if (exact.contextScore === 1) return exact;
    candidates.push(exact);
  }
  // A match may run past the end of the range by the quote's length and budget.
  const reach = Math.ceil(quote.length * (1 + MAX_ERROR_RATE));
  candidates.push(...[bestApproximate(text, quote, from, Math.min(text.length, to + reach), starts, ctx)].filter((m) => m !== null));
  // A short edited quote may lose, on error count alone, to chance matches
  // elsewhere; look near where it used to be as well.
  if (ctx.hint !== undefined && !opts.within) {
    const near = Math.max(from, ctx.hint - quote.length * 2 - 256);
    const nearEnd = Math.min(text.length, ctx.hint + quote.length * 3 + 256);
    const m = bestApproximate(text, quote, near, nearEnd, starts, ctx);
    if (m) candidates.push(m);
  }
  let best: QuoteMatch | null = null;
  for (const m of candidates) {
    if (acceptable(m, quote.length, trustExact) && (!best || m.score > best.score)) best = m;
  }
  return best;
}
