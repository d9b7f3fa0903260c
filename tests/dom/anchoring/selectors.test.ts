import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_QUOTE_LENGTH, SelectionError } from '../../../common/anchoring';
import { blockText, rangeToSelectors, selectorsToRange } from '../../../renderer/anchoring';
import { HAND_DOCS, loadCorpus } from '../../unit/anchoring/fixtures';
import { allPoints, rangeText, renderDoc } from './render';

const corpus = await loadCorpus();
const DOCS = [...corpus.docs, ...HAND_DOCS];
const SEED = 777;
const stats: string[] = [];
afterAll(() => console.info(`DOM round trips:\n  ${stats.join('\n  ')}`));

/** A random range over the rendered document: ends anywhere, in text, skipped marks or between blocks. */
function randomRange(root: Element, points: ReturnType<typeof allPoints>, a: number, b: number, near: number): Range {
  const i = a % points.length;
  // Half the ranges are short (within a few hundred points), half arbitrary.
  const j = near % 2 === 0 ? Math.min(points.length - 1, i + (b % 300)) : b % points.length;
  const [p, q] = [points[Math.min(i, j)]!, points[Math.max(i, j)]!];
  const range = root.ownerDocument.createRange();
  range.setStart(p.node, p.offset);
  range.setEnd(q.node, q.offset);
  return range;
}

describe('rendered blocks', () => {
  it('has the five real documents', () => {
    expect(corpus.missing).toBeUndefined();
    expect(corpus.docs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(DOCS.map((d) => [d.id, d] as const))('%s: each block element, without skipped marks, reads as block.text', (_id, doc) => {
    const root = renderDoc(doc);
    for (const b of doc.blocks) {
      const el = root.querySelector(`[data-block-id="${b.id}"]`)!;
      expect(blockText(el), b.id).toBe(b.text);
    }
  });
});

describe('rangeToSelectors → selectorsToRange', () => {
  it.each(DOCS.map((d) => [d.id, d] as const))('%s: a random range survives a re-render with the same text', (_id, doc) => {
    const root = renderDoc(doc);
    document.body.append(root);
    const points = allPoints(root);
    // A second rendering stands for the page after a reload (selectorsToRange does not change the DOM).
    const fresh = renderDoc(doc);
    let described = 0;
    let crossing = 0;
    let throughSkipped = 0;
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), (a, b, near) => {
        const range = randomRange(root, points, a, b, near);
        const expected = rangeText(root, range);
        if (expected.length > MAX_QUOTE_LENGTH) {
          expect(() => rangeToSelectors(root, range, doc)).toThrow(SelectionError);
          return;
        }
        const sel = rangeToSelectors(root, range, doc);
        if (expected === '') {
          expect(sel).toBeNull();
          return;
        }
        expect(sel).not.toBeNull();
        expect(JSON.stringify(sel!.quote.exact)).toBe(JSON.stringify(expected));
        described++;
        if (expected.includes('\n\n')) crossing++;
        if (range.cloneContents().querySelector('[data-anchor-skip], em, strong')) throughSkipped++;

        const found = selectorsToRange(fresh, sel!, doc);
        expect(found).not.toBeNull();
        expect(found!.anchor.method).toBe('position');
        expect(rangeText(fresh, found!.range)).toBe(expected);
      }),
      { numRuns: 200, seed: SEED },
    );
    root.remove();
    stats.push(`${doc.id}: ${described} non-empty ranges, ${crossing} across blocks, ${throughSkipped} across marks/emphasis`);
    expect(described).toBeGreaterThan(80);
  });

  it('returns null for a range outside every block (in the notes)', () => {
    const doc = HAND_DOCS[0]!;
    const root = renderDoc(doc);
    const notes = root.querySelector('.footnotes')!;
    const range = document.createRange();
    range.selectNodeContents(notes);
    expect(rangeToSelectors(root, range, doc)).toBeNull();
  });

  it('snaps a range that starts inside a footnote mark to the text after it', () => {
    const doc = HAND_DOCS[0]!;
    const root = renderDoc(doc);
    const mark = root.querySelector('[data-block-id="p-1"] sup a')!.firstChild!;
    const range = document.createRange();
    range.setStart(mark, 0);
    const after = root.querySelector('[data-block-id="p-1"] sup')!.nextSibling!;
    range.setEnd(after, 4);
    expect(rangeToSelectors(root, range, doc)!.quote.exact).toBe(' se ');
  });

  it('finds a highlight again in a re-rendered, corrected document', () => {
    const doc = HAND_DOCS[0]!;
    const root = renderDoc(doc);
    const p4 = root.querySelector('[data-block-id="p-4"] p')!.firstChild!;
    const range = document.createRange();
    range.setStart(p4, 4);
    range.setEnd(p4, 60);
    const sel = rangeToSelectors(root, range, doc)!;
    const corrected = {
      ...doc,
      blocks: [
        { ...doc.blocks[0]!, id: 'h-0', text: 'Avant-propos', md: 'Avant-propos' },
        ...doc.blocks.map((b) => (b.id === 'p-4' ? { ...b, text: b.text.replace('invités', 'invitées'), md: b.md.replace('invités', 'invitées') } : b)),
      ],
    };
    const found = selectorsToRange(renderDoc(corrected), sel, corrected)!;
    expect(found.anchor.method).toBe('quote-fuzzy');
    expect(found.range.toString()).toBe(sel.quote.exact.replace('invités', 'invitées'));
  });

  it('returns null for an orphan, and for a block that is not rendered', () => {
    const doc = HAND_DOCS[0]!;
    const root = renderDoc(doc);
    const text = root.querySelector('[data-block-id="p-3"] p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 12);
    const sel = rangeToSelectors(root, range, doc)!;
    const without = { ...doc, blocks: doc.blocks.filter((b) => b.id !== 'p-3') };
    expect(selectorsToRange(renderDoc(without), sel, without)).toBeNull();
    root.querySelector('[data-block-id="p-3"]')!.remove();
    expect(selectorsToRange(root, sel, doc)).toBeNull();
  });
});
