/**
 * Turning a selection of document text into stored selectors.
 *
 * A selection is given in code points, either relative to a block (as the
 * reader measures it) or over the whole document text. It may run across
 * several blocks; its ends are first pulled off the "\n\n" separators so a
 * selection dragged from the end of one paragraph does not start with a line
 * break, and its `blockId` is the block it starts in.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { docText, utf16LengthOfCodePoints, clamp, type DocText, type HasBlocks } from './doc-text';

/** Code points of context kept either side of a quote. */
export const CONTEXT_LENGTH = 32;
/** The schema's limit on `quote.exact` (UTF-16 units, as zod counts them). */
export const MAX_QUOTE_LENGTH = 20_000;

export interface Selectors {
  blockId: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Thrown for a selection that cannot be stored; the message can be shown as is. */
export class SelectionError extends Error {
  override name = 'SelectionError';
}

/**
 * Selectors for a selection measured from the start of block `blockId`:
 * `startInBlock` and `endInBlock` are code points from that block's first
 * character; `endInBlock` may exceed the block's length to reach into the
 * following blocks (each separator counts 2). Returns null for a selection
 * with no text in it.
 */
export function describe(doc: HasBlocks, blockId: string, startInBlock: number, endInBlock: number): Selectors | null {
  const model = docText(doc);
  const block = model.byId.get(blockId);
  if (!block) throw new SelectionError(`the document has no block "${blockId}"`);
  const base = model.toCodePoints(block.start);
  return describeRange(doc, base + startInBlock, base + endInBlock);
}

/** Selectors for [start, end) in document code points; null if nothing is selected. */
export function describeRange(doc: HasBlocks, start: number, end: number): Selectors | null {
  const model = docText(doc);
  const span = trimToBlocks(model, model.toUtf16(Math.min(start, end)), model.toUtf16(Math.max(start, end)));
  if (!span) return null;
  const { s, e } = span;
  const exact = model.text.slice(s, e);
  if (exact.length > MAX_QUOTE_LENGTH) {
    throw new SelectionError(
      `the selection is ${exact.length.toLocaleString('en')} characters long; a highlight can hold at most 20,000`,
    );
  }
  const before = model.text.slice(Math.max(0, s - CONTEXT_LENGTH * 2), s);
  const after = model.text.slice(e, e + CONTEXT_LENGTH * 2);
  return {
    blockId: model.blockAt(s)!.id,
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: before.slice(before.length - utf16LengthOfCodePoints(before, CONTEXT_LENGTH, true)),
      suffix: after.slice(0, utf16LengthOfCodePoints(after, CONTEXT_LENGTH)),
    },
    position: { type: 'TextPositionSelector', start: model.toCodePoints(s), end: model.toCodePoints(e) },
  };
}

/**
 * Pulls both ends of [s, e) (UTF-16) off block separators: the start moves
 * forward to the next block, the end back to the previous one. Null when no
 * block text is left.
 */
export function trimToBlocks(model: DocText, s0: number, e0: number): { s: number; e: number } | null {
  if (model.blocks.length === 0) return null;
  let s = clamp(s0, 0, model.text.length);
  let e = clamp(e0, 0, model.text.length);
  const first = model.blockAt(s)!;
  if (s >= first.end) {
    const next = model.blocks[first.index + 1];
    if (!next) return null;
    s = next.start;
  } else if (s < first.start) s = first.start;
  const last = model.blockAt(e)!;
  if (e <= last.start && last.index > 0) e = model.blocks[last.index - 1]!.end;
  else if (e > last.end) e = last.end;
  return e > s ? { s, e } : null;
}
