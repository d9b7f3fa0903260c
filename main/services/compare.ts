/**
 * Alignment and related passages over the library. The similarity index is
 * built on first use (not at start-up) and reused; alignments are cached per
 * pair. Adding, correcting or removing a document drops both (`invalidate`):
 * the index's term weights depend on every document.
 */
import { alignDocuments, buildSimilarityIndex, relatedPassages, type Alignment, type SimilarityIndex } from '../../common/align';
import { UserError } from '../../common/result';
import type { Corpus } from './corpus';

export class CompareService {
  private index: SimilarityIndex | null = null;
  private readonly alignments = new Map<string, Alignment>();

  constructor(private readonly corpus: Corpus) {}

  private similarity(): SimilarityIndex {
    this.index ??= buildSimilarityIndex(this.corpus.all());
    return this.index;
  }

  /** The library changed: rebuild on next use. */
  invalidate(): void {
    this.index = null;
    this.alignments.clear();
  }

  align(leftId: string, rightId: string): Alignment {
    const key = `${leftId}\u0000${rightId}`;
    let a = this.alignments.get(key);
    if (!a) {
      a = alignDocuments(this.corpus.get(leftId), this.corpus.get(rightId), { index: this.similarity() });
      this.alignments.set(key, a);
    }
    return a;
  }

  related(docId: string, blockId: string) {
    const doc = this.corpus.get(docId);
    if (!doc.blocks.some((b) => b.id === blockId)) throw new UserError(`Document "${docId}" has no passage "${blockId}".`);
    return relatedPassages(this.similarity(), docId, blockId, 8);
  }
}
