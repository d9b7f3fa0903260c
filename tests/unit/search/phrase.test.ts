import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../../common/search/fold';
import { containsPhrase } from '../../../common/search/highlight';
import { phraseRegex } from '../../../common/search/phrase';

describe('phraseRegex', () => {
  it.each([
    ["droits de l'homme", 'Les Droits de l’homme et migration', true],
    ['migrations sures', 'des migrations  sûres, dignes', true],
    ["main-d'oeuvre", 'la main‑d’œuvre locale', true],
    ['coeur', 'au CŒUR du sujet', true],
    ['vulnerabilite', 'vulne\u0301rabilite\u0301 (accents combinants)', true],
    ['migration', 'immigration', false],
    ['droits de', 'droits des migrants', false],
    ['homme de droits', "droits de l'homme", false],
  ])('"%s" in "%s": %s', (phrase, text, found) => {
    expect(phraseRegex(foldForMatch(phrase)).test(text)).toBe(found);
  });

  it('agrees with the folded-text check (property)', () => {
    const alphabet = fc.constantFrom(...'abcdeéèêoôuùœŒæ ’\'-–\u00A0ÉEO'.split(''));
    const str = fc.array(alphabet, { minLength: 1, maxLength: 24 }).map((a) => a.join(''));
    fc.assert(
      fc.property(str, str, fc.nat(), fc.nat(), (text, other, i, j) => {
        const folded = foldForMatch(text);
        // Half the phrases come from the text itself, half from elsewhere.
        const source = i % 2 === 0 ? folded : foldForMatch(other);
        const a = i % source.length;
        const phrase = source.slice(a, a + 1 + (j % (source.length - a))).trim();
        if (phrase.length === 0) return;
        expect(phraseRegex(phrase).test(text)).toBe(containsPhrase(folded, phrase));
      }),
      { numRuns: 2000 },
    );
  });
});
