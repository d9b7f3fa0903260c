/**
 * The reader's highlight painter on a real document: every annotation ends
 * up painted (the first screens at once, the rest in slices), a change
 * repaints only the blocks it touches, an annotation that cannot be placed
 * is reported and never painted, and leaving removes every mark.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe as suite, expect, it } from 'vitest';
import { describeRange, docText } from '../../../common/anchoring';
import { COLOR_IDS, type Annotation, type StructuredDocument } from '../../../common/model';
import { useHighlights } from '../../../renderer/reader/useHighlights';
import { loadCorpus } from '../../unit/anchoring/fixtures';
import { renderDoc } from '../anchoring/render';
import { annotation } from '../annotation-fixture';

const corpus = await loadCorpus();
const doc = corpus.docs.find((d) => d.id === 'a-68-370')!;
const LEGEND = { yellow: 'Key point', green: 'Support', red: 'Concern', blue: 'Question', purple: 'Follow-up' };

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function annotations(d: StructuredDocument, n: number, seed = 1): Annotation[] {
  const next = random(seed);
  const length = docText(d).length;
  const out: Annotation[] = [];
  while (out.length < n) {
    const start = Math.floor(next() * (length - 1));
    const s = describeRange(d, start, Math.min(length, start + 5 + Math.floor(next() * 300)));
    if (!s) continue;
    const i = out.length;
    out.push(
      annotation(`ann-${String(i).padStart(6, '0')}`, {
        docId: d.id,
        blockId: s.blockId,
        quote: s.quote,
        position: s.position,
        color: COLOR_IDS[i % COLOR_IDS.length]!,
      }),
    );
  }
  return out;
}

/** The ids with at least one mark under `root`. */
const markedIds = (root: Element) => new Set([...root.querySelectorAll('mark.hl')].flatMap((m) => m.getAttribute('data-annotation-ids')!.split(' ')));

function mount(list: Annotation[]) {
  const root = renderDoc(doc) as HTMLElement;
  document.body.appendChild(root);
  const ref = { current: root };
  const hook = renderHook(({ anns }) => useHighlights(ref, doc, anns, LEGEND), { initialProps: { anns: list } });
  return { root, hook };
}

suite('useHighlights', () => {
  it('paints every placed annotation, in slices after the first screens, and lists them in reading order', async () => {
    const list = annotations(doc, 400);
    const { root, hook } = mount(list);
    // Before any slice ran: the first screens only.
    expect(root.dataset.highlights).toBe('partial');
    const first = markedIds(root).size;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(list.length);
    await waitFor(() => expect(root.dataset.highlights).toBe('complete'), { timeout: 20_000 });
    expect(markedIds(root)).toEqual(new Set(list.map((a) => a.id)));
    expect(hook.result.current.unplaced).toEqual([]);
    const order = hook.result.current.placed.map((a) => a.position.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Each mark is named by the legend of the colours over it.
    const mark = root.querySelector<HTMLElement>('mark.hl:not(.hl-overlap)')!;
    const own = list.find((a) => a.id === mark.dataset.annotationId)!;
    expect(mark.getAttribute('aria-label')).toBe(LEGEND[own.color]);
    hook.unmount();
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    root.remove();
  });

  it('opening at a passage paints the screens from that passage first', () => {
    const list = annotations(doc, 400, 5);
    const target = doc.blocks.find((b) => b.number === '40')!;
    const root = renderDoc(doc) as HTMLElement;
    document.body.appendChild(root);
    const ref = { current: root };
    const hook = renderHook(() => useHighlights(ref, doc, list, LEGEND, target.id));
    const onTarget = list.filter((a) => a.blockId === target.id).map((a) => a.id);
    expect(onTarget.length).toBeGreaterThan(0);
    expect(root.dataset.highlights).toBe('partial');
    const painted = markedIds(root);
    for (const id of onTarget) expect(painted.has(id)).toBe(true);
    // And not the top of the document, which is for later slices.
    const first = list.filter((a) => a.blockId === doc.blocks[2]!.id && !painted.has(a.id));
    expect(first.length).toBeGreaterThan(0);
    hook.unmount();
    root.remove();
  });

  it('paintAll paints what is left at once', () => {
    const list = annotations(doc, 300, 2);
    const { root, hook } = mount(list);
    expect(root.dataset.highlights).toBe('partial');
    act(() => hook.result.current.paintAll());
    expect(root.dataset.highlights).toBe('complete');
    expect(markedIds(root).size).toBe(list.length);
    hook.unmount();
    root.remove();
  });

  it('a new annotation repaints its own blocks only; the others keep their very elements', async () => {
    const list = annotations(doc, 200, 3);
    const { root, hook } = mount(list);
    act(() => hook.result.current.paintAll());
    const before = [...root.querySelectorAll('mark.hl')].map((m) => ({ m, block: m.closest('[data-block-id]') }));
    const [extra] = annotations(doc, 1, 99).map((a) => ({ ...a, id: 'ann-extra-1' }));
    hook.rerender({ anns: [...list, extra!] });
    // Painted at once, not in a later slice.
    expect(markedIds(root).has('ann-extra-1')).toBe(true);
    const touched = new Set([...root.querySelectorAll('mark.hl[data-annotation-ids~="ann-extra-1"]')].map((m) => m.closest('[data-block-id]')));
    const kept = before.filter(({ block }) => !touched.has(block));
    expect(kept.length).toBeGreaterThan(before.length / 2);
    for (const { m } of kept) expect(m.isConnected).toBe(true);
    // Removing it brings back exactly the marks there were.
    hook.rerender({ anns: list });
    expect(markedIds(root).has('ann-extra-1')).toBe(false);
    expect(markedIds(root).size).toBe(list.length);
    hook.unmount();
    root.remove();
  });

  it('an annotation whose text is gone is unplaced, never painted', () => {
    const [a] = annotations(doc, 1, 4);
    const lost: Annotation = { ...a!, id: 'ann-lost-001', blockId: 'p-9999', quote: { ...a!.quote, exact: 'texte qui n’existe nulle part dans ce document', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10_000_000, end: 10_000_040 } };
    const { root, hook } = mount([lost]);
    expect(hook.result.current.unplaced.map((x) => x.id)).toEqual(['ann-lost-001']);
    expect(root.querySelectorAll('mark')).toHaveLength(0);
    hook.unmount();
    root.remove();
  });
});
