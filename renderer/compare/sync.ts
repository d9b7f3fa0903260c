/**
 * Synchronised scrolling that keeps aligned passages level: the spine of the
 * alignment (pairs increasing on both sides) maps a scroll position on one
 * side to the other by interpolating between the neighbouring anchors.
 */
export interface Anchor {
  from: number;
  to: number;
}

/** Where the other side should be when this side's scroll top is `top`. */
export function mapScroll(top: number, anchors: readonly Anchor[], fromMax: number, toMax: number): number {
  const pts: Anchor[] = [{ from: 0, to: 0 }, ...anchors.filter((a) => a.from >= 0 && a.to >= 0), { from: fromMax, to: toMax }];
  pts.sort((a, b) => a.from - b.from);
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    if (top >= a.from && top <= b.from) {
      const f = b.from === a.from ? 0 : (top - a.from) / (b.from - a.from);
      return Math.max(0, Math.min(toMax, a.to + f * (b.to - a.to)));
    }
  }
  return Math.min(toMax, top);
}
