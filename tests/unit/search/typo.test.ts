import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edits1, vocabularyCandidates, withinOneEdit } from '../../../common/search/typo';

/** Damerau–Levenshtein distance (optimal string alignment), for reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((d[i - 1]?.[j] as number) + 1, (d[i]?.[j - 1] as number) + 1, (d[i - 1]?.[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (d[i - 2]?.[j - 2] as number) + 1);
      (d[i] as number[])[j] = v;
    }
  }
  return d[a.length]?.[b.length] as number;
}

const word = fc.stringMatching(/^[a-e]{0,7}$/);

describe('edits1', () => {
  it('lists exactly the distinct words at distance 1 over a–z (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-c]{1,5}$/), (w) => {
        const out = edits1(w).map((e) => e.word);
        expect(new Set(out).size).toBe(out.length);
        expect(out).not.toContain(w);
        for (const v of out) expect(distance(w, v)).toBe(1);
      }),
    );
  });

  it('applies the same edit to the word as typed', () => {
    const fix = edits1('vulnerabilte').find((e) => e.word === 'vulnerabilite');
    expect(fix?.apply('vulnérabilté')).toBe('vulnérabilité');
  });
});

describe('withinOneEdit', () => {
  it('agrees with the edit distance (property)', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(distance(a, b) <= 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('vocabularyCandidates', () => {
  const vocab = ['migrat', 'migr', 'vulner', 'recrut', 'droit'];
  const byLetter = (c: string): string[] => vocab.filter((s) => s[0] === c);
  const isStem = (s: string): boolean => vocab.includes(s);

  it.each([
    ['migrtion', 'migration'],
    ['vulnerabilte', 'vulnerabilite'],
    ['recrutment', 'recrutement'],
    ['driots', 'droits'],
  ])('proposes %s → %s', (typo, fixed) => {
    const c = vocabularyCandidates(typo, byLetter, isStem);
    expect(c.map((x) => x.folded)).toContain(fixed);
    // Every candidate is one edit from the typo.
    for (const x of c) expect(distance(typo, x.folded)).toBe(1);
  });

  it('maps the correction back onto the typed spelling', () => {
    const c = vocabularyCandidates('vulnerabilte', byLetter, isStem).find((x) => x.folded === 'vulnerabilite');
    expect(c?.apply('Vulnérabilté')).toBe('Vulnérabilité');
  });
});
