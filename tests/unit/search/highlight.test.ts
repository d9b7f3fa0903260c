import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeFoldedWord } from '../../../common/search/analyzer';
import { foldWithOffsets } from '../../../common/search/fold';
import { findMatches, foldedMatches } from '../../../common/search/highlight';
import { makeSnippet, snippetFor } from '../../../common/search/snippet';

const slices = (text: string, ranges: Array<[number, number]>): string[] => ranges.map(([s, e]) => text.slice(s, e));

describe('findMatches', () => {
  it('marks every word whose stem is a mark term, in any accent or case', () => {
    const text = 'La vulnérabilité des enfants; les VULNERABLES et les enfants vulnérables.';
    const r = findMatches(text, { markTerms: ['vulner', 'enfant'] });
    expect(slices(text, r)).toEqual(['vulnérabilité', 'enfants', 'VULNERABLES', 'enfants', 'vulnérables']);
  });

  it('marks the word after an elision, not the article', () => {
    const text = 'Les droits de l’homme et d\'homme à homme.';
    const r = findMatches(text, { markTerms: ['homm'] });
    expect(slices(text, r)).toEqual(['homme', 'homme', 'homme']);
  });

  it('marks prefixes on the word or its stem', () => {
    const text = 'Migrants, migration et immigration.';
    const r = findMatches(text, { markTerms: ['migr*'] });
    expect(slices(text, r)).toEqual(['Migrants', 'migration']);
  });

  it('marks phrases accent-insensitively with offsets into the original text, across œ', () => {
    const text = 'Œuvrer de concert à des migrations sûres, pour la main-d’œuvre sure.';
    const r = findMatches(text, { phrases: ['migrations sures'], markTerms: [] });
    expect(slices(text, r)).toEqual(['migrations sûres']);
    const r2 = findMatches(text, { phrases: ["main-d'oeuvre"] });
    expect(slices(text, r2)).toEqual(['main-d’œuvre']);
  });

  it('does not mark a phrase inside a longer word', () => {
    expect(findMatches('immigration', { phrases: ['migration'] })).toEqual([]);
  });

  it('merges overlapping term and phrase matches', () => {
    const text = 'droits de l’homme';
    expect(findMatches(text, { markTerms: ['droit', 'homm'], phrases: ['droits de l’homme'] })).toEqual([[0, text.length]]);
  });

  it('finds nothing without terms or phrases', () => {
    expect(findMatches('texte', {})).toEqual([]);
  });
});

describe('makeSnippet', () => {
  it('turns every run of white space outside the matches into one space, as /\\s+/ would', () => {
    const text = 'La\u00A0 migration\n\nde\u202Fretour  \t et\u2009 le reste. ';
    const { snippet } = makeSnippet(text, [[4, 13]]);
    expect(snippet).toBe(text.replace(/\s+/g, ' '));
    expect(makeSnippet('a b c', []).snippet).toBe('a b c');
  });

  it('returns the whole short text as segments with the matches flagged', () => {
    const text = 'La migration de retour.';
    const { snippet, segments } = makeSnippet(text, [[3, 12], [16, 22]]);
    expect(snippet).toBe(text);
    expect(segments).toEqual([
      { text: 'La ', match: false },
      { text: 'migration', match: true },
      { text: ' de ', match: false },
      { text: 'retour', match: true },
      { text: '.', match: false },
    ]);
  });

  it('cuts a long text around the matches, on word boundaries, with ellipses', () => {
    const words = Array.from({ length: 120 }, (_, i) => `mot${i}`);
    const text = words.join(' ');
    const at = text.indexOf('mot80');
    const { snippet, segments } = makeSnippet(text, [[at, at + 5]], 100);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('mot80');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['mot80']);
    expect(snippet.length).toBeLessThan(140);
    expect(segments.map((s) => s.text).join('')).toBe(snippet);
    // Words are never cut.
    expect(snippet.replace(/…/g, '').trim().split(' ').every((w) => /^mot\d+$/.test(w))).toBe(true);
  });
});

describe('snippetFor', () => {
  const filler = (n: number, w: string): string => Array.from({ length: n }, () => w).join(' ');

  it('finds the matches of a long block and marks them exactly, not inside longer words', () => {
    const text = `${filler(80, 'texte')} L’immigration et la migration de retour des migrants. ${filler(80, 'suite')}`;
    const { snippet, segments } = snippetFor(text, ['migrat', 'retour'], []);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['migration', 'retour']);
    expect(snippet).toContain('L’immigration et la migration de retour');
    expect(snippet.length).toBeLessThan(400);
  });

  it('marks a phrase in a long block, accent-insensitively', () => {
    const text = `${filler(100, 'mot')} des migrations sûres, ordonnées et régulières ${filler(100, 'fin')}`;
    const { segments } = snippetFor(text, ['migrat', 'sur'], ['migrations sures, ordonnees et regulieres']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['migrations sûres, ordonnées et régulières']);
  });

  it('gives the same marks as marking the whole block when the block is short', () => {
    const text = 'Les droits de l’homme des migrants.';
    expect(snippetFor(text, ['droit', 'homm'], []).segments).toEqual(makeSnippet(text, [[4, 10], [16, 21]]).segments);
  });
});

describe('foldedMatches', () => {
  /** Reference: tokenize the whole folded text and analyze every word. */
  function reference(folded: string, stems: Set<string>): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const m of folded.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)) {
      const el = /^(?:l|d|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|c|j|m|n|s|t)'(?=.)/.exec(m[0]);
      const stem = analyzeFoldedWord(m[0]);
      if (stem !== null && stems.has(stem)) out.push([(m.index as number) + (el ? el[0].length : 0), (m.index as number) + m[0].length]);
    }
    return out;
  }

  it('marks exactly the words a full tokenization would (property)', () => {
    const words = fc.constantFrom(
      'l’homme', "d'homme", 'hommes', 'aujourd’hui', 'hui', 'droits', 'droit', 'vulnérables', 'vulnérabilité', 'de', 'la',
      'migration', 'immigration', 'qu’il', 'jusqu’aux', 'retours', 'RETOUR', 'œuvre', 'main-d’œuvre', '2009', 'l’', '’homme',
    );
    const seps = fc.constantFrom(' ', '  ', ', ', '-', '’', "'", '\u00A0', '. ');
    const text = fc.array(fc.tuple(words, seps), { minLength: 1, maxLength: 12 }).map((a) => a.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, fc.subarray(['homm', 'droit', 'vulner', 'migrat', 'retour', 'aujourdhui', 'hui', 'oeuvr', '2009', 'il']), (t, terms) => {
        const ft = foldWithOffsets(t);
        const mine = foldedMatches(ft, terms, []);
        const ref = reference(ft.folded, new Set(terms));
        // The reference does not merge touching ranges; compare covered offsets.
        const cover = (rs: Array<[number, number]>): number[] => rs.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k));
        expect(cover(mine)).toEqual(cover(ref));
      }),
      { numRuns: 1000 },
    );
    expect(analyze('aujourd’hui')).toEqual(['aujourdhui']);
  });
});
