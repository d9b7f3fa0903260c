/**
 * Alignment and related passages over the corpus. The similarity index is
 * built on first use (not at start-up) and reused; alignments are cached per
 * pair, since the corpus does not change while the app runs.
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
