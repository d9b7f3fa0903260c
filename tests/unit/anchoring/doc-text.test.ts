import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, docText } from '../../../common/anchoring';
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
