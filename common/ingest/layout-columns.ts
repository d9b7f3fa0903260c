/**
 * Reading order of a page set in two columns. A PDF's text may come in any
 * order: Chromium writes a column at a time, other producers write a page
 * row by row across both columns. Lines are first cut at the gutter (a wide
 * gap that crosses the middle of the page, see splitsAtGutter); then, on
 * each page, every run of consecutive lines that do not cross the middle is
 * looked at: when it has lines on both sides of the middle whose heights
 * overlap (two columns side by side, not a right-aligned masthead above a
 * left-aligned title), its left lines are read before its right ones, each
 * side in its own order. Lines that cross the middle (a title, a running
 * header, single-column text) stay where they are and end such a run.
 */
import type { LayoutLine } from './layout';

/** At least this many lines on each side before a run is taken for two columns. */
const MIN_LINES = 3;

/** Whether a gap between two pieces of one baseline is the gutter between two columns rather than a space. */
export function splitsAtGutter(leftEnd: number, rightStart: number, size: number, pageWidth: number): boolean {
  const mid = pageWidth / 2;
  return rightStart - leftEnd > size * 1.5 && leftEnd <= mid && rightStart >= mid;
}

type Side = 'left' | 'right' | 'across';

function sideOf(l: LayoutLine, mid: number): Side {
  if (l.x === undefined || l.width === undefined) return 'across';
  if (l.x + l.width <= mid) return 'left';
  if (l.x >= mid) return 'right';
  return 'across';
}

/** The vertical span of some lines, as [top, bottom]. */
function span(lines: readonly LayoutLine[]): [number, number] {
  const tops = lines.map((l) => l.y ?? 0);
  const bottoms = lines.map((l) => (l.y ?? 0) + (l.size ?? 0));
  return [Math.min(...tops), Math.max(...bottoms)];
}

function orderRun(run: LayoutLine[], mid: number): LayoutLine[] {
  const left = run.filter((l) => sideOf(l, mid) === 'left');
  const right = run.filter((l) => sideOf(l, mid) === 'right');
  if (left.length < MIN_LINES || right.length < MIN_LINES) return run;
  const [lTop, lBottom] = span(left);
  const [rTop, rBottom] = span(right);
  const lineHeight = Math.max(...run.map((l) => l.size ?? 0)) * 1.2;
  if (Math.min(lBottom, rBottom) - Math.max(lTop, rTop) < MIN_LINES * lineHeight) return run;
  return [...left, ...right];
}

/** One page's lines (from the same page, with x, width and y) in reading order. */
export function columnOrder(lines: readonly LayoutLine[], pageWidth: number): LayoutLine[] {
  const mid = pageWidth / 2;
  const out: LayoutLine[] = [];
  let run: LayoutLine[] = [];
  for (const l of lines) {
    if (sideOf(l, mid) === 'across') {
      out.push(...orderRun(run, mid), l);
      run = [];
    } else run.push(l);
  }
  out.push(...orderRun(run, mid));
  return out;
}
