/**
 * An inverted index over unit TF-IDF vectors, for candidate generation: the
 * similarity of a query to every passage is accumulated term by term over the
 * passages that share the term, so passages with nothing in common cost
 * nothing (no all-pairs loop).
 */
import type { SparseVector } from './terms';

export class Postings {
  /** Postings of term t are at [start[t], start[t + 1]). */
  private readonly start: Int32Array;
  private readonly targets: Int32Array;
  private readonly weights: Float64Array;
  private readonly acc: Float64Array;
  private readonly seen: Uint8Array;
  private readonly touched: Int32Array;

  constructor(vectors: readonly SparseVector[], vocabSize: number) {
    const start = new Int32Array(vocabSize + 1);
    for (const v of vectors) for (let i = 0; i < v.terms.length; i++) start[v.terms[i]! + 1]!++;
    for (let t = 0; t < vocabSize; t++) start[t + 1]! += start[t]!;
    const fill = start.slice(0, vocabSize);
    this.targets = new Int32Array(start[vocabSize]!);
    this.weights = new Float64Array(start[vocabSize]!);
    vectors.forEach((v, n) => {
      for (let i = 0; i < v.terms.length; i++) {
        const at = fill[v.terms[i]!]!++;
        this.targets[at] = n;
        this.weights[at] = v.weights[i]!;
      }
    });
    this.start = start;
    this.acc = new Float64Array(vectors.length);
    this.seen = new Uint8Array(vectors.length);
    this.touched = new Int32Array(vectors.length);
  }

  /**
   * Calls `visit(target, score)` once for every indexed vector whose dot
   * product with `q` is positive. Not re-entrant (shared scratch buffers).
   */
  forEachMatch(q: SparseVector, visit: (target: number, score: number) => void): void {
    const { start, targets, weights, acc, seen, touched } = this;
    let n = 0;
    for (let i = 0; i < q.terms.length; i++) {
      const t = q.terms[i]!;
      if (t + 1 >= start.length) continue; // a term the index has never seen
      const w = q.weights[i]!;
      for (let p = start[t]!, end = start[t + 1]!; p < end; p++) {
        const d = targets[p]!;
        if (!seen[d]) {
          seen[d] = 1;
          touched[n++] = d;
        }
        acc[d]! += w * weights[p]!;
      }
    }
    for (let i = 0; i < n; i++) {
      const d = touched[i]!;
      const s = acc[d]!;
      acc[d] = 0;
      seen[d] = 0;
      if (s > 0) visit(d, s);
    }
  }
}

/** Keeps the k best (score, id) entries, best first; ties go to the earlier id. */
export class TopK {
  readonly ids: number[] = [];
  readonly scores: number[] = [];
  private readonly k: number;
  /** `k` is rounded down; NaN or a negative k keeps nothing, Infinity keeps everything. */
  constructor(k: number) {
    this.k = Number.isNaN(k) ? 0 : Math.max(0, Math.floor(k));
  }

  offer(id: number, score: number): void {
    const { ids, scores, k } = this;
    if (k <= 0) return;
    if (ids.length === k) {
      const worst = scores[k - 1]!;
      if (score < worst || (score === worst && id > ids[k - 1]!)) return;
    }
    let at = ids.length;
    while (at > 0 && (scores[at - 1]! < score || (scores[at - 1] === score && ids[at - 1]! > id))) at--;
    ids.splice(at, 0, id);
    scores.splice(at, 0, score);
    if (ids.length > k) {
      ids.pop();
      scores.pop();
    }
  }
}
