import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLOR_IDS } from '../../../common/model';
import { docRangeToDom, paintHighlights, rangeToSelectors, type HighlightSpec } from '../../../renderer/anchoring';
import { wrapTextRanges } from '../../../renderer/reader/text-ranges';
import { ANCHOR_SKIP_ATTR } from '../../../renderer/reader/inline';
import { docText } from '../../../common/anchoring';
import { HAND_DOCS, loadCorpus } from '../../unit/anchoring/fixtures';
import { rangeText, renderDoc } from './render';

const corpus = await loadCorpus();
const doc = HAND_DOCS[0]!;

/** The text of the marks of one annotation, block by block, as document text. */
function markedText(root: Element, id: string): string {
  const perBlock: string[] = [];
  for (const block of root.querySelectorAll('[data-block-id]')) {
    const parts = [...block.querySelectorAll(`mark[data-annotation-ids~="${id}"]`)].map((m) => m.textContent ?? '');
    if (parts.length) perBlock.push(parts.join(''));
  }
  return perBlock.join('\n\n');
}

const spec = (id: string, root: Element, start: number, end: number, color: HighlightSpec['color'] = 'yellow'): HighlightSpec => ({
  id,
  color,
  range: docRangeToDom(root, doc, start, end)!,
});

describe('paintHighlights', () => {
  it('wraps the text in marks with colour class and annotation id, and removes them exactly', () => {
    const root = renderDoc(doc);
    const before = root.innerHTML;
    const h = spec('ann-1', root, 20, 90, 'green');
    const expected = rangeText(root, h.range);
    const remove = paintHighlights(root, [h]);
    const marks = root.querySelectorAll('mark');
    expect(marks.length).toBeGreaterThan(1); // the footnote mark and emphasis split it
    for (const m of marks) {
      expect(m.className).toBe('hl hl-green');
      expect(m.getAttribute('data-annotation-id')).toBe('ann-1');
      expect(m.querySelector(`[${ANCHOR_SKIP_ATTR}], [data-block-id], p, div`)).toBeNull();
    }
    expect(markedText(root, 'ann-1')).toBe(expected);
    remove();
    expect(root.innerHTML).toBe(before);
    remove(); // twice is harmless
    expect(root.innerHTML).toBe(before);
  });

  it('paints overlapping highlights flat: one mark per piece, listing every highlight over it, the innermost shown', () => {
    const root = renderDoc(doc);
    const before = root.innerHTML;
    const a = spec('a', root, 30, 120, 'yellow');
    const b = spec('b', root, 80, 200, 'red');
    const c = spec('c', root, 90, 100, 'blue');
    const texts = [a, b, c].map((h) => rangeText(root, h.range));
    const labels: string[] = [];
    const remove = paintHighlights(root, [a, b, c], {
      label: (over) => {
        const name = over.map((s) => s.color).join('+');
        labels.push(name);
        return name;
      },
    });
    expect(['a', 'b', 'c'].map((id) => markedText(root, id))).toEqual(texts);
    expect(root.querySelector('mark.hl mark.hl')).toBeNull();
    const ids = [...root.querySelectorAll<HTMLElement>('mark.hl')].map((m) => m.dataset.annotationIds);
    // In reading order: a alone, a+b, a+b+c, a+b, b alone (a piece may be split by inline elements).
    expect([...new Set(ids)]).toEqual(['a', 'a b', 'a b c', 'b']);
    const abc = root.querySelector<HTMLElement>('mark[data-annotation-ids="a b c"]')!;
    expect(abc.dataset.annotationId).toBe('c');
    expect(abc.className).toBe('hl hl-blue hl-overlap');
    expect(abc.getAttribute('aria-label')).toBe('yellow+red+blue');
    const ab = root.querySelector<HTMLElement>('mark[data-annotation-ids="a b"]')!;
    expect(ab.dataset.annotationId).toBe('b');
    expect(ab.className).toBe('hl hl-red hl-overlap');
    expect(root.querySelector<HTMLElement>('mark[data-annotation-ids="a"]')!.className).toBe('hl hl-yellow');
    expect(labels).toContain('yellow');
    remove();
    expect(root.innerHTML).toBe(before);
  });

  it('keeps search marks that were there before, and leaves them after removal', () => {
    const root = renderDoc(doc);
    const p2 = root.querySelector('[data-block-id="p-2"]')!;
    const search = wrapTextRanges(p2, [[2, 22], [60, 80]], () => {
      const m = document.createElement('mark');
      m.className = 'search-hit';
      return m;
    });
    const withSearch = root.innerHTML;
    const searchMarks = root.querySelectorAll('mark.search-hit').length;
    const start = docText(doc).toCodePoints(docText(doc).byId.get('p-2')!.start);
    const h = spec('x', root, start + 10, start + 70);
    const expected = rangeText(root, h.range);
    const remove = paintHighlights(root, [h]);
    expect(root.querySelectorAll('mark.search-hit')).toHaveLength(searchMarks);
    expect(root.querySelector('mark.search-hit mark.hl')).not.toBeNull();
    expect(markedText(root, 'x')).toBe(expected);
    // Selecting over painted text still measures the same document text.
    const again = docRangeToDom(root, doc, start + 10, start + 70)!;
    expect(rangeText(root, again)).toBe(expected);
    expect(rangeToSelectors(root, again, doc)?.quote.exact).toBe(expected);
    remove();
    expect(root.innerHTML).toBe(withSearch);
    search.remove();
    expect(root.querySelectorAll('mark')).toHaveLength(0);
  });

  it('on the real documents: random overlapping highlights keep their text and leave no trace', () => {
    expect(corpus.docs.length).toBeGreaterThanOrEqual(5);
    for (const real of corpus.docs) {
      const root = renderDoc(real);
      const before = root.innerHTML;
      const n = docText(real).length;
      fc.assert(
        fc.property(
          fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 1, max: 600 }), fc.constantFrom(...COLOR_IDS)), {
            minLength: 1,
            maxLength: 6,
          }),
          (items) => {
            const specs = items.map(([s, len, color], i) => ({
              id: `h${i}`,
              color,
              range: docRangeToDom(root, real, s, Math.min(n, s + len))!,
            }));
            const texts = specs.map((h) => rangeText(root, h.range));
            const remove = paintHighlights(root, specs);
            try {
              specs.forEach((h, i) => expect(markedText(root, h.id)).toBe(texts[i]));
              for (const m of root.querySelectorAll('mark')) {
                expect(m.querySelector(`[${ANCHOR_SKIP_ATTR}], [data-block-id], p, div, li`)).toBeNull();
              }
            } finally {
              remove();
            }
            expect(root.innerHTML).toBe(before);
          },
        ),
        { numRuns: 40, seed: 99 },
      );
    }
  });
});
