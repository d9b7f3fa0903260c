/**
 * Timings of the alignment module, for the bench runner (`npm run bench`).
 * Pure: takes documents, returns numbers; the runner loads the corpus and
 * prints. Uses only `performance.now()`, available in Node and browsers.
 *
 * Three costs are told apart, because the app meets all three:
 * - first: nothing warm (JIT, the analyzer's per-word stem cache, and the
 *   per-block stem cache of common/align all empty);
 * - fresh: documents never aligned before (copies of the blocks), while the
 *   analyzer's per-word cache is warm, as it is after the first comparison;
 * - repeat: the same document objects again (the user switches sides).
 */
import { alignDocuments, buildSimilarityIndex, relatedPassages, type SimilarityIndex } from '../common/align';
import type { StructuredDocument } from '../common/model';

export interface AlignBench {
  left: string;
  right: string;
  passages: { left: number; right: number };
  firstMs: number;
  /** Median over `runs` alignments of fresh copies of the two documents. */
  freshMs: number;
  /** Median over `runs` alignments of the same two document objects. */
  repeatMs: number;
  runs: number;
  /** Aligned pairs above threshold, and spine length. */
  pairs: number;
  spine: number;
}

export interface SimilarityIndexBench {
  documents: number;
  passages: number;
  /** buildSimilarityIndex (analysis, idf, vectors, inverted index) of fresh copies of all documents: median. */
  buildMs: number;
  /** Adding the last document to an index of the others, then the first query (rebuild of idf and postings). */
  addOneMs: number;
  /** relatedPassages(k = 5) for every passage of the corpus, in total. */
  relatedAllMs: number;
  runs: number;
}

const round = (x: number): number => Math.round(x * 100) / 100;
const median = (xs: number[]): number => round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);

function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** A copy with new block objects, so that no per-block cache applies. */
const fresh = (d: StructuredDocument): StructuredDocument => ({ ...d, blocks: d.blocks.map((b) => ({ ...b })) });

/** Times alignDocuments(left, right) with default options (target: ≤ 200 ms for the two longest documents). */
export function benchAlign(left: StructuredDocument, right: StructuredDocument, runs = 7): AlignBench {
  const l = fresh(left);
  const r = fresh(right);
  const t0 = performance.now();
  const a = alignDocuments(l, r);
  const firstMs = performance.now() - t0;
  const freshRuns: number[] = [];
  const repeatRuns: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fl = fresh(left);
    const fr = fresh(right);
    freshRuns.push(timed(() => alignDocuments(fl, fr)));
    repeatRuns.push(timed(() => alignDocuments(l, r)));
  }
  return {
    left: left.id,
    right: right.id,
    passages: { left: Object.keys(a.leftToRight).length, right: Object.keys(a.rightToLeft).length },
    firstMs: round(firstMs),
    freshMs: median(freshRuns),
    repeatMs: median(repeatRuns),
    runs,
    pairs: a.pairs.length,
    spine: a.spine.length,
  };
}

/** Times building the corpus similarity index, adding one document, and querying every passage. */
export function benchSimilarityIndex(docs: readonly StructuredDocument[], runs = 5): SimilarityIndexBench {
  const builds: number[] = [];
  let index: SimilarityIndex | undefined;
  for (let i = 0; i < runs; i++) {
    const copies = docs.map(fresh);
    builds.push(timed(() => (index = buildSimilarityIndex(copies))));
  }
  const adds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const copies = docs.map(fresh);
    const partial = buildSimilarityIndex(copies.slice(0, -1));
    const last = copies[copies.length - 1]!;
    adds.push(
      timed(() => {
        partial.addDocument(last);
        partial.prepare();
      }),
    );
  }
  const idx = index!;
  const relatedAllMs = timed(() => {
    for (const d of docs) for (const b of d.blocks) relatedPassages(idx, d.id, b.id, 5);
  });
  return {
    documents: docs.length,
    passages: idx.passageCount,
    buildMs: median(builds),
    addOneMs: median(adds),
    relatedAllMs: round(relatedAllMs),
    runs,
  };
}
