import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findInText, foldForMatch, foldWithOffsets, toOriginalRange } from '../../../common/search/fold';

describe('foldForMatch', () => {
  it.each([
    ['Vulnérabilité', 'vulnerabilite'],
    ['ÉTATS', 'etats'],
    ['Œuvre', 'oeuvre'],
    ['main-d’œuvre', "main-d'oeuvre"],
    ['curriculum vitæ', 'curriculum vitae'],
    ['l‘homme', "l'homme"],
    ['l\u02BChomme', "l'homme"],
    ['« migration » “sûre”', '" migration " "sure"'],
    ['10\u00A0février\u202F2009', '10 fevrier 2009'],
    ['a  \n b', 'a b'],
    ['2008–2009', '2008-2009'],
    ['ﬁnancement', 'financement'],
    ['Ça', 'ca'],
  ])('%s → %s', (input, out) => {
    expect(foldForMatch(input)).toBe(out);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(foldForMatch(foldForMatch(s))).toBe(foldForMatch(s));
      }),
    );
  });

  it('maps offsets the same with or without the shortcut for offset-preserving text (property)', () => {
    const alphabet = fc.constantFrom(...'aàbcçeéÉèœæß ’\'\u00A0\u202F\t\nO½ﬁ-–'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')), (s) => {
        const fast = foldWithOffsets(s);
        const slow = foldWithOffsets(s, true);
        expect(fast.folded).toBe(slow.folded);
        for (let i = 0; i < fast.folded.length; i++) {
          expect(toOriginalRange(fast, i, i + 1)).toEqual(toOriginalRange(slow, i, i + 1));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with the code point by code point fold of foldWithOffsets (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        expect(foldWithOffsets(s, true).folded).toBe(foldForMatch(s));
        expect(foldWithOffsets(s).folded).toBe(foldForMatch(s));
      }),
      { numRuns: 500 },
    );
    const long = 'É'.repeat(5000) + '\uFDFA'.repeat(300);
    expect(foldForMatch(long)).toBe(foldWithOffsets(long, true).folded);
  });
});

describe('findInText', () => {
  it('finds accented text from an unaccented needle, with offsets into the original', () => {
    const text = 'La vulnérabilité des enfants; VULNERABILITE.';
    const found = findInText(text, 'vulnerabilite');
    expect(found).toEqual([
      [3, 16],
      [30, 43],
    ]);
    expect(found.map(([s, e]) => text.slice(s, e))).toEqual(['vulnérabilité', 'VULNERABILITE']);
  });

  it('maps matches across ligatures whose folded length differs (œ → oe)', () => {
    const text = 'Œuvrer pour la main-d’œuvre et les cœurs';
    const found = findInText(text, 'oeuvre');
    expect(found.map(([s, e]) => text.slice(s, e))).toEqual(['Œuvre', 'œuvre']);
    // Offsets after a ligature are still right.
    const [[s, e]] = findInText(text, 'coeurs') as [[number, number]];
    expect(text.slice(s, e)).toBe('cœurs');
    expect(s).toBe(35);
  });

  it('matches a curly apostrophe with a straight one and a NBSP with a space', () => {
    const text = 'droits de l’homme\u00A0et\u00A0migration';
    const found = findInText(text, "droits de l'homme et migration");
    expect(found).toEqual([[0, text.length]]);
  });

  it('finds nothing for an empty or blank needle', () => {
    expect(findInText('abc', '')).toEqual([]);
    expect(findInText('abc', '   ')).toEqual([]);
  });

  it('every range it returns folds to the needle (property)', () => {
    const alphabet = fc.constantFrom(...'aàbcçeéèœæ ’\'Ée\u00A0O'.split(''));
    const str = fc.array(alphabet, { minLength: 1, maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(str, fc.nat(), fc.nat(), (text, i, j) => {
        const a = i % text.length;
        const b = a + 1 + (j % (text.length - a));
        const needle = text.slice(a, b);
        const n = foldForMatch(needle).trim();
        const found = findInText(text, needle);
        if (n.length === 0) {
          expect(found).toEqual([]);
          return;
        }
        expect(found.length).toBeGreaterThan(0);
        for (const [s, e] of found) {
          // Folding the matched original slice gives the needle (possibly with a ligature spelled out around it).
          expect(foldForMatch(text.slice(s, e))).toContain(n);
        }
      }),
      { numRuns: 500 },
    );
  });
});
