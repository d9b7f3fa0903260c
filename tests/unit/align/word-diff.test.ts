import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOSE_SIMILARITY, isClose, similarity, wordDiff } from '../../../common/align';
import type { DiffSegment } from '../../../common/align';

const text = (segs: DiffSegment[], skip: DiffSegment['type']): string =>
  segs.filter((s) => s.type !== skip).map((s) => s.text).join('');
/** Whitespace removed and apostrophes unified: what wordDiff does not compare. */
const squash = (s: string): string => s.replace(/[\s\u200B]+/g, '').replace(/[’ʼ]/g, "'");

describe('wordDiff', () => {
  it('returns one equal segment for identical texts', () => {
    expect(wordDiff('Le retour volontaire.', 'Le retour volontaire.')).toEqual([
      { type: 'equal', text: 'Le retour volontaire.' },
    ]);
  });

  it('shows a change of accent as a change of the word', () => {
    expect(wordDiff('le role des Etats', 'le rôle des États')).toEqual([
      { type: 'equal', text: 'le ' },
      { type: 'delete', text: 'role' },
      { type: 'insert', text: 'rôle' },
      { type: 'equal', text: ' des ' },
      { type: 'delete', text: 'Etats' },
      { type: 'insert', text: 'États' },
    ]);
  });

  it('shows a change of punctuation as a change of that mark only', () => {
    expect(wordDiff('les pays d’origine, de transit', 'les pays d’origine; de transit')).toEqual([
      { type: 'equal', text: 'les pays d’origine' },
      { type: 'delete', text: ',' },
      { type: 'insert', text: ';' },
      { type: 'equal', text: ' de transit' },
    ]);
    const quotes = wordDiff('le thème "Migration de retour"', 'le thème « Migration de retour »');
    expect(quotes.filter((s) => s.type === 'delete').map((s) => s.text)).toEqual(['"', '"']);
    expect(quotes.filter((s) => s.type === 'insert').map((s) => s.text)).toEqual(['«', ' »']);
  });

  it('shows a change of case', () => {
    expect(wordDiff('Les Membres', 'les Membres').filter((s) => s.type !== 'equal')).toEqual([
      { type: 'delete', text: 'Les' },
      { type: 'insert', text: 'les' },
    ]);
  });

  it('ignores whitespace: no-break spaces, line breaks, runs and a space before a colon', () => {
    const a = 'Migration de retour : défis\net opportunités  (2008)';
    const b = 'Migration\u00A0de retour\u202F: défis et\nopportunités (2008)';
    expect(wordDiff(a, b)).toEqual([{ type: 'equal', text: b }]);
    expect(wordDiff('retour:', 'retour :')).toEqual([{ type: 'equal', text: 'retour :' }]);
  });

  it('does not count typographic variants a reader cannot see: apostrophes, hyphens, soft hyphens, NFD', () => {
    expect(wordDiff("l'homme", 'l’homme')).toEqual([{ type: 'equal', text: 'l’homme' }]);
    expect(wordDiff('main-d’œuvre', 'main\u2011d\u02BCœuvre')).toHaveLength(1);
    expect(wordDiff('migra\u00ADtion', 'migration')).toEqual([{ type: 'equal', text: 'migration' }]);
    expect(wordDiff('re\u0301gion', 'région')).toEqual([{ type: 'equal', text: 'région' }]);
  });

  it('marks inserted and deleted words with their own leading space', () => {
    expect(wordDiff('les pays de destination', 'les pays de transit et de destination')).toEqual([
      { type: 'equal', text: 'les pays de' },
      { type: 'insert', text: ' transit et de' },
      { type: 'equal', text: ' destination' },
    ]);
    expect(wordDiff('a foo b', 'a b')).toEqual([
      { type: 'equal', text: 'a' },
      { type: 'delete', text: ' foo' },
      { type: 'equal', text: ' b' },
    ]);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'mot')).toEqual([{ type: 'insert', text: 'mot' }]);
    expect(wordDiff('mot', '')).toEqual([{ type: 'delete', text: 'mot' }]);
  });

  it('rebuilds the new text exactly and the old one up to whitespace (property)', () => {
    const word = fc.constantFrom('retour', 'rôle', 'role', 'État', 'Etat', 'l’homme', "l'homme", 'pays', '2008');
    const sep = fc.constantFrom(' ', '\u00A0', '\n', '  ', '', ', ', ' ; ', ' « ', ' » ', '. ');
    const textArb = fc.array(fc.tuple(word, sep), { maxLength: 12 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(textArb, textArb, (a, b) => {
        const segs = wordDiff(a, b);
        expect(text(segs, 'delete')).toBe(b);
        expect(squash(text(segs, 'insert'))).toBe(squash(a));
        for (let i = 1; i < segs.length; i++) expect(segs[i]!.type).not.toBe(segs[i - 1]!.type);
      }),
    );
  });
});

describe('similarity', () => {
  it('is 1 for texts equal up to whitespace and 0 for texts with no token in common', () => {
    expect(similarity('le retour  volontaire', 'le\u00A0retour volontaire')).toBe(1);
    expect(similarity('alpha beta', 'gamma delta')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });

  it('is the share of tokens kept in order', () => {
    // 4 tokens each, 3 in common: 2·3 / 8
    expect(similarity('le retour est volontaire', 'le retour est forcé')).toBeCloseTo(0.75);
  });

  it('gives up below the minimum and returns 0', () => {
    expect(similarity('a b c d', 'a x y z', 0.5)).toBe(0);
    expect(similarity('a b c d', 'a b c z', 0.5)).toBeCloseTo(0.75);
  });
});

describe('isClose', () => {
  it('holds for an edited sentence and not for an unrelated one', () => {
    const a = 'Le retour volontaire est préférable au retour forcé, en ce sens qu’il offre la plus grande convergence d’intérêts.';
    const b = 'Le retour volontaire est l’option qui présente la plus grande convergence d’intérêts.';
    expect(similarity(a, b)).toBeGreaterThan(CLOSE_SIMILARITY);
    expect(isClose(a, b)).toBe(true);
    expect(isClose(a, 'Les orchidées sauvages fleurissent au printemps.')).toBe(false);
  });
});
