/**
 * An added document's search shard, in the format this build searches. A
 * shard written by an older build (another shard version or analyzer, or a
 * file that no longer parses) is rebuilt from the stored structured document,
 * never from the original file (no re-reading, no change to ids or text),
 * written over the old one atomically, and handed to search: the document
 * stays searchable across an upgrade of the index format.
 */
import { ANALYZER_VERSION, buildShard, type SerializedShard } from '../../common/search';
import { SHARD_FORMAT, SHARD_VERSION } from '../../common/search/shard';
import type { LibraryStore } from './store';

/** Written by this build's indexer: same format, version and analyzer. */
export function isCurrentShard(x: unknown): x is SerializedShard {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Partial<SerializedShard>;
  return s.format === SHARD_FORMAT && s.version === SHARD_VERSION && s.analyzer === ANALYZER_VERSION;
}

export function currentShard(store: LibraryStore, id: string): SerializedShard {
  let stored: unknown;
  try {
    stored = store.shard(id);
  } catch (e) {
    if (!(e instanceof SyntaxError) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    stored = undefined;
  }
  if (isCurrentShard(stored)) return stored;
  const entry = store.entry(id)!;
  const { blocks, footnotes } = store.body(id);
  const shard = buildShard({ ...entry, blocks, footnotes });
  store.replaceShard(id, shard);
  return shard;
}
