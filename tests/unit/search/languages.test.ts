import { describe, expect, it } from 'vitest';
import { buildShard, findMatches, SearchEngine } from '../../../common/search';
import { analyzerFor, languageOf } from '../../../common/search/languages';
import { analyzeIn } from '../../../common/search/pipeline';
import { entryOf, makeDoc, RETOUR } from './fixtures';

const english = (() => {
  const d = makeDoc('doc-en', [
    ['heading', 'Return migration', { level: 1 }],
    ['paragraph', 'Migrants returning home need sustainable reintegration programmes.', { number: '1' }],
    ['paragraph', 'The General Assembly adopted A/RES/71/1 on refugees and migrants.', { number: '2' }],
  ]);
  d.language = 'en';
  return d;
})();

const spanish = (() => {
  const d = makeDoc('doc-es', [
    ['paragraph', 'Los migrantes que regresan necesitan programas de reintegración sostenibles.', { number: '1' }],
    ['paragraph', 'La migración de retorno y las migraciones laborales.', { number: '2' }],
  ]);
  d.language = 'es';
  return d;
})();

describe('per-language analysis', () => {
  it('picks the analysis from the document language, French otherwise', () => {
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('es')).toBe('es');
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf('de')).toBe('fr');
    expect(buildShard(english).language).toBe('en');
    expect(buildShard(english).pipeline).toEqual(['plenary-en']);
    expect(buildShard(spanish).language).toBe('es');
    expect(buildShard(RETOUR).language).toBe('fr');
  });

  it('uses each language’s stop words and stemmer', () => {
    expect(analyzeIn('the migrants are returning', 'en')).toEqual(['migrant', 'return']);
    // Spanish: "las", "y", "los" are stop words; accents do not matter.
    expect(analyzeIn('las migraciones y los migrantes', 'es')).toHaveLength(2);
    expect(analyzeIn('la migración', 'es')).toEqual(analyzeIn('la migracion', 'es'));
    // French stop words are not English ones: "de" is a word in English analysis, "the" is one in French.
    expect(analyzeIn('the', 'en')).toEqual([]);
    expect(analyzerFor('es').analyzeFoldedWord('los')).toBeNull();
    expect(analyzerFor('es').analyzeFoldedWord('migraciones')).toBe(analyzerFor('es').analyzeFoldedWord('migracion'));
  });

  it('keeps symbols whole in every language', () => {
    expect(analyzeIn('A/RES/71/1', 'en')).toEqual(['a/res/71/1', '71/1']);
    expect(analyzeIn('A/RES/71/1', 'es')).toEqual(['a/res/71/1', '71/1']);
  });

  it('searches every document with its own language’s analysis in one query', () => {
    const e = new SearchEngine();
    for (const d of [RETOUR, english, spanish]) e.addShard(buildShard(d), entryOf(d));
    // English inflections: "returning" finds "return" only through the English stemmer.
    expect(e.search('returned reintegration').hits.map((h) => h.docId)).toEqual(['doc-en']);
    expect(e.search('migraciones').hits.map((h) => `${h.docId}#${h.blockId}`)).toEqual(['doc-es#b2']);
    // A French word: French documents only (the English stemmer gives another term).
    expect(e.search('réintégration').hits.map((h) => h.docId)).toContain('doc-retour');
    // A symbol is the same term in every language.
    expect(e.search('résolution 71/1').hits.map((h) => h.docId)).toEqual(['doc-en']);
    const r = e.search('returning migrants');
    expect(r.markTermsByLanguage?.en).toEqual(['return', 'migrant']);
    const text = english.blocks[1]!.text;
    expect(findMatches(text, r, 'en').map(([s, t]) => text.slice(s, t))).toEqual(['Migrants', 'returning']);
  });
});
