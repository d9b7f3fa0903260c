/**
 * Paragraph numbers as people type them ("23", "3a", "3 (a)") and as
 * documents carry them (`Block.number`: "23", "3-a"), and going to one.
 */
import type { Block, StructuredDocument } from '../../common/model';
import { hrefPassage, navigate } from '../router';
import { scrollIntoViewSettled } from './scroll-settle';

/** A typed paragraph number, as a regular expression source: digits, then perhaps a letter. */
export const TYPED_NUMBER = String.raw`\d{1,4}(?:\s*[-.]?\s*\(?[a-z]\)?)?`;

const WHOLE = new RegExp(String.raw`^(\d{1,4})(?:\s*[-.]?\s*\(?([a-z])\)?)?$`);

/** The number as documents write it ("3-a") for a typed one ("3a", "3.a", "3 (A)"), or null. */
export function paragraphNumber(typed: string): string | null {
  const m = typed.trim().toLowerCase().match(WHOLE);
  if (!m) return null;
  return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
}

/** The block a typed number names in `doc`, if the document has it. */
export function findParagraph(doc: StructuredDocument, typed: string): Block | undefined {
  const n = paragraphNumber(typed);
  return n === null ? undefined : doc.blocks.find((b) => b.number === n);
}

/**
 * Opens the passage's route. When that route is already the current one the
 * reader would stay where it was scrolled to, so the passage is brought back
 * into view here: at the top, just under the header (the blocks' scroll-margin-top).
 */
export function goToParagraph(docId: string, block: Block): void {
  const href = hrefPassage(docId, block.id, block.number);
  const el = window.location.hash === href ? document.querySelector(`[data-block-id="${block.id}"]`) : null;
  if (el) scrollIntoViewSettled(el, 'start');
  else navigate(href);
}
