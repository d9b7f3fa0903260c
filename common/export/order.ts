/**
 * Ordering a composed brief: the order modes the Brief view offers and the
 * one-step moves of hand ordering. Pure, so the view and the tests share it.
 */
import { COLOR_IDS } from '../model-values';
import type { Annotation } from '../model';

export type BriefOrder = 'document' | 'color' | 'tag' | 'manual';

/**
 * The annotations in the order a mode gives: document order (the library's
 * order, then position), colour (legend order, then document order), or tag
 * (first tag alphabetically, untagged last, then document order). `manual`
 * keeps the order given.
 */
export function orderAnnotations(list: readonly Annotation[], mode: BriefOrder, docOrder: readonly string[]): Annotation[] {
  if (mode === 'manual') return [...list];
  const docRank = new Map(docOrder.map((id, i) => [id, i]));
  const byDoc = (x: Annotation, y: Annotation): number =>
    (docRank.get(x.docId) ?? Infinity) - (docRank.get(y.docId) ?? Infinity) ||
    x.position.start - y.position.start ||
    x.position.end - y.position.end ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const firstTag = (a: Annotation): string => [...a.tags].sort((p, q) => p.localeCompare(q, 'fr'))[0] ?? '';
  return [...list].sort((x, y) => {
    if (mode === 'color') return COLOR_IDS.indexOf(x.color) - COLOR_IDS.indexOf(y.color) || byDoc(x, y);
    if (mode === 'tag') {
      const tx = firstTag(x);
      const ty = firstTag(y);
      if (tx !== ty) return !tx ? 1 : !ty ? -1 : tx.localeCompare(ty, 'fr');
    }
    return byDoc(x, y);
  });
}

/** `ids` with the one at `index` moved by `delta` places (clamped); the same array when nothing moves. */
export function moveId(ids: readonly string[], index: number, delta: number): string[] {
  const to = Math.max(0, Math.min(ids.length - 1, index + delta));
  if (index < 0 || index >= ids.length || to === index) return [...ids];
  const out = [...ids];
  const [moved] = out.splice(index, 1);
  if (moved !== undefined) out.splice(to, 0, moved);
  return out;
}
