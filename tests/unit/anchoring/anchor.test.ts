import { describe, expect, it } from 'vitest';
import { anchor, describe as describeSel, docText } from '../../../common/anchoring';
import type { Block, StructuredDocument } from '../../../common/model';
import { HAND_DOCS } from './fixtures';

const doc = HAND_DOCS[0]!;
const textOf = (d: StructuredDocument, a: { start: number; end: number }) => {
  const m = docText(d);
  return m.text.slice(m.toUtf16(a.start), m.toUtf16(a.end));
};
const withBlocks = (blocks: Block[]): StructuredDocument => ({ ...doc, blocks });
const editBlock = (id: string, edit: (t: string) => string) =>
  withBlocks(doc.blocks.map((b) => (b.id === id ? { ...b, text: edit(b.text), md: edit(b.md) } : b)));

describe('anchor', () => {
  it('uses the stored position when the document is unchanged', () => {
    const s = describeSel(doc, 'p-2', 10, 40)!;
    expect(anchor(doc, s)).toEqual({ blockId: 'p-2', start: s.position.start, end: s.position.end, method: 'position' });
  });

  it('finds the quote in its block after text is inserted before it', () => {
    const s = describeSel(doc, 'p-4', 30, 70)!;
    const changed = withBlocks([
      { id: 'new', kind: 'paragraph', text: 'Un paragraphe ajouté en tête.', md: 'Un paragraphe ajouté en tête.', headingPath: [] },
      ...doc.blocks,
    ]);
    const a = anchor(changed, s)!;
    expect(a.method).toBe('quote-in-block');
    expect(textOf(changed, a)).toBe(s.quote.exact);
  });

  it('chooses the right one of repeated occurrences by prefix and suffix', () => {
    const p2 = doc.blocks[2]!.text;
    const second = p2.lastIndexOf('la migration de retour');
    const s = describeSel(doc, 'p-2', second, second + 'la migration de retour'.length)!;
    // Shift the block so the position no longer holds.
    const changed = editBlock('p-2', (t) => `Préambule. ${t}`);
    const a = anchor(changed, s)!;
    expect(a.method).toBe('quote-in-block');
    const at = docText(changed).blocks[2]!.start;
    expect(a.start - docText(changed).toCodePoints(at)).toBe(second + 'Préambule. '.length);
  });

  it('finds an approximate match after the quoted words were corrected', () => {
    const s = describeSel(doc, 'p-4', 0, doc.blocks[6]!.text.length)!;
    const changed = editBlock('p-4', (t) => t.replace('renforcer', 'renforcé').replace('durable', 'durables'));
    const a = anchor(changed, s)!;
    expect(a.method).toBe('quote-fuzzy');
    expect(textOf(changed, a)).toMatch(/^Les États Membres .* réintégration durables?\.?$/);
  });

  it('follows a passage whose block was renumbered', () => {
    const s = describeSel(doc, 'p-4', 10, 60)!;
    const changed = withBlocks(doc.blocks.map((b) => (b.id === 'p-4' ? { ...b, id: 'p-40' } : b)));
    const a = anchor(changed, s)!;
    expect(a).toMatchObject({ method: 'quote-fuzzy', blockId: 'p-40' });
    expect(textOf(changed, a)).toBe(s.quote.exact);
  });

  it('returns null when the block is gone and nothing like the quote is left', () => {
    const s = describeSel(doc, 'p-3', 0, 30)!;
    expect(anchor(withBlocks(doc.blocks.filter((b) => b.id !== 'p-3')), s)).toBeNull();
  });

  it('does not move a short quote to a chance occurrence without its context', () => {
    const s = describeSel(doc, 'p-4', 'Les États Membres sont invités à renforcer la '.length, 'Les États Membres sont invités à renforcer la coopération'.length)!;
    expect(s.quote.exact).toBe('coopération');
    // p-2 also says "coopération", in other words around it.
    expect(anchor(withBlocks(doc.blocks.filter((b) => b.id !== 'p-4')), s)).toBeNull();
  });

  it('finds a block-spanning selection again', () => {
    const p1 = doc.blocks[1]!.text.length;
    const s = describeSel(doc, 'p-1', p1 - 20, p1 + 2 + 30)!;
    expect(anchor(doc, s)!.method).toBe('position');
    const changed = editBlock('h-1', (t) => `${t} (révisée)`);
    const a = anchor(changed, s)!;
    expect(a.method).toBe('quote-in-block');
    expect(textOf(changed, a)).toBe(s.quote.exact);
  });

  it('returns null for an empty document', () => {
    const s = describeSel(doc, 'p-1', 0, 5)!;
    expect(anchor({ blocks: [] }, s)).toBeNull();
  });
});
