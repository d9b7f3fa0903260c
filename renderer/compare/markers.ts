/**
 * Gutter markers of the side-by-side view, painted on the document blocks
 * (classes and data attributes only, never extra nodes: the text of a block
 * must stay exactly the document's, or highlights would anchor wrongly).
 *
 * - a spine pair (one-to-one, never crossing): `aligned`, "⇄ n" over its
 *   similarity, the same n on both sides;
 * - a passage whose best match is off the spine: `moved` ("↕", it is said in
 *   another order) or `second` ("≈", it repeats a passage already paired);
 * - a passage with no match above threshold: `unmatched`.
 * Each badge is two short lines that cannot wrap, however many pairs there are.
 */
import type { Alignment } from '../../common/align';

export interface MarkerLabels {
  percent(score: number): string;
  pair(n: number, pct: string): string;
  moved(pct: string): string;
  second(pct: string): string;
  unmatched: string;
}

const CLASSES = ['aligned', 'moved', 'second', 'unmatched'];

export function blockIn(pane: HTMLElement | null, id: string): HTMLElement | null {
  return pane?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(id)}"]`) ?? null;
}

/** Paints the markers of both panes; returns the function that removes them. */
export function paintMarkers(a: Alignment, panes: { left: HTMLElement | null; right: HTMLElement | null }, labels: MarkerLabels): () => void {
  const touched: HTMLElement[] = [];
  const mark = (el: HTMLElement | null, cls: string, mark: string, score: string, alt: string) => {
    if (!el || el.dataset.pairMark) return; // a spine pair wins over an off-spine one
    el.classList.add(cls);
    el.dataset.pairMark = mark;
    el.dataset.pairScore = score;
    el.dataset.pairAlt = alt;
    touched.push(el);
  };
  a.spine.forEach((p, i) => {
    const pct = labels.percent(p.score);
    mark(blockIn(panes.left, p.leftId), 'aligned', `⇄ ${i + 1}`, pct, labels.pair(i + 1, pct));
    mark(blockIn(panes.right, p.rightId), 'aligned', `⇄ ${i + 1}`, pct, labels.pair(i + 1, pct));
  });
  for (const p of a.offSpine) {
    const pct = labels.percent(p.score);
    const [cls, sign, alt] = p.crosses ? ['moved', '↕', labels.moved(pct)] : ['second', '≈', labels.second(pct)];
    mark(blockIn(panes.left, p.leftId), cls, sign, pct, alt);
    mark(blockIn(panes.right, p.rightId), cls, sign, pct, alt);
  }
  for (const id of a.unmatchedLeft) mark(blockIn(panes.left, id), 'unmatched', '∅', '', labels.unmatched);
  for (const id of a.unmatchedRight) mark(blockIn(panes.right, id), 'unmatched', '∅', '', labels.unmatched);
  return () => {
    for (const el of touched) {
      el.classList.remove(...CLASSES);
      delete el.dataset.pairMark;
      delete el.dataset.pairScore;
      delete el.dataset.pairAlt;
    }
  };
}

/** The pair a picked passage belongs to: its spine pair, else its off-spine pair, else null. */
export function pairOf(a: Alignment, side: 'left' | 'right', id: string): { leftId: string; rightId: string; score: number; index: number; kind: 'pair' | 'moved' | 'second' } | null {
  const key = side === 'left' ? 'leftId' : 'rightId';
  const i = a.spine.findIndex((p) => p[key] === id);
  if (i >= 0) return { ...a.spine[i]!, index: i, kind: 'pair' };
  const o = a.offSpine.find((p) => p[key] === id);
  return o ? { leftId: o.leftId, rightId: o.rightId, score: o.score, index: -1, kind: o.crosses ? 'moved' : 'second' } : null;
}
