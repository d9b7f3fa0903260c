/**
 * The spine of an alignment: the heaviest chain of pairs that is strictly
 * increasing on both sides. Scrolling keeps the two passages of each spine
 * pair level and interpolates in between, so the chain must never go back on
 * either side; among such chains we keep the one with the largest total weight
 * (a heaviest common subsequence), which favours many strong anchors over a
 * few weak ones.
 *
 * O(n log n) in the number of candidate pairs: pairs are swept by left
 * position and a Fenwick tree over right positions answers "best chain ending
 * strictly before right position j".
 */

export interface SpineCandidate {
  /** Position of the left passage in reading order. */
  left: number;
  /** Position of the right passage in reading order. */
  right: number;
  weight: number;
}

/** Indices into `candidates` of the heaviest strictly increasing chain, in order. */
export function heaviestIncreasingChain(candidates: readonly SpineCandidate[], rightSize: number): number[] {
  const order = candidates.map((_, i) => i).sort((a, b) => candidates[a]!.left - candidates[b]!.left);
  // Fenwick tree (1-based) of prefix maxima: best chain weight and its last candidate.
  const treeW = new Float64Array(rightSize + 1);
  const treeI = new Int32Array(rightSize + 1).fill(-1);
  const best = new Float64Array(candidates.length);
  const prev = new Int32Array(candidates.length).fill(-1);

  const query = (j: number): number => {
    // best candidate ending at right position < j (0-based), i.e. prefix [1..j]
    let w = 0;
    let at = -1;
    for (let x = j; x > 0; x -= x & -x) {
      if (treeW[x]! > w) {
        w = treeW[x]!;
        at = treeI[x]!;
      }
    }
    return at;
  };
  const update = (j: number, w: number, i: number): void => {
    for (let x = j + 1; x <= rightSize; x += x & -x) {
      if (w > treeW[x]!) {
        treeW[x] = w;
        treeI[x] = i;
      }
    }
  };

  let bestEnd = -1;
  for (let g = 0; g < order.length; ) {
    // Pairs sharing a left position cannot chain with each other: query them
    // all before any of them is added to the tree.
    let h = g;
    while (h < order.length && candidates[order[h]!]!.left === candidates[order[g]!]!.left) h++;
    for (let x = g; x < h; x++) {
      const i = order[x]!;
      const p = query(candidates[i]!.right);
      prev[i] = p;
      best[i] = candidates[i]!.weight + (p >= 0 ? best[p]! : 0);
    }
    for (let x = g; x < h; x++) {
      const i = order[x]!;
      update(candidates[i]!.right, best[i]!, i);
      if (bestEnd < 0 || best[i]! > best[bestEnd]!) bestEnd = i;
    }
    g = h;
  }
  const chain: number[] = [];
  for (let i = bestEnd; i >= 0; i = prev[i]!) chain.push(i);
  return chain.reverse();
}
