/**
 * Places the document's annotations in the rendered text and paints them.
 * Those that cannot be found are returned as unplaced (never deleted).
 * The paint effect returns its own cleanup, so a re-render repaints cleanly.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { Annotation, StructuredDocument } from '../../common/model';
import { paintHighlights, selectorsToRange, type HighlightSpec } from '../anchoring';

export function useHighlights(
  rootRef: RefObject<HTMLElement | null>,
  doc: StructuredDocument | null,
  annotations: Annotation[],
  legend: Record<string, string>,
): { placed: Annotation[]; unplaced: Annotation[] } {
  const [split, setSplit] = useState<{ placed: Annotation[]; unplaced: Annotation[] }>({ placed: [], unplaced: [] });
  const key = useMemo(() => annotations.map((a) => `${a.id}:${a.modified}`).join('|'), [annotations]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !doc) return;
    const specs: HighlightSpec[] = [];
    const placed: Array<{ a: Annotation; start: number }> = [];
    const unplaced: Annotation[] = [];
    for (const a of annotations) {
      const found = selectorsToRange(root, a, doc);
      if (found) {
        specs.push({ id: a.id, color: a.color, range: found.range });
        placed.push({ a, start: found.anchor.start });
      } else unplaced.push(a);
    }
    const remove = paintHighlights(root, specs);
    // Colour is never the only carrier of meaning: each mark is named by its legend entry.
    const byId = new Map(annotations.map((a) => [a.id, a]));
    for (const mark of root.querySelectorAll<HTMLElement>('mark.hl[data-annotation-id]')) {
      const a = byId.get(mark.dataset.annotationId ?? '');
      if (a) mark.setAttribute('aria-label', legend[a.color] ?? a.color);
      mark.setAttribute('title', a ? (legend[a.color] ?? '') : '');
    }
    setSplit({ placed: placed.sort((x, y) => x.start - y.start).map((p) => p.a), unplaced });
    return remove;
    // `key` stands for the annotations' identity and content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rootRef, doc, key, legend]);

  return split;
}
