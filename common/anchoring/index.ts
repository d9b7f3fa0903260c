/**
 * Text anchoring over a structured document's plain text: turning selections
 * into W3C selectors (`describe`) and finding them again (`anchor`). Pure
 * TypeScript; the DOM side lives in renderer/anchoring.
 */
export { docText, blockParts, BLOCK_SEPARATOR, codePointLength, type DocText, type BlockSpan, type BlockPart, type HasBlocks } from './doc-text';
export {
  describe,
  describeRange,
  trimToBlocks,
  SelectionError,
  CONTEXT_LENGTH,
  MAX_QUOTE_LENGTH,
  type Selectors,
} from './describe';
export { anchor, type Anchored, type AnchorMethod, type AnchorTarget } from './anchor';
export { matchQuote, MAX_ERROR_RATE, type QuoteMatch } from './match-quote';
