/**
 * Finding a stored highlight again in a document, which may have changed
 * since (a corrected transcription, a re-ingested source).
 *
 * 1. position: the stored position still holds the quoted text, in the same block;
 * 2. quote-in-block: the quote occurs in its block (prefix, suffix and the old
 *    position choose among several occurrences; a lightly edited copy with
 *    its context intact can win, and is then reported as quote-fuzzy);
 * 3. quote-fuzzy: the quote, or text within the error budget of it, anywhere
 *    in the document, ranked by context with the old position as a hint.
 * Otherwise the highlight is an orphan and `anchor` returns null.
 */
import type { TextQuoteSelector } from '../model';
import { docText, type HasBlocks } from './doc-text';
import { trimToBlocks } from './describe';
import { matchQuote } from './match-quote';

export type AnchorMethod = 'position' | 'quote-in-block' | 'quote-fuzzy';

/** What is needed to find a highlight: the stored part of an Annotation. */
export interface AnchorTarget {
  blockId: string;
  quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>;
  position: { start: number; end: number };
}

/**
 * Where a highlight is now. `start` and `end` are document-level code-point
 * offsets (the TextPositionSelector space); `blockId` is the block `start` is in.
 */
export interface Anchored {
  blockId: string;
  start: number;
  end: number;
  method: AnchorMethod;
}

export function anchor(doc: HasBlocks, target: AnchorTarget): Anchored | null {
  const model = docText(doc);
  const { text } = model;
  const exact = target.quote.exact;
  if (!exact || model.blocks.length === 0) return null;

  const result = (s: number, e: number, method: AnchorMethod): Anchored | null => {
    const span = trimToBlocks(model, s, e);
    if (!span) return null;
    return {
      blockId: model.blockAt(span.s)!.id,
      start: model.toCodePoints(span.s),
      end: model.toCodePoints(span.e),
      method,
    };
  };

  const hint = model.toUtf16(target.position.start);
  const block = model.byId.get(target.blockId);

  // 1. The stored position, verified against the quote and the block.
  if (block) {
    const s = hint;
    const e = model.toUtf16(target.position.end);
    if (s >= block.start && s < block.end && text.slice(s, e) === exact) return result(s, e, 'position');
  }

  const ctx = { prefix: target.quote.prefix, suffix: target.quote.suffix, hint };

  // 2. The quote in its block (it may run on into the following blocks);
  //    being in the right block vouches for an exact match of a short quote.
  if (block) {
    const found = matchQuote(text, exact, ctx, { within: { start: block.start, end: block.end }, trustExact: true });
    if (found) return result(found.start, found.end, found.errors === 0 ? 'quote-in-block' : 'quote-fuzzy');
  }

  // 3. Anywhere, exactly or approximately.
  const found = matchQuote(text, exact, ctx);
  return found ? result(found.start, found.end, 'quote-fuzzy') : null;
}
