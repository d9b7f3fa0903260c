import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestIncreasingChain, type SpineCandidate } from '../../../common/align/spine';

/** Quadratic reference: best weight of a chain strictly increasing on both sides. */
function bruteForce(cs: SpineCandidate[]): number {
  const order = cs.map((_, i) => i).sort((a, b) => cs[a]!.left - cs[b]!.left || cs[a]!.right - cs[b]!.right);
  const best: number[] = [];
  let top = 0;
  order.forEach((i, x) => {
    let b = 0;
    for (let y = 0; y < x; y++) {
      const p = order[y]!;
      if (cs[p]!.left < cs[i]!.left && cs[p]!.right < cs[i]!.right) b = Math.max(b, best[y]!);
    }
    best[x] = b + cs[i]!.weight;
    top = Math.max(top, best[x]!);
  });
  return top;
}

describe('heaviestIncreasingChain', () => {
  it('returns nothing for no candidates', () => {
    expect(heaviestIncreasingChain([], 0)).toEqual([]);
  });

  it('prefers two strong anchors to three weak crossing ones', () => {
    const cs: SpineCandidate[] = [
      { left: 0, right: 2, weight: 0.9 },
      { left: 1, right: 0, weight: 0.3 },
      { left: 2, right: 1, weight: 0.3 },
      { left: 3, right: 3, weight: 0.9 },
    ];
    expect(heaviestIncreasingChain(cs, 4)).toEqual([0, 3]);
  });

  it('never chains two pairs on the same left or right passage', () => {
    const cs: SpineCandidate[] = [
      { left: 0, right: 0, weight: 0.5 },
      { left: 0, right: 1, weight: 0.5 },
      { left: 1, right: 1, weight: 0.5 },
    ];
    expect(heaviestIncreasingChain(cs, 2)).toEqual([0, 2]);
  });

  it('is strictly increasing and as heavy as the quadratic reference (property)', () => {
    const cand = fc.record({
      left: fc.integer({ min: 0, max: 15 }),
      right: fc.integer({ min: 0, max: 15 }),
      weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(cand, { maxLength: 40 }), (cs) => {
        const chain = heaviestIncreasingChain(cs, 16);
        for (let n = 1; n < chain.length; n++) {
          expect(cs[chain[n]!]!.left).toBeGreaterThan(cs[chain[n - 1]!]!.left);
          expect(cs[chain[n]!]!.right).toBeGreaterThan(cs[chain[n - 1]!]!.right);
        }
        const w = chain.reduce((s, i) => s + cs[i]!.weight, 0);
        expect(w).toBeCloseTo(bruteForce(cs), 9);
      }),
    );
  });
});
