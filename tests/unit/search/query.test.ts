import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../common/search/query';

describe('parseQuery', () => {
  it('requires every analyzed word and drops stop words', () => {
    const q = parseQuery("droits de l'homme");
    expect(q.required.map((c) => c.stem)).toEqual(['droit', 'homm']);
    expect(q.excluded).toEqual([]);
    expect(q.phrases).toEqual([]);
  });

  it('reads "phrases" with straight, curly and French quotes', () => {
    for (const raw of ['"droits de l’homme"', '“droits de l’homme”', '« droits de l’homme »']) {
      const q = parseQuery(raw);
      expect(q.phrases).toEqual(["droits de l'homme"]);
      expect(q.required.map((c) => c.stem)).toEqual(['droit', 'homm']);
      expect(q.required.every((c) => c.quoted)).toBe(true);
    }
  });

  it('reads -word and -"phrase" as exclusions', () => {
    const q = parseQuery('retour -forcé -"retour volontaire"');
    expect(q.required.map((c) => c.stem)).toEqual(['retour']);
    expect(q.excluded.map((c) => c.stem)).toEqual(['forc']);
    expect(q.excludedPhrases).toEqual(['retour volontaire']);
  });

  it('reads word* as a folded prefix, elision removed', () => {
    const q = parseQuery('vulnér* l’hom*');
    expect(q.required.map((c) => [c.stem, c.prefix])).toEqual([
      ['vulner', true],
      ['hom', true],
    ]);
  });

  it('keeps where each word was typed, for corrections', () => {
    const q = parseQuery('la migrtion');
    expect(q.required[0]).toMatchObject({ word: 'migrtion', folded: 'migrtion', at: 3 });
  });

  it('treats a lone dash or star as nothing', () => {
    expect(parseQuery(' - * ').required).toEqual([]);
    expect(parseQuery('').required).toEqual([]);
  });
});
