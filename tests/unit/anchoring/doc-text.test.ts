import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockParts, codePointLength, docText } from '../../../common/anchoring';
import { HAND_DOCS } from './fixtures';

const blocksOf = (texts: string[]) => ({ blocks: texts.map((text, i) => ({ id: `b-${i}`, text })) });

describe('docText', () => {
  it('joins block texts with a blank line and records each block span', () => {
    const model = docText(blocksOf(['Un', 'deux', '']));
    expect(model.text).toBe('Un\n\ndeux\n\n');
    expect(model.blocks.map((b) => [b.start, b.end])).toEqual([
      [0, 2],
      [4, 8],
      [10, 10],
    ]);
    expect(model.blockAt(3)!.id).toBe('b-0');
    expect(model.blockAt(4)!.id).toBe('b-1');
  });

  it('counts code points, not UTF-16 units, around astral characters', () => {
    const model = docText(blocksOf(['a𝔐b', '🌍']));
    expect(model.length).toBe(3 + 2 + 1);
    expect(model.toUtf16(2)).toBe(3); // after "a𝔐"
    expect(model.toCodePoints(3)).toBe(2);
    expect(model.toCodePoints(2)).toBe(1); // inside the pair: its start
    expect(model.toUtf16(model.length)).toBe(model.text.length);
  });

  it('converts between code points and UTF-16 both ways for any text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { minLength: 1, maxLength: 6 }), (texts) => {
        const model = docText(blocksOf(texts));
        expect(model.length).toBe(codePointLength(model.text));
        for (let cp = 0; cp <= model.length; cp++) {
          const u = model.toUtf16(cp);
          expect(model.toCodePoints(u)).toBe(cp);
          expect([...model.text.slice(0, u)].length).toBe(cp);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is built once per document object', () => {
    expect(docText(HAND_DOCS[0]!)).toBe(docText(HAND_DOCS[0]!));
  });
});

describe('blockParts', () => {
  it('cuts a document range into its part in each block, in UTF-16 units of the block, skipping separators', () => {
    const model = docText(blocksOf(['Un 𝔐ot', 'deux', 'trois']));
    // "Un 𝔐ot" is 6 code points, 7 UTF-16 units; the separators are 2 code points each.
    expect(blockParts(model, 3, 6)).toEqual([{ blockId: 'b-0', start: 3, end: 7 }]);
    expect(blockParts(model, 4, 16)).toEqual([
      { blockId: 'b-0', start: 5, end: 7 },
      { blockId: 'b-1', start: 0, end: 4 },
      { blockId: 'b-2', start: 0, end: 2 },
    ]);
    // A range that starts in a separator begins with the next block; one that ends at a block's start has no part in it.
    expect(blockParts(model, 7, 9)).toEqual([{ blockId: 'b-1', start: 0, end: 1 }]);
    expect(blockParts(model, 9, 14)).toEqual([{ blockId: 'b-1', start: 1, end: 4 }]);
    expect(blockParts(model, 5, 5)).toEqual([]);
    expect(blockParts(model, 6, 8)).toEqual([]);
  });

  it('gives back exactly the text of the range, for any range', () => {
    const texts = ['Première ligne', '', 'l’État — 𝔐 ici', 'fin'];
    const model = docText(blocksOf(texts));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: model.length }), fc.integer({ min: 0, max: model.length }), (a, b) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const expected = model.text
          .slice(model.toUtf16(s), model.toUtf16(e))
          .replaceAll('\n', '');
        const got = blockParts(model, s, e)
          .map((p) => texts[Number(p.blockId.slice(2))]!.slice(p.start, p.end))
          .join('');
        expect(got).toBe(expected);
      }),
    );
  });
});
