/**
 * The plain-text model of a document that every selector is measured in:
 * the blocks' `text` joined by "\n\n" in reading order.
 *
 * Selectors count Unicode code points (W3C), while JavaScript strings, the
 * DOM and approx-string-match count UTF-16 units. Everything here works in
 * UTF-16 internally and converts only at the edges, through `toCodePoints` /
 * `toUtf16`, which are exact even when a block holds astral characters
 * (emoji, mathematical letters) and are the identity when it does not.
 */
import type { Block } from '../model';

/** Separator between two blocks in the document text. */
export const BLOCK_SEPARATOR = '\n\n';

/** A block's place in the document text, in UTF-16 units. */
export interface BlockSpan {
  id: string;
  index: number;
  /** Offset of the block's first unit in `DocText.text`. */
  start: number;
  /** Offset just past the block's last unit. */
  end: number;
}

export interface DocText {
  /** The whole document text (UTF-16). */
  readonly text: string;
  readonly blocks: readonly BlockSpan[];
  readonly byId: ReadonlyMap<string, BlockSpan>;
  /** Length of `text` in code points. */
  readonly length: number;
  /** Code-point offset of a UTF-16 offset (an offset inside a pair counts as its start). */
  toCodePoints(u16: number): number;
  /** UTF-16 offset of a code-point offset. */
  toUtf16(cp: number): number;
  /** The block containing a UTF-16 offset, or the block before it when the offset is in a separator. */
  blockAt(u16: number): BlockSpan | undefined;
}

/** Anything with blocks: a StructuredDocument or a hand-made test document. */
export interface HasBlocks {
  readonly blocks: readonly Pick<Block, 'id' | 'text'>[];
}

const cache = new WeakMap<HasBlocks, DocText>();

/** The text model of a document; built once per document object and cached. */
export function docText(doc: HasBlocks): DocText {
  let model = cache.get(doc);
  if (!model) {
    model = buildDocText(doc);
    cache.set(doc, model);
  }
  return model;
}

function buildDocText(doc: HasBlocks): DocText {
  const spans: BlockSpan[] = [];
  const byId = new Map<string, BlockSpan>();
  const parts: string[] = [];
  let offset = 0;
  doc.blocks.forEach((block, index) => {
    if (index > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    const span: BlockSpan = { id: block.id, index, start: offset, end: offset + block.text.length };
    spans.push(span);
    // A duplicated id would make block-relative selectors ambiguous; the first wins.
    if (!byId.has(block.id)) byId.set(block.id, span);
    parts.push(block.text);
    offset = span.end;
  });
  const text = parts.join('');

  // UTF-16 offsets of the high surrogate of every surrogate pair, in order.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  // Code-point offset of each pair: its UTF-16 offset minus the pairs before it.
  const pairCp = pairs.map((u, k) => u - k);

  const toCodePoints = (u16: number): number => {
    const u = clamp(u16, 0, text.length);
    if (pairs.length === 0) return u;
    // Each pair starting before u is one unit longer than its code point;
    // an offset in the middle of a pair thereby lands on the pair's start.
    return u - countBelow(pairs, u, 0);
  };
  const toUtf16 = (cp: number): number => {
    const c = Math.max(0, Math.floor(cp));
    if (pairs.length === 0) return Math.min(c, text.length);
    return Math.min(text.length, c + countBelow(pairCp, c, 0));
  };
  const blockAt = (u16: number): BlockSpan | undefined => {
    let lo = 0;
    let hi = spans.length - 1;
    let found: BlockSpan | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = spans[mid]!;
      if (span.start <= u16) {
        found = span;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found ?? spans[0];
  };

  return { text, blocks: spans, byId, length: text.length - pairs.length, toCodePoints, toUtf16, blockAt };
}

/** Number of sorted values strictly below `x`. */
function countBelow(sorted: readonly number[], x: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** Number of code points in a string. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 length of the first `n` code points of `s` (or of the last `n` when `fromEnd`). */
export function utf16LengthOfCodePoints(s: string, n: number, fromEnd = false): number {
  let units = 0;
  let count = 0;
  if (!fromEnd) {
    while (count < n && units < s.length) {
      const high = s.charCodeAt(units);
      const low = s.charCodeAt(units + 1);
      units += high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
      count++;
    }
  } else {
    let i = s.length;
    while (count < n && i > 0) {
      const low = s.charCodeAt(i - 1);
      const high = i >= 2 ? s.charCodeAt(i - 2) : 0;
      i -= low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
      count++;
    }
    units = s.length - i;
  }
  return units;
}

/** The part of a document range in one block, in UTF-16 units of that block's text. */
export interface BlockPart {
  blockId: string;
  start: number;
  end: number;
}

/**
 * The parts of the document range [start, end) (code points) in each block
 * it touches, in reading order; separators between blocks belong to none.
 */
export function blockParts(model: DocText, start: number, end: number): BlockPart[] {
  const s = model.toUtf16(start);
  const e = model.toUtf16(end);
  const first = model.blockAt(s);
  if (!first || e <= s) return [];
  const out: BlockPart[] = [];
  for (let i = first.index; i < model.blocks.length; i++) {
    const span = model.blocks[i]!;
    if (span.start >= e) break;
    const from = Math.max(s, span.start) - span.start;
    const to = Math.min(e, span.end) - span.start;
    if (to > from) out.push({ blockId: span.id, start: from, end: to });
  }
  return out;
}
