/**
 * Layout → blocks with hand-made positioned lines: furniture, hyphens,
 * paragraphs cut by a page break and by notes, headings by size, notes by
 * size and raised marks, pages.
 */
import { describe, expect, it } from 'vitest';
import { layoutToBlocks } from '../../../common/ingest/from-layout';
import type { Layout, LayoutLine } from '../../../common/ingest/layout';
import { repeatedFurniture } from '../../../common/ingest/layout-furniture';
import { isSplitWord, vocabulary } from '../../../common/ingest/layout-hyphen';

const line = (page: number, y: number, text: string, extra: Partial<LayoutLine> = {}): LayoutLine => ({
  runs: [{ text }],
  page,
  y,
  x: 70,
  size: 10,
  ...extra,
});

/** Three pages with a running header, a job number and page counters at the foot. */
function pages(body: LayoutLine[][]): Layout {
  const lines: LayoutLine[] = [];
  body.forEach((content, i) => {
    const p = i + 1;
    lines.push(line(p, 30, 'A/99/123', { size: 9 }), line(p, 45, 'Rapport intérimaire sur les migrations', { size: 9 }));
    lines.push(...content);
    lines.push(line(p, 800, `13-12345 ${p}/3`, { size: 8 }), line(p, 812, String(p), { size: 8 }));
  });
  return { lines, positioned: true, pageCount: body.length, pageHeight: 842 };
}

describe('repeatedFurniture', () => {
  it('finds lines repeated at the top or foot of most pages, digits aside', () => {
    const layout = pages([[line(1, 100, 'Texte un.')], [line(2, 100, 'Texte deux.')], [line(3, 100, 'Texte trois.')]]);
    const removed = [...repeatedFurniture(layout.lines)].map((i) => layout.lines[i]!.runs[0]!.text);
    expect(removed).toContain('Rapport intérimaire sur les migrations');
    expect(removed).toContain('13-12345 2/3');
    expect(removed).not.toContain('Texte deux.');
  });

  it('never takes a note for furniture, even one repeated on every page', () => {
    const note = (p: number) => line(p, 790, '', { size: 8, runs: [{ text: '*', raised: true }, { text: ' A/68/150.' }] });
    const layout = pages([[line(1, 100, 'Un.'), note(1)], [line(2, 100, 'Deux.'), note(2)], [line(3, 100, 'Trois.'), note(3)]]);
    const removed = [...repeatedFurniture(layout.lines)].map((i) => layout.lines[i]!);
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.some((l) => l.runs[0]!.raised)).toBe(false);
  });

  it('needs three pages: two proves nothing', () => {
    const layout = pages([[line(1, 100, 'Texte un.')], [line(2, 100, 'Texte deux.')]]);
    expect(repeatedFurniture(layout.lines).size).toBe(0);
  });
});

describe('isSplitWord', () => {
  const vocab = vocabulary(['Les migrations internationales', 'la soixante-huitième session', 'Vice-Secrétaire']);
  it('drops the hyphen where the whole word is printed elsewhere in the document', () => {
    expect(isSplitWord('les migra-', 'tions du monde', vocab)).toBe(true);
  });
  it('keeps it for a compound, a capitalised second part, or without evidence', () => {
    expect(isSplitWord('la soixante-', 'huitième session', vocab)).toBe(false);
    expect(isSplitWord('le Vice-', 'Secrétaire', vocab)).toBe(false);
    expect(isSplitWord('un porte-', 'parole', vocab)).toBe(false);
  });
});

describe('layoutToBlocks', () => {
  const layout = pages([
    [
      line(1, 100, 'I. Introduction', { size: 13, runs: [{ text: 'I. Introduction', bold: true }] }),
      line(1, 130, '1. Les migrations internationales sont un sujet vaste et les migra-'),
      line(1, 144, 'tions de retour en font partie.'),
      line(1, 170, '2. Les participants de la soixante-'),
      line(1, 184, 'huitième session ont noté que les États', { runs: [{ text: 'huitième session ont noté que les États' }, { text: '1', raised: true }] }),
      line(1, 760, '', { size: 8, runs: [{ text: '1', raised: true }, { text: ' Voir A/68/370.' }] }),
    ],
    [line(2, 100, 'devaient coopérer davantage.'), line(2, 130, '3. Un dernier paragraphe.')],
    [line(3, 100, '4. La fin du texte.')],
  ]);
  const r = layoutToBlocks(layout, { symbol: 'A/99/123' });

  it('builds headings and numbered paragraphs, with furniture gone', () => {
    expect(r.blocks.map((b) => [b.id, b.kind, b.number, b.page])).toEqual([
      [r.blocks[0]!.id, 'heading', undefined, 1],
      ['p-1', 'paragraph', '1', 1],
      ['p-2', 'paragraph', '2', 1],
      ['p-3', 'paragraph', '3', 2],
      ['p-4', 'paragraph', '4', 3],
    ]);
    expect(r.blocks[0]!.text).toBe('Introduction');
    expect(r.blocks.map((b) => b.text).join(' ')).not.toMatch(/A\/99\/123|Rapport intérimaire|13-12345/);
  });

  it('rejoins a split word and keeps a compound', () => {
    expect(r.blocks[1]!.text).toBe('Les migrations internationales sont un sujet vaste et les migrations de retour en font partie.');
    expect(r.blocks[2]!.text).toContain('soixante-huitième');
  });

  it('rejoins a paragraph cut by a page break and by its page’s notes, and links the note both ways', () => {
    expect(r.blocks[2]!.text).toBe('Les participants de la soixante-huitième session ont noté que les États devaient coopérer davantage.');
    expect(r.footnotes).toEqual([{ id: 'fn-1', mark: '1', text: 'Voir A/68/370.', md: 'Voir A/68/370.', refBlockId: 'p-2' }]);
    expect(r.blocks[2]!.footnoteRefs).toEqual(['fn-1']);
  });

  it('reads a note whose mark is set small on the baseline', () => {
    const plain = layoutToBlocks(
      {
        lines: [
          line(1, 100, '1. Le texte cite une source', { runs: [{ text: '1. Le texte cite une source' }, { text: '7', raised: true }, { text: '.' }] }),
          line(1, 760, '7 Rapport de 2012.', { size: 8 }),
        ],
        positioned: true,
        pageHeight: 842,
      },
      {},
    );
    expect(plain.footnotes).toMatchObject([{ mark: '7', text: 'Rapport de 2012.', refBlockId: 'p-1' }]);
    expect(plain.blocks.map((b) => b.text)).toEqual(['Le texte cite une source.']);
  });

  it('keeps what it cannot place and says so', () => {
    const odd = layoutToBlocks({ lines: [line(1, 100, 'suite d’un texte sans début.'), line(1, 130, '1. Premier.')], positioned: true }, {});
    expect(odd.blocks[0]!.text).toBe('suite d’un texte sans début.');
    expect(odd.warnings.some((w) => /lower case/.test(w))).toBe(true);
  });
});
