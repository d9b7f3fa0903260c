import { describe as group, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe, describeRange, docText, SelectionError } from '../../../common/anchoring';
import { HAND_DOCS } from './fixtures';

const doc = HAND_DOCS[0]!;
const model = docText(doc);

group('describe', () => {
  it('describes a selection inside a block with its quote, context and position', () => {
    const s = describe(doc, 'p-1', 4, 13)!;
    expect(s.blockId).toBe('p-1');
    expect(s.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'auditions',
      prefix: 'I. Introduction\n\nLes ',
      suffix: ' informelles interactives de l’A',
    });
    const blockStart = model.blocks[1]!.start;
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: blockStart + 4, end: blockStart + 13 });
    expect([...s.quote.suffix].length).toBe(CONTEXT_LENGTH);
  });

  it('runs across blocks, counting the separators, and keeps blockId as the starting block', () => {
    const p1 = doc.blocks[1]!.text;
    const s = describe(doc, 'p-1', p1.length - 5, p1.length + 2 + 3)!;
    expect(s.quote.exact).toBe(`7/219.\n\nL’A`.slice(1));
    expect(s.blockId).toBe('p-1');
  });

  it('pulls selection ends off the separators between blocks', () => {
    const p1 = doc.blocks[1]!;
    const s = describe(doc, 'p-1', p1.text.length, p1.text.length + 2 + 3)!;
    expect(s.blockId).toBe('p-2');
    expect(s.quote.exact).toBe('L’A');
    const e = describe(doc, 'h-1', 3, 'I. Introduction'.length + 2)!;
    expect(e.quote.exact).toBe('Introduction');
  });

  it('returns null for an empty selection or one inside a separator only', () => {
    expect(describe(doc, 'p-1', 5, 5)).toBeNull();
    const h = doc.blocks[0]!.text.length;
    expect(describe(doc, 'h-1', h, h + 2)).toBeNull();
  });

  it('measures astral characters as one code point each', () => {
    const s = describe(doc, 'p-3', 11, 12)!;
    expect(s.quote.exact).toBe('𝔐');
    expect(s.position.end - s.position.start).toBe(1);
  });

  it('orders reversed ends', () => {
    expect(describeRange(doc, 30, 20)).toEqual(describeRange(doc, 20, 30));
  });

  it('refuses an unknown block and a selection longer than the schema allows', () => {
    expect(() => describe(doc, 'nope', 0, 1)).toThrow(SelectionError);
    const long = { blocks: [{ id: 'x', text: 'a'.repeat(20_001) }] };
    expect(() => describeRange(long, 0, 20_001)).toThrow(/at most 20,000/);
  });
});
