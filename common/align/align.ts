/**
 * Passage alignment of two documents, for the side-by-side view.
 *
 * Each passage (see PASSAGE_KINDS) is a TF-IDF vector over the French stems of
 * `analyze` (the same analysis as search), plus the stems of its nearest
 * heading at a reduced weight. Two passages are similar by the cosine of their
 * vectors. By default idf is computed over the passages of the two documents
 * only, so that what the two texts have in common but the rest of their text
 * does not say stands out; passing a SimilarityIndex uses corpus-wide idf
 * instead (and its cached analysis for the documents it holds).
 */
import type { StructuredDocument } from '../model';
import { Postings, TopK } from './postings';
import { classifyOffSpine } from './moved';
import { heaviestIncreasingChain, type SpineCandidate } from './spine';
import {
  analyzeDocument,
  computeIdf,
  Vocabulary,
  weigh,
  type DocTerms,
  type SparseVector,
  type TermOptions,
} from './terms';
import type { SimilarityIndex } from './similarity-index';

/**
 * Cosine below which two passages are not considered aligned, with idf over
 * the two documents (the default). With corpus-wide idf (`index`), scores run
 * higher and CORPUS_THRESHOLD applies.
 *
 * How they were chosen (tests/unit/align/threshold.test.ts pins both facts):
 * the 2009 principles a)–h), k) of IC/2009/1 each have a passage of the 2008
 * return-migration paper that they restate (tests/unit/align/judgments.ts),
 * ranked first (one second with corpus idf); these nine true pairs score 0.176–0.277 (pair idf) and 0.186–0.330 (corpus idf). Five pairs
 * of documents on different subjects (e.g. the 2008 paper on return and the
 * 2017 conclusions on vulnerabilities) give the noise. The threshold is the
 * highest round value that keeps all nine true pairs: 0.17 with pair idf
 * (11 noise pairs remain for the 423 passages of the five unrelated pairs),
 * 0.18 with corpus idf (5 noise pairs). The margin to the weakest true pair
 * is thin (0.006 both): paraphrases in this corpus are lexically far apart,
 * and a higher threshold loses them first.
 */
export const DEFAULT_THRESHOLD = 0.17;
/** Threshold for corpus-wide idf (alignDocuments with `index`, relatedPassages); see DEFAULT_THRESHOLD. */
export const CORPUS_THRESHOLD = 0.18;
export const DEFAULT_K = 3;

export interface AlignOptions extends TermOptions {
  /** Candidates kept per passage and direction (default 3). */
  k?: number;
  /** Minimum cosine for a pair (default DEFAULT_THRESHOLD, or CORPUS_THRESHOLD with `index`). */
  threshold?: number;
  /**
   * Use corpus-wide idf (and cached vectors) from this index rather than idf
   * over the two documents. Documents not in the index are analysed on the
   * fly against its statistics. `headingWeight` is then the index's.
   */
  index?: SimilarityIndex;
}

export interface AlignedPair {
  leftId: string;
  rightId: string;
  /** Cosine similarity, 0..1. */
  score: number;
}

/** A pair off the spine, shown as moved (it crosses the spine) or as a second match; see moved.ts. */
export interface OffSpinePair extends AlignedPair {
  crosses: boolean;
}

export interface Match {
  id: string;
  score: number;
}

export interface Alignment {
  leftId: string;
  rightId: string;
  threshold: number;
  /**
   * Every pair that is in the top k of either side and above threshold, once,
   * in left reading order. These may cross each other: the side-by-side view
   * numbers only `spine` and shows `offSpine` as moved passages.
   */
  pairs: AlignedPair[];
  /** For every left passage (key present even when nothing matches), its best right passages, best first. */
  leftToRight: Record<string, Match[]>;
  /** For every right passage, its best left passages, best first. */
  rightToLeft: Record<string, Match[]>;
  /**
   * Anchors for synchronised scrolling: a subset of `pairs`, strictly
   * increasing in reading order on both sides, with the largest total score.
   */
  spine: AlignedPair[];
  /**
   * For each passage without a spine pair but with a candidate, its best
   * candidate, flagged `crosses` when it goes against the spine's order
   * (a moved passage). Never drawn as a normal pair.
   */
  offSpine: OffSpinePair[];
  /** Passages (ids, reading order) with no candidate above threshold, per side. */
  unmatchedLeft: string[];
  unmatchedRight: string[];
}

/** Vectors of two documents, ready to be compared. */
export interface AlignInput {
  left: { terms: DocTerms; vectors: SparseVector[] };
  right: { terms: DocTerms; vectors: SparseVector[] };
  vocabSize: number;
}

function pairInput(left: StructuredDocument, right: StructuredDocument, opts: TermOptions): AlignInput {
  const vocab = new Vocabulary();
  const l = analyzeDocument(left, vocab, opts);
  const r = analyzeDocument(right, vocab, opts);
  const idf = computeIdf([l.counts, r.counts], vocab.size);
  return {
    left: { terms: l, vectors: l.counts.map((c) => weigh(c, idf)) },
    right: { terms: r, vectors: r.counts.map((c) => weigh(c, idf)) },
    vocabSize: vocab.size,
  };
}

/** Aligns the passages of two documents (see Alignment). */
export function alignDocuments(
  left: StructuredDocument,
  right: StructuredDocument,
  opts: AlignOptions = {},
): Alignment {
  const input = opts.index ? opts.index.alignInput(left, right) : pairInput(left, right, opts);
  const threshold = opts.threshold ?? (opts.index ? CORPUS_THRESHOLD : DEFAULT_THRESHOLD);
  return alignVectors(input, opts.k ?? DEFAULT_K, threshold);
}

const clamp01 = (s: number): number => (s > 1 ? 1 : s);

/** The alignment proper, once both sides are vectors. */
export function alignVectors(input: AlignInput, k: number, threshold: number): Alignment {
  const L = input.left.terms.passages;
  const R = input.right.terms.passages;
  const postings = new Postings(input.right.vectors, input.vocabSize);
  const rowTop = L.map(() => new TopK(k));
  const colTop = R.map(() => new TopK(k));
  input.left.vectors.forEach((v, i) => {
    const row = rowTop[i]!;
    postings.forEachMatch(v, (j, raw) => {
      const s = clamp01(raw);
      if (s < threshold) return;
      row.offer(j, s);
      colTop[j]!.offer(i, s);
    });
  });

  const leftToRight: Record<string, Match[]> = {};
  const rightToLeft: Record<string, Match[]> = {};
  // Merge both directions: pair (i, j) -> score, keyed i * |R| + j.
  const merged = new Map<number, number>();
  rowTop.forEach((top, i) => {
    leftToRight[L[i]!.id] = top.ids.map((j, n) => ({ id: R[j]!.id, score: top.scores[n]! }));
    top.ids.forEach((j, n) => merged.set(i * R.length + j, top.scores[n]!));
  });
  colTop.forEach((top, j) => {
    rightToLeft[R[j]!.id] = top.ids.map((i, n) => ({ id: L[i]!.id, score: top.scores[n]! }));
    top.ids.forEach((i, n) => merged.set(i * R.length + j, top.scores[n]!));
  });

  const keys = [...merged.keys()].sort((a, b) => a - b);
  const candidates: SpineCandidate[] = keys.map((key) => ({
    left: Math.floor(key / R.length),
    right: key % R.length,
    weight: merged.get(key)!,
  }));
  const toPair = (c: SpineCandidate): AlignedPair => ({
    leftId: L[c.left]!.id,
    rightId: R[c.right]!.id,
    score: c.weight,
  });
  const chain = heaviestIncreasingChain(candidates, R.length);
  const classified = classifyOffSpine(candidates, chain, L.length, R.length);
  return {
    leftId: input.left.terms.doc.id,
    rightId: input.right.terms.doc.id,
    threshold,
    pairs: candidates.map(toPair),
    leftToRight,
    rightToLeft,
    spine: chain.map((i) => toPair(candidates[i]!)),
    offSpine: classified.offSpine.map((o) => ({ ...toPair(candidates[o.candidate]!), crosses: o.crosses })),
    unmatchedLeft: classified.unmatchedLeft.map((i) => L[i]!.id),
    unmatchedRight: classified.unmatchedRight.map((j) => R[j]!.id),
  };
}
