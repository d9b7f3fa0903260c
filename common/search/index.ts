/**
 * Plenary search: French analysis, per-document index shards, and the
 * library-wide engine. See README.md in this folder for the design.
 */
export { analyze, foldForMatch } from './analyzer';
export { findInText } from './fold';
export { findMatches } from './highlight';
export { buildShard, loadLunrIndex, serializeShard, toLunrIndexJSON, type SerializedShard } from './shard';
export { SearchEngine } from './engine';
export { ANALYZER_VERSION, PIPELINE_LABEL } from './pipeline';
