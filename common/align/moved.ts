/**
 * What the side-by-side view shows besides the spine (see spine.ts).
 *
 * The spine is the trustworthy set of pairs: one-to-one and increasing on
 * both sides, so drawn as pairs they never cross. A candidate pair off the
 * spine is still worth showing when one of its passages has no spine pair:
 * that passage says much the same thing as a passage elsewhere in the other
 * document. It is shown as *moved* (it crosses the spine: the other text
 * says it in another order) or as a *second match* (it does not cross: the
 * other passage is already paired, and this one repeats it), never as a normal
 * pair. Passages with no candidate above the threshold at all are
 * *unmatched*, and each side marks them.
 */
import type { SpineCandidate } from './spine';

export interface OffSpine {
  /** Index into the candidates. */
  candidate: number;
  /** True when the pair goes against the order of the spine. */
  crosses: boolean;
}

export interface Classified {
  offSpine: OffSpine[];
  /** Positions of the passages in no candidate, per side. */
  unmatchedLeft: number[];
  unmatchedRight: number[];
}

/**
 * Classifies candidates given the spine (indices into `candidates`). For each
 * passage off the spine that has candidates, its best one is kept (a pair
 * kept for its left passage is not repeated for its right one).
 */
export function classifyOffSpine(
  candidates: readonly SpineCandidate[],
  spine: readonly number[],
  leftSize: number,
  rightSize: number,
): Classified {
  const onSpine = new Set(spine);
  const spineLeft = new Set<number>();
  const spineRight = new Set<number>();
  for (const i of spine) {
    spineLeft.add(candidates[i]!.left);
    spineRight.add(candidates[i]!.right);
  }
  // Spine sorted by left; crossing test: some spine pair is before on one side and after on the other.
  const chain = spine.map((i) => candidates[i]!);
  const crosses = (c: SpineCandidate): boolean =>
    chain.some((s) => (s.left < c.left && s.right > c.right) || (s.left > c.left && s.right < c.right));

  const bestLeft = new Map<number, number>();
  const bestRight = new Map<number, number>();
  const seenLeft = new Set<number>();
  const seenRight = new Set<number>();
  candidates.forEach((c, i) => {
    seenLeft.add(c.left);
    seenRight.add(c.right);
    if (onSpine.has(i)) return;
    if (!spineLeft.has(c.left)) {
      const b = bestLeft.get(c.left);
      if (b === undefined || c.weight > candidates[b]!.weight) bestLeft.set(c.left, i);
    }
    if (!spineRight.has(c.right)) {
      const b = bestRight.get(c.right);
      if (b === undefined || c.weight > candidates[b]!.weight) bestRight.set(c.right, i);
    }
  });
  const kept = new Set(bestLeft.values());
  for (const [right, i] of bestRight) {
    // Already shown through its left passage's best pair? Then this right passage is covered.
    const viaLeft = [...kept].some((k) => candidates[k]!.right === right);
    if (!viaLeft) kept.add(i);
  }
  const offSpine = [...kept]
    .sort((a, b) => candidates[a]!.left - candidates[b]!.left || candidates[a]!.right - candidates[b]!.right)
    .map((i) => ({ candidate: i, crosses: crosses(candidates[i]!) }));
  const range = (n: number, seen: Set<number>) => Array.from({ length: n }, (_, i) => i).filter((i) => !seen.has(i));
  return { offSpine, unmatchedLeft: range(leftSize, seenLeft), unmatchedRight: range(rightSize, seenRight) };
}
