/**
 * The highlights painted in the reader in reading order, and which one the
 * next / previous highlight keys go to from where the reader is.
 */

/** A highlight in the reader: its annotation and the mark it starts in. */
export interface HighlightStart {
  id: string;
  mark: HTMLElement;
}

/**
 * Each annotation's first mark under `root`, in reading (document) order.
 * Overlaps are painted flat (renderer/anchoring/highlights.ts), so one mark
 * can start several highlights: each of them is listed.
 */
export function highlightStarts(root: Element): HighlightStart[] {
  const seen = new Set<string>();
  const out: HighlightStart[] = [];
  for (const mark of root.querySelectorAll<HTMLElement>('mark.hl[data-annotation-ids]')) {
    for (const id of mark.dataset.annotationIds!.split(' ')) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, mark });
    }
  }
  return out;
}

/**
 * The index that "]" (dir 1) or "[" (dir -1) goes to, among highlights whose
 * top edges relative to the viewport are `tops`, in reading order. From the
 * highlight last gone to (`from`, when it is still on screen; else -1) the
 * step is to its neighbour; otherwise to the first highlight from the middle
 * of the screen down, or the last one above it. Both directions wrap around.
 */
export function stepHighlight(tops: readonly number[], viewportHeight: number, from: number, dir: 1 | -1): number {
  const n = tops.length;
  if (from >= 0 && from < n) return (from + dir + n) % n;
  const middle = viewportHeight / 2;
  if (dir === 1) {
    const i = tops.findIndex((y) => y >= middle);
    return i === -1 ? 0 : i;
  }
  for (let i = n - 1; i >= 0; i--) if (tops[i]! < middle) return i;
  return n - 1;
}
