import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, foldForMatch, restoreSuffixAccent, stemFolded, stemHead } from '../../../common/search/analyzer';
import { snowballFr } from '../../../common/search/lunr-fr';

const one = (w: string): string => {
  const out = analyze(w);
  expect(out, `analyze(${JSON.stringify(w)})`).toHaveLength(1);
  return out[0] as string;
};

describe('analyze', () => {
  // Each pair must reach the same single stem.
  it.each([
    ['vulnérabilité', 'vulnerabilite'],
    ['vulnérabilité', 'vulnérables'],
    ['vulnérabilité', 'vulnérable'],
    ['vulnérabilités', 'VULNERABILITES'],
    ['durabilité', 'durable'],
    ['durabilité', 'durabilite'],
    ['durables', 'durabilite'],
    ['migration', 'migrations'],
    ['MIGRATION', 'migrations'],
    ['États', 'etats'],
    ['État', 'Etat'],
    ['réfugiés', 'refugies'],
    ['réfugié', 'réfugiés'],
    ['première', 'premiere'],
    ['particulièrement', 'particulierement'],
    ['créée', 'creee'],
    ['protégés', 'proteges'],
    ['identifiés', 'identifies'],
    ['employés', 'employes'],
    ['accès', 'acces'],
    ['progrès', 'progres'],
    ['cœur', 'coeur'],
    ['œuvre', 'oeuvre'],
    ['Œuvrer', 'oeuvrer'],
    ['sécurité', 'securite'],
    ['capacités', 'capacite'],
    ['mobilité', 'mobilite'],
    ['coopération', 'cooperation'],
    ['intégration', 'integration'],
    ['réintégration', 'reintegration'],
  ])('%s ≡ %s', (a, b) => {
    expect(one(a)).toBe(one(b));
  });

  it.each([
    ['migration', 'mission'],
    ['retour', 'retard'],
    ['enfants', 'femmes'],
    ['droit', 'doit'],
  ])('%s ≠ %s', (a, b) => {
    expect(one(a)).not.toBe(one(b));
  });

  const ELISIONS = ['l', 'd', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'c', 'j', 'm', 'n', 's', 't'];
  it.each(ELISIONS.flatMap((e) => [[`${e}’accord`], [`${e}'accord`], [`${e.toUpperCase()}’ACCORD`]]))(
    'cuts the elision of %s',
    (w) => {
      expect(analyze(w)).toEqual(analyze('accord'));
      expect(analyze('accord')).toEqual(['accord']);
    },
  );

  it("treats l’homme and l'homme alike, and both as homme", () => {
    expect(analyze('droits de l’homme')).toEqual(['droit', 'homm']);
    expect(analyze("droits de l'homme")).toEqual(['droit', 'homm']);
    expect(analyze('Droits de l\u02BChomme')).toEqual(['droit', 'homm']);
  });

  it('keeps words joined by an apostrophe that is not an elision', () => {
    expect(analyze('aujourd’hui')).toEqual(analyze("aujourd'hui"));
    expect(analyze('aujourd’hui')).toHaveLength(1);
  });

  it('drops stop words and single letters, keeps numbers, in order', () => {
    expect(analyze('de la et les des du à où')).toEqual([]);
    expect(analyze('IC/2009/1 : le retour des migrants en 2008')).toEqual(['ic/2009/1', 'retour', one('migrant'), '2008']);
    expect(one('migrants')).toBe(one('migrant'));
  });

  it('splits hyphenated words and ligatures the same way in any spelling', () => {
    expect(analyze('main-d’œuvre')).toEqual(['main', 'oeuvr']);
    expect(analyze('MAIN-D’OEUVRE')).toEqual(['main', 'oeuvr']);
  });

  it('is accent-, case- and apostrophe-insensitive for any text (property)', () => {
    const chars = fc.constantFrom(...'aàâäbcçdeéèêëfghiîïjklmnoôöœpqrstuùûüvwxyÿzAÉÈÀÇŒ’\' -,.0123456789'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        const base = analyze(s);
        expect(analyze(foldForMatch(s))).toEqual(base);
        expect(analyze(s.toUpperCase())).toEqual(base);
        expect(analyze(s.replace(/’/g, "'"))).toEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  it('stems an unaccented word like its accented spelling for ≥ 99% of the corpus vocabulary', () => {
    const dir = resolve(import.meta.dirname, '../../../corpus/sources');
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n')
      .toLowerCase();
    const accented = [...new Set(text.match(/\p{L}+/gu) ?? [])].filter((w) => foldForMatch(w) !== w && w.length > 2);
    expect(accented.length).toBeGreaterThan(500);
    // Reference: stem the accented word with stock Snowball, then fold.
    const disagree = accented.filter((w) => stemFolded(foldForMatch(w)) !== foldForMatch(snowballFr(w)));
    expect(disagree.length / accented.length).toBeLessThan(0.01);
  });
});

describe('stemFolded', () => {
  it('keeps the first two letters of every word of the corpus (highlighting relies on it)', () => {
    const dir = resolve(import.meta.dirname, '../../../corpus/sources');
    const words = new Set(
      readdirSync(dir)
        .map((f) => foldForMatch(readFileSync(join(dir, f), 'utf8')))
        .join(' ')
        .match(/[\p{L}\p{N}]{2,}/gu) ?? [],
    );
    expect(words.size).toBeGreaterThan(2000);
    const changed = [...words].filter((w) => stemFolded(w).slice(0, 2) !== w.slice(0, 2));
    expect(changed).toEqual([]);
    // Highlighting only stems a word that starts with its candidate stem's head.
    expect([...words].filter((w) => !w.startsWith(stemHead(stemFolded(w))))).toEqual([]);
    expect(stemFolded('application')).toBe('appliqu'); // a rewrite of the stem's last letters
    expect(stemHead('appliqu')).toBe('appl');
  });
});

describe('restoreSuffixAccent', () => {
  it.each([
    ['vulnerabilite', 'vulnerabilité'],
    ['capacites', 'capacités'],
    ['premiere', 'première'],
    ['creee', 'creée'],
    ['identifies', 'identifiés'],
    ['apres', 'après'],
    ['migration', 'migration'],
    ['parties', 'parties'],
  ])('%s → %s', (input, out) => {
    expect(restoreSuffixAccent(input)).toBe(out);
  });
});
