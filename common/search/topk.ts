/**
 * Ranking order and top-k selection: the engine scores every matching block
 * but only keeps the best `k` in a heap, so a query matching tens of
 * thousands of blocks sorts only those it returns.
 */
import type { LoadedShard } from './library';

export interface Candidate {
  score: number;
  shard: LoadedShard;
  block: number;
}

/** true when a ranks before b: higher score, then document id, then block order (deterministic ties). */
export function before(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.shard.docId !== b.shard.docId) return a.shard.docId < b.shard.docId;
  return a.block < b.block;
}

/** Candidates in rank order (a new array). */
export function ranked(list: readonly Candidate[]): Candidate[] {
  return [...list].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/** Keeps the best `k` candidates (a min-heap on rank). */
export class TopK {
  readonly items: Candidate[] = [];
  constructor(private readonly k: number) {}

  private worse(i: number, j: number): boolean {
    return before(this.items[j] as Candidate, this.items[i] as Candidate);
  }

  private swap(i: number, j: number): void {
    const t = this.items[i] as Candidate;
    this.items[i] = this.items[j] as Candidate;
    this.items[j] = t;
  }

  push(c: Candidate): void {
    const h = this.items;
    if (h.length < this.k) {
      h.push(c);
      for (let i = h.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    if (!before(c, h[0] as Candidate)) return;
    h[0] = c;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.worse(l, m)) m = l;
      if (r < h.length && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  sorted(): Candidate[] {
    return ranked(this.items);
  }
}
