import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Postings, TopK } from '../../../common/align/postings';
import { dot, type SparseVector } from '../../../common/align/terms';

const vec = (entries: Array<[number, number]>): SparseVector => {
  const m = new Map(entries);
  const terms = Int32Array.from(m.keys()).sort();
  return { terms, weights: Float64Array.from(terms, (t) => m.get(t)!) };
};

describe('Postings', () => {
  it('gives the same scores as the pairwise dot product, and skips vectors with nothing in common (property)', () => {
    const entry = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0.01, max: 1, noNaN: true }));
    const v = fc.array(entry, { maxLength: 8 }).map(vec);
    fc.assert(
      fc.property(fc.array(v, { maxLength: 12 }), v, (indexed, q) => {
        const got = new Map<number, number>();
        new Postings(indexed, 31).forEachMatch(q, (n, s) => got.set(n, s));
        indexed.forEach((d, n) => {
          const want = dot(q, d);
          if (want > 0) expect(got.get(n)).toBeCloseTo(want, 9);
          else expect(got.has(n)).toBe(false);
        });
      }),
    );
  });

  it('ignores query terms the index has never seen', () => {
    const p = new Postings([vec([[1, 1]])], 2);
    const hits: number[] = [];
    p.forEachMatch(vec([[1, 0.5], [7, 1]]), (n, s) => hits.push(n, s));
    expect(hits).toEqual([0, 0.5]);
  });
});

describe('TopK', () => {
  it('keeps the k best, best first, earlier id first on ties', () => {
    const top = new TopK(3);
    for (const [id, s] of [[5, 0.2], [1, 0.9], [2, 0.2], [3, 0.5], [4, 0.1], [0, 0.2]] as const) top.offer(id, s);
    expect(top.ids).toEqual([1, 3, 0]);
    expect(top.scores).toEqual([0.9, 0.5, 0.2]);
  });

  it('rounds k down and keeps nothing for NaN or a negative k', () => {
    const two = new TopK(2.7);
    [0.1, 0.2, 0.3].forEach((s, i) => two.offer(i, s));
    expect(two.ids).toEqual([2, 1]);
    for (const k of [NaN, -1, 0]) {
      const none = new TopK(k);
      none.offer(0, 1);
      expect(none.ids).toEqual([]);
    }
  });
});
