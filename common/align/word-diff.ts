/**
 * Word-level diff of two passages, for the side-by-side view.
 *
 * Semantics (what counts as a change):
 * - The texts are cut into tokens: a *word* is a run of letters, combining
 *   marks and digits; every other visible character (punctuation, quotes,
 *   dashes, symbols) is a token of its own; whitespace is not a token.
 * - Tokens are compared after Unicode NFC normalisation, with the invisible
 *   soft hyphen and zero-width joiners removed, and with typographic variants
 *   that a reader cannot tell apart unified: the apostrophes ’ ʼ ' (the corpus
 *   mixes them within one document) and the hyphens ‐ ‑ -.
 * - Everything else is compared exactly: a change of accent (« role » →
 *   « rôle »), of case, or of punctuation (« , » → « ; », « " » → « « ») IS a
 *   change.
 * - Whitespace is never compared: a space, a no-break space, a narrow no-break
 *   space, a tab or a line break (hard-wrapped PDF lines), one or several, are
 *   all the same separator, and their presence or absence between two tokens
 *   is not a change either.
 *
 * Output: segments in reading order, adjacent segments never share a type, and
 * within one changed region the `delete` comes before the `insert`.
 * Concatenating the `equal` and `insert` texts gives `b` exactly; concatenating
 * the `equal` and `delete` texts gives `a` up to whitespace and the unified
 * variants (an `equal` segment carries the new text, `b`, including its
 * spacing).
 */
import { diffArrays } from 'diff';

export type DiffSegmentType = 'equal' | 'insert' | 'delete';
export interface DiffSegment {
  type: DiffSegmentType;
  text: string;
}

/**
 * Two passages are "close" (a word diff is worth showing rather than two
 * unrelated texts) when at least half of their tokens are shared in order:
 * `similarity(a, b) >= CLOSE_SIMILARITY`. Below that, a word diff is mostly
 * red and green and reads worse than the two texts side by side.
 */
export const CLOSE_SIMILARITY = 0.5;

/**
 * Token similarity from which the side-by-side view opens the word diff of a
 * picked pair by default (it can always be opened by hand). Chosen on the
 * corpus (tests/unit/align/diff-threshold.test.ts pins it): the related IOM
 * papers restate rather than copy, so their aligned pairs share only 16–27 %
 * of their tokens in order; IC/2009/1 against the 2008 return paper has 4 of
 * its 6 spine pairs at 0.20 or more (0.204–0.267), the 2017 concept note
 * against the 2017 conclusions 3 of 6. Below 0.2 a diff is mostly red and
 * green. Unrelated documents give few pairs, and a pair there can reach this
 * too (0.22 for the 2008 paper against A/68/370): it is a reading aid, not a
 * verdict, which is why the pair's score is always shown beside it.
 */
export const DIFF_OPEN_SIMILARITY = 0.2;

interface Token {
  /** Whitespace that precedes the token in the source. */
  lead: string;
  text: string;
  key: string;
}

// Word: letters, marks, digits, plus invisible in-word characters (soft hyphen,
// ZWNJ, ZWJ, word joiner) so that they never split a word. U+02BC (an
// apostrophe that Unicode files as a letter) is punctuation, like ’.
const TOKEN_RE =
  /([\s\u200B]*)(?:((?:(?!\u02BC)[\p{L}\p{M}\p{N}\u00AD\u200C\u200D\u2060])+)|([^\s\u200B]))/gu;
const INVISIBLE_RE = /[\u00AD\u200C\u200D\u2060]/g;
const APOSTROPHE_RE = /[\u2019\u02BC]/g;
const HYPHEN_RE = /[\u2010\u2011]/g;

/** The comparison key of a token (see the module comment). */
function tokenKey(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE_RE, '').replace(APOSTROPHE_RE, "'").replace(HYPHEN_RE, '-');
}

interface Tokenized {
  tokens: Token[];
  /** Whitespace after the last token. */
  trail: string;
}

function tokenize(s: string): Tokenized {
  const tokens: Token[] = [];
  let end = 0;
  for (const m of s.matchAll(TOKEN_RE)) {
    const text = m[2] ?? m[3] ?? '';
    tokens.push({ lead: m[1] ?? '', text, key: tokenKey(text) });
    end = (m.index ?? 0) + m[0].length;
  }
  return { tokens, trail: s.slice(end) };
}

const join = (tokens: Token[], from: number, to: number): string => {
  let out = '';
  for (let i = from; i < to; i++) out += tokens[i]!.lead + tokens[i]!.text;
  return out;
};

/** Appends a segment, merging it into the previous one when the type is the same. */
function push(out: DiffSegment[], type: DiffSegmentType, text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.type === type) last.text += text;
  else out.push({ type, text });
}

/** Word-level diff from `a` (old) to `b` (new); see the module comment for what is compared. */
export function wordDiff(a: string, b: string): DiffSegment[] {
  const ta = tokenize(a);
  const tb = tokenize(b);
  const changes = diffArrays(
    ta.tokens.map((t) => t.key),
    tb.tokens.map((t) => t.key),
  );
  const out: DiffSegment[] = [];
  let i = 0; // position in a's tokens
  let j = 0; // position in b's tokens
  for (let c = 0; c < changes.length; c++) {
    const ch = changes[c]!;
    if (!ch.added && !ch.removed) {
      push(out, 'equal', join(tb.tokens, j, j + ch.count));
      i += ch.count;
      j += ch.count;
      continue;
    }
    // One changed region: the removed and added runs that follow each other.
    let del = 0;
    let ins = 0;
    while (c < changes.length && (changes[c]!.added || changes[c]!.removed)) {
      if (changes[c]!.removed) del += changes[c]!.count;
      else ins += changes[c]!.count;
      c++;
    }
    c--;
    const delText = join(ta.tokens, i, i + del);
    const insText = join(tb.tokens, j, j + ins);
    const delLead = del > 0 ? ta.tokens[i]!.lead : '';
    const insLead = ins > 0 ? tb.tokens[j]!.lead : '';
    if (del > 0 && ins > 0 && delLead !== '' && insLead !== '') {
      // A replacement between two separators: keep the separator out of the
      // marked text so that the strike-through and underline cover words only.
      push(out, 'equal', insLead);
      push(out, 'delete', delText.slice(delLead.length));
      push(out, 'insert', insText.slice(insLead.length));
    } else {
      push(out, 'delete', delText);
      push(out, 'insert', insText);
    }
    i += del;
    j += ins;
  }
  push(out, 'equal', tb.trail);
  return out;
}

/** Number of tokens (words and punctuation marks) of a text, as `wordDiff` counts them. */
export function countTokens(s: string): number {
  return tokenize(s).tokens.length;
}

/**
 * Share of tokens that two texts have in common, in order: 2·common / (|a|+|b|),
 * from 0 (nothing in common) to 1 (equal up to whitespace and the unified
 * variants). Two empty texts have similarity 1.
 *
 * With `min`, the diff gives up as soon as the result is sure to be below
 * `min` and returns 0, which keeps the cost low on unrelated long passages.
 */
export function similarity(a: string, b: string, min = 0): number {
  const ka = tokenize(a).tokens.map((t) => t.key);
  const kb = tokenize(b).tokens.map((t) => t.key);
  const total = ka.length + kb.length;
  if (total === 0) return 1;
  // ratio >= min  <=>  edits = total - 2·common <= (1 - min)·total
  const maxEditLength = Math.floor((1 - min) * total);
  const changes = diffArrays(ka, kb, { maxEditLength });
  if (!changes) return 0;
  let common = 0;
  for (const ch of changes) if (!ch.added && !ch.removed) common += ch.count;
  return (2 * common) / total;
}

/** Whether a word diff of the two texts is worth showing (see CLOSE_SIMILARITY). */
export function isClose(a: string, b: string): boolean {
  return similarity(a, b, CLOSE_SIMILARITY) >= CLOSE_SIMILARITY;
}
