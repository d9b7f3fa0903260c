/**
 * DOM side of text anchoring: ranges ↔ selectors over rendered blocks
 * (`[data-block-id]`, skipping `[data-anchor-skip]`), and highlight painting.
 * Plain DOM, no React. The text model and matching live in common/anchoring.
 */
export { rangeToSelectors, selectorsToRange, docRangeToDom, type AnchoredRange } from './selectors';
export { paintHighlights, paintBlock, paintSegments, HIGHLIGHT_CLASS, type BlockSegment, type HighlightSpec, type PaintOptions } from './highlights';
export { blockText, textNodes, BLOCK_ATTR } from './dom-text';
