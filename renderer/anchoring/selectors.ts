/**
 * The one place that converts between DOM Ranges and stored selectors
 * (hypothesis-style). A range is measured block by block against the
 * document's text model; a stored annotation is anchored in the document
 * model first (position, then quote, then fuzzy) and only then turned into
 * a Range over the rendered blocks.
 */
import { anchor, describeRange, docText, type Anchored, type AnchorTarget, type Selectors } from '../../common/anchoring';
import type { StructuredDocument } from '../../common/model';
import { BLOCK_ATTR, blockElements, offsetInBlock, pointAt } from './dom-text';

/** Document-level UTF-16 offset of a range boundary, or null if there is no block on that side. */
function boundaryOffset(root: Element, doc: StructuredDocument, container: Node, offset: number, side: 'start' | 'end'): number | null {
  const model = docText(doc);
  const el = container.nodeType === Node.ELEMENT_NODE ? (container as Element) : container.parentElement;
  const block = el?.closest(`[${BLOCK_ATTR}]`);
  const span = block && root.contains(block) ? model.byId.get(block.getAttribute(BLOCK_ATTR)!) : undefined;
  if (block && span) return span.start + Math.min(offsetInBlock(block, container, offset), span.end - span.start);

  // Outside any block (between blocks, in a heading wrapper, in the notes):
  // a start moves forward to the next block, an end back to the previous one.
  const point = root.ownerDocument.createRange();
  point.setStart(container, offset);
  let found: number | null = null;
  for (const [id, b] of blockElements(root)) {
    const s = model.byId.get(id);
    if (!s) continue;
    if (side === 'start' && point.comparePoint(b, 0) >= 0) return s.start;
    if (side === 'end' && point.comparePoint(b, b.childNodes.length) <= 0) found = s.end;
  }
  return found;
}

/**
 * Selectors for a DOM range over rendered blocks of `doc` under `root`;
 * null when it holds no document text. Throws SelectionError for a selection
 * too long to store.
 */
export function rangeToSelectors(root: Element, range: Range, doc: StructuredDocument): Selectors | null {
  const start = boundaryOffset(root, doc, range.startContainer, range.startOffset, 'start');
  const end = boundaryOffset(root, doc, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  const model = docText(doc);
  return describeRange(doc, model.toCodePoints(start), model.toCodePoints(end));
}

/** A DOM range for document code points [start, end), or null if a block is not rendered. */
export function docRangeToDom(root: Element, doc: StructuredDocument, start: number, end: number): Range | null {
  const model = docText(doc);
  const s = model.toUtf16(start);
  const e = model.toUtf16(end);
  const first = model.blockAt(s);
  const last = model.blockAt(e);
  if (!first || !last) return null;
  const els = blockElements(root);
  const startEl = els.get(first.id);
  const endEl = els.get(last.id);
  if (!startEl || !endEl) return null;
  const a = pointAt(startEl, s - first.start, 'start');
  const b = pointAt(endEl, Math.min(e, last.end) - last.start, 'end');
  const range = root.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

export interface AnchoredRange {
  range: Range;
  /** Where and how it was found; `method` other than 'position' means the document changed. */
  anchor: Anchored;
}

/** Finds a stored annotation in the rendered document; null when it is orphaned or not rendered. */
export function selectorsToRange(root: Element, target: AnchorTarget, doc: StructuredDocument): AnchoredRange | null {
  const anchored = anchor(doc, target);
  if (!anchored) return null;
  const range = docRangeToDom(root, doc, anchored.start, anchored.end);
  return range ? { range, anchor: anchored } : null;
}
