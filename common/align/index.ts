/** Passage alignment, related passages and word diff: the public surface of common/align. */
export { alignDocuments, CORPUS_THRESHOLD, DEFAULT_K, DEFAULT_THRESHOLD } from './align';
export type { AlignedPair, Alignment, AlignOptions, Match, OffSpinePair } from './align';
export {
  buildSimilarityIndex,
  relatedPassages,
  SimilarityIndex,
  DEFAULT_SAME_DOCUMENT_WEIGHT,
} from './similarity-index';
export type { RelatedOptions, RelatedPassage, SimilarityIndexOptions } from './similarity-index';
export { CLOSE_SIMILARITY, DIFF_OPEN_SIMILARITY, countTokens, isClose, similarity, wordDiff } from './word-diff';
export type { DiffSegment, DiffSegmentType } from './word-diff';
export { DEFAULT_HEADING_WEIGHT, PASSAGE_KINDS, isPassage } from './terms';
