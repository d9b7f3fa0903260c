/**
 * Corpus-wide passage similarity: "related passages" in every document.
 *
 * Documents are analysed once, when added (`addDocument`); idf, the unit
 * vectors and the inverted index depend on the whole corpus and are rebuilt
 * lazily, on the first query after a change, in time linear in the number of
 * (passage, stem) entries (a few milliseconds for the bundled corpus). So the
 * library can grow one document at a time without re-analysing the others.
 */
import type { StructuredDocument } from '../model';
import type { AlignInput } from './align';
import { CORPUS_THRESHOLD } from './align';
import { Postings, TopK } from './postings';
import {
  analyzeDocument,
  computeIdf,
  DEFAULT_HEADING_WEIGHT,
  Vocabulary,
  weigh,
  type DocTerms,
  type SparseVector,
} from './terms';

export interface SimilarityIndexOptions {
  /** See TermOptions.headingWeight. */
  headingWeight?: number;
}

export interface RelatedOptions {
  /**
   * Factor applied to the score of passages of the same document, so that
   * other documents come first unless the same document says much the same
   * thing again (default 0.8). 0 leaves the same document out.
   */
  sameDocumentWeight?: number;
  /** Minimum (weighted) score of a hit (default CORPUS_THRESHOLD). */
  minScore?: number;
}

export interface RelatedPassage {
  docId: string;
  blockId: string;
  /** Cosine similarity, times `sameDocumentWeight` for the same document. */
  score: number;
}

export const DEFAULT_SAME_DOCUMENT_WEIGHT = 0.8;

interface Snapshot {
  vectors: Map<string, SparseVector[]>;
  /** Flat list of every passage, in document insertion order. */
  refs: Array<{ docId: string; blockId: string }>;
  flat: SparseVector[];
  idf: Float64Array;
  postings: Postings;
  /** (docId, blockId) -> position in refs. */
  position: Map<string, Map<string, number>>;
}

export class SimilarityIndex {
  private readonly vocab = new Vocabulary();
  private readonly docs = new Map<string, DocTerms>();
  private snapshot: Snapshot | null = null;
  readonly headingWeight: number;

  constructor(opts: SimilarityIndexOptions = {}) {
    this.headingWeight = opts.headingWeight ?? DEFAULT_HEADING_WEIGHT;
  }

  /** Adds a document, or replaces the one with the same id. */
  addDocument(doc: StructuredDocument): void {
    this.docs.set(doc.id, analyzeDocument(doc, this.vocab, { headingWeight: this.headingWeight }));
    this.snapshot = null;
  }

  removeDocument(docId: string): boolean {
    const had = this.docs.delete(docId);
    if (had) this.snapshot = null;
    return had;
  }

  has(docId: string): boolean {
    return this.docs.has(docId);
  }

  get documentIds(): string[] {
    return [...this.docs.keys()];
  }

  get passageCount(): number {
    let n = 0;
    for (const d of this.docs.values()) n += d.passages.length;
    return n;
  }

  /** Builds idf, vectors and postings now rather than on the first query. */
  prepare(): void {
    this.current();
  }

  private current(): Snapshot {
    if (this.snapshot) return this.snapshot;
    const all = [...this.docs.values()];
    const idf = computeIdf(
      all.map((d) => d.counts),
      this.vocab.size,
    );
    const vectors = new Map<string, SparseVector[]>();
    const refs: Snapshot['refs'] = [];
    const flat: SparseVector[] = [];
    const position = new Map<string, Map<string, number>>();
    for (const d of all) {
      const vs = d.counts.map((c) => weigh(c, idf));
      vectors.set(d.doc.id, vs);
      const pos = new Map<string, number>();
      d.passages.forEach((b, i) => {
        pos.set(b.id, refs.length);
        refs.push({ docId: d.doc.id, blockId: b.id });
        flat.push(vs[i]!);
      });
      position.set(d.doc.id, pos);
    }
    this.snapshot = { vectors, refs, flat, idf, postings: new Postings(flat, this.vocab.size), position };
    return this.snapshot;
  }

  /** The passages most similar to one passage: other documents first, each group best first; at most k. */
  related(docId: string, blockId: string, k: number, opts: RelatedOptions = {}): RelatedPassage[] {
    const snap = this.current();
    const self = snap.position.get(docId)?.get(blockId);
    if (self === undefined) return [];
    const sameWeight = opts.sameDocumentWeight ?? DEFAULT_SAME_DOCUMENT_WEIGHT;
    const minScore = opts.minScore ?? CORPUS_THRESHOLD;
    // Other documents first: a delegate asking "where else is this said?"
    // wants the other texts; the same document only fills the remaining places.
    const others = new TopK(k);
    const same = new TopK(k);
    snap.postings.forEachMatch(snap.flat[self]!, (n, raw) => {
      if (n === self) return;
      const inSame = snap.refs[n]!.docId === docId;
      const s = Math.min(1, raw) * (inSame ? sameWeight : 1);
      if (s >= minScore && s > 0) (inSame ? same : others).offer(n, s);
    });
    const hits = (top: TopK) => top.ids.map((n, i) => ({ ...snap.refs[n]!, score: top.scores[i]! }));
    return [...hits(others), ...hits(same)].slice(0, k);
  }

  /**
   * Vectors of two documents against the corpus statistics, for
   * alignDocuments. A document is taken from the index when the index holds
   * that very object; otherwise it is analysed now (and not added).
   */
  alignInput(left: StructuredDocument, right: StructuredDocument): AlignInput {
    const snap = this.current();
    const side = (doc: StructuredDocument): AlignInput['left'] => {
      const held = this.docs.get(doc.id);
      if (held && held.doc === doc) return { terms: held, vectors: snap.vectors.get(doc.id)! };
      // Analyse against the shared vocabulary; stems the corpus has never seen
      // get the idf of a stem found once (the rarest), which is what they are.
      const terms = analyzeDocument(doc, this.vocab, { headingWeight: this.headingWeight });
      const rare = Math.log(1 + snap.refs.length);
      const idf = new Float64Array(this.vocab.size).fill(rare);
      idf.set(snap.idf.subarray(0, Math.min(snap.idf.length, idf.length)));
      for (let t = 0; t < snap.idf.length; t++) if (snap.idf[t] === 0) idf[t] = rare;
      return { terms, vectors: terms.counts.map((c) => weigh(c, idf)) };
    };
    const l = side(left);
    const r = side(right);
    return { left: l, right: r, vocabSize: this.vocab.size };
  }
}

/** An index of the given documents (more can be added with addDocument). */
export function buildSimilarityIndex(
  docs: readonly StructuredDocument[],
  opts: SimilarityIndexOptions = {},
): SimilarityIndex {
  const index = new SimilarityIndex(opts);
  for (const d of docs) index.addDocument(d);
  index.prepare();
  return index;
}

/**
 * Passages similar to `blockId` of `docId` across the corpus (excluding
 * itself), best first, at most `k`. Empty for an unknown document or block
 * and for a heading (headings are not passages).
 */
export function relatedPassages(
  index: SimilarityIndex,
  docId: string,
  blockId: string,
  k = 5,
  opts: RelatedOptions = {},
): RelatedPassage[] {
  return index.related(docId, blockId, k, opts);
}
