/**
 * Places the document's annotations in the rendered text and paints them.
 * Those that cannot be found are returned as unplaced (never deleted).
 *
 * Anchoring works on the document's text model (no DOM ranges). Painting is
 * per block, incremental and visible-first:
 * - a change repaints only the blocks whose highlights changed, so adding a
 *   note to a document with thousands of highlights touches one paragraph;
 * - on opening, the first screens of text are painted before the first
 *   frame; the others are painted in short slices right after, nearest to
 *   the screen first (where the reader has scrolled to), so the reader never
 *   waits for highlights it cannot see. While slices remain, the body carries
 *   `data-highlights="partial"`, then `"complete"`; `paintAll()` finishes at
 *   once (for whoever needs every mark now, e.g. "next highlight").
 * A new document, or leaving the view, removes every mark.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { anchor, blockParts, docText } from '../../common/anchoring';
import { COLOR_IDS } from '../../common/model-values';
import type { Annotation, StructuredDocument } from '../../common/model';
import { paintBlock, type BlockSegment, type PaintOptions } from '../anchoring';
import { blockElements } from '../anchoring/dom-text';

interface BlockWork {
  signature: string;
  segments: BlockSegment[];
  opts: PaintOptions;
}

interface Painter {
  /** Blocks painted now, with the signature of what they show. */
  painted: Map<string, { signature: string; remove(): void }>;
  /** Blocks whose highlights are still to be painted. */
  pending: Map<string, BlockWork>;
  /** Cancels the next slice of background painting, when one is scheduled. */
  cancel: (() => void) | null;
  /** Each block's signature at the last run; null before the document's first. */
  last: Map<string, string> | null;
}

/** One slice of background painting, in ms: short enough to keep input responsive. */
const SLICE_MS = 8;

/** How much text, from the top, is painted before a document is first shown: about two screens at the default size. */
const FIRST_SCREENS_CHARS = 2000;

function signatureOf(segments: readonly BlockSegment[], legend: Record<string, string>): string {
  return segments.map((s) => `${s.id}:${s.color}:${legend[s.color] ?? ''}:${s.start}-${s.end}`).join('|');
}

/**
 * Each highlight is one stop in the Tab order, at its first mark, and acts as
 * a button (Enter opens its popover); the other pieces of it stay out of the
 * Tab order, so a long highlight split by overlaps is not several stops.
 */
function makeFocusable(block: Element) {
  const seen = new Set<string>();
  for (const mark of block.querySelectorAll<HTMLElement>('mark.hl[data-annotation-id]')) {
    const id = mark.dataset.annotationId!;
    if (seen.has(id)) continue;
    seen.add(id);
    mark.tabIndex = 0;
    mark.setAttribute('role', 'button');
  }
}

/** The pending blocks under `root` in the order to paint them: by distance from the screen. */
function byNearness(root: HTMLElement, ids: Iterable<string>): Array<{ id: string; el: Element }> {
  const elements = blockElements(root);
  const h = window.innerHeight || 800;
  const out: Array<{ id: string; el: Element; distance: number }> = [];
  for (const id of ids) {
    const el = elements.get(id);
    if (!el) continue;
    const r = el.getBoundingClientRect();
    out.push({ id, el, distance: r.bottom < 0 ? -r.bottom : r.top > h ? r.top - h : 0 });
  }
  return out.sort((a, b) => a.distance - b.distance);
}

export function useHighlights(
  rootRef: RefObject<HTMLElement | null>,
  doc: StructuredDocument | null,
  annotations: Annotation[],
  legend: Record<string, string>,
  /** The block the reader opens at (a paragraph link), if known: the first screens are counted from it. */
  focusBlockId: string | null = null,
): { placed: Annotation[]; unplaced: Annotation[]; paintAll(): void } {
  const [split, setSplit] = useState<{ placed: Annotation[]; unplaced: Annotation[] }>({ placed: [], unplaced: [] });
  const key = useMemo(() => annotations.map((a) => `${a.id}:${a.modified}`).join('|'), [annotations]);
  const painter = useRef<Painter>({ painted: new Map(), pending: new Map(), cancel: null, last: null });

  const paintOne = useCallback((root: HTMLElement, id: string, el: Element) => {
    const p = painter.current;
    const work = p.pending.get(id);
    if (!work) return;
    p.pending.delete(id);
    p.painted.set(id, { signature: work.signature, remove: paintBlock(el, work.segments, work.opts) });
    makeFocusable(el);
    if (p.pending.size === 0) root.dataset.highlights = 'complete';
  }, []);

  /** Stops background painting, if any is scheduled. */
  const cancel = useCallback(() => {
    painter.current.cancel?.();
    painter.current.cancel = null;
  }, []);

  const paintAll = useCallback(() => {
    const p = painter.current;
    const root = rootRef.current;
    cancel();
    if (!root || p.pending.size === 0) return;
    const elements = blockElements(root);
    for (const id of [...p.pending.keys()]) {
      const el = elements.get(id);
      if (el) paintOne(root, id, el);
      else p.pending.delete(id);
    }
    root.dataset.highlights = 'complete';
  }, [rootRef, paintOne, cancel]);

  /**
   * Paints pending blocks in slices, nearest to the screen first, until none
   * is left. `afterFrame`: the first slice waits until the next frame has
   * been shown, so it never delays showing the document.
   */
  const schedule = useCallback(
    (afterFrame = false) => {
      const p = painter.current;
      if (p.cancel || p.pending.size === 0) return;
      const slice = () => {
        p.cancel = null;
        const root = rootRef.current;
        if (!root) return;
        const until = performance.now() + SLICE_MS;
        for (const { id, el } of byNearness(root, p.pending.keys())) {
          paintOne(root, id, el);
          if (performance.now() > until) break;
        }
        // Blocks that are gone (another document) are dropped.
        const elements = blockElements(root);
        for (const id of p.pending.keys()) if (!elements.has(id)) p.pending.delete(id);
        if (p.pending.size) schedule();
        else root.dataset.highlights = 'complete';
      };
      if (afterFrame && typeof requestAnimationFrame === 'function') {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const frame = requestAnimationFrame(() => (timer = setTimeout(slice)));
        p.cancel = () => {
          cancelAnimationFrame(frame);
          clearTimeout(timer);
        };
      } else {
        const timer = setTimeout(slice);
        p.cancel = () => clearTimeout(timer);
      }
    },
    [rootRef, paintOne],
  );

  useLayoutEffect(() => {
    const p = painter.current;
    const root = rootRef.current;
    // The tooltip (the legend names) is added on hover rather than on thousands of marks up front.
    const onOver = (e: MouseEvent) => {
      const mark = (e.target as Element | null)?.closest?.<HTMLElement>('mark.hl');
      if (mark && !mark.title) mark.title = mark.getAttribute('aria-label') ?? '';
    };
    root?.addEventListener('mouseover', onOver);
    return () => {
      root?.removeEventListener('mouseover', onOver);
      cancel();
      for (const b of p.painted.values()) b.remove();
      p.painted.clear();
      p.pending.clear();
      p.last = null;
    };
  }, [rootRef, doc, cancel]);

  // A layout effect: what is on screen is painted before the browser first shows the document.
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root || !doc) return;
    const model = docText(doc);
    const elements = blockElements(root);
    const byBlock = new Map<string, BlockSegment[]>();
    const placed: Array<{ a: Annotation; start: number }> = [];
    const unplaced: Annotation[] = [];
    for (const a of annotations) {
      const found = anchor(doc, a);
      const parts = found ? blockParts(model, found.start, found.end) : [];
      if (!found || !parts.length || parts.some((part) => !elements.has(part.blockId))) {
        unplaced.push(a);
        continue;
      }
      placed.push({ a, start: found.start });
      for (const part of parts) {
        let list = byBlock.get(part.blockId);
        if (!list) byBlock.set(part.blockId, (list = []));
        list.push({ id: a.id, color: a.color, start: part.start, end: part.end });
      }
    }

    // Colour is never the only carrier of meaning: each mark is named by the legend entries over it.
    const labels = new Map<number, string>();
    const opts: PaintOptions = {
      label: (over) => {
        let colours = 0;
        for (const s of over) colours |= 1 << COLOR_IDS.indexOf(s.color);
        let name = labels.get(colours);
        if (name === undefined) {
          name = COLOR_IDS.filter((_, i) => colours & (1 << i)).map((c) => legend[c] ?? c).join(', ');
          labels.set(colours, name);
        }
        return name;
      },
    };

    const p = painter.current;
    const wanted = new Map<string, BlockWork>();
    for (const [blockId, segments] of byBlock) wanted.set(blockId, { signature: signatureOf(segments, legend), segments, opts });
    for (const [blockId, b] of p.painted) {
      if (wanted.get(blockId)?.signature === b.signature) continue;
      b.remove();
      p.painted.delete(blockId);
    }
    p.pending.clear();
    for (const [blockId, work] of wanted) if (!p.painted.has(blockId)) p.pending.set(blockId, work);

    // Now: on a change, the blocks whose highlights changed (a new note shows
    // at once); on opening, those that fill the first screens from where the
    // reader opens (counted by their text, not measured: measuring would lay
    // the whole document out once more before its first frame). The slices
    // then go nearest to the screen first, once the reader has scrolled to
    // where it reopens.
    const last = p.last;
    let budget = last ? 0 : FIRST_SCREENS_CHARS;
    // From the block before the one the reader opens at (it may show above it), or from the top.
    const focus = focusBlockId ? doc.blocks.findIndex((b) => b.id === focusBlockId) : -1;
    const blocks = focus > 0 ? [...doc.blocks.slice(focus - 1), ...doc.blocks.slice(0, focus - 1)] : doc.blocks;
    for (const b of blocks) {
      const work = p.pending.get(b.id);
      const el = elements.get(b.id);
      if (!work || !el) continue;
      if (budget > 0 || (last && last.get(b.id) !== work.signature)) paintOne(root, b.id, el);
      if (budget > 0) budget -= b.text.length;
    }
    p.last = new Map([...wanted].map(([id, w]) => [id, w.signature]));
    root.dataset.highlights = p.pending.size ? 'partial' : 'complete';
    schedule(true);
    setSplit({ placed: placed.sort((x, y) => x.start - y.start).map((x) => x.a), unplaced });
    // `key` stands for the annotations' identity and content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rootRef, doc, key, legend]);

  return { ...split, paintAll };
}
