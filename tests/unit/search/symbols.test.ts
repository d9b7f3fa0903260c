import { describe, expect, it } from 'vitest';
import { analyze, tokenize } from '../../../common/search/analyzer';
import { findMatches } from '../../../common/search/highlight';
import { parseQuery } from '../../../common/search/query';
import { joinSymbols, normalizeSymbol, symbolKind, symbolsIn } from '../../../common/search/symbols';
import { foldForMatch } from '../../../common/search/fold';
import { buildShard, SearchEngine } from '../../../common/search';
import { entryOf, makeDoc } from './fixtures';

describe('symbolsIn', () => {
  it.each([
    ['voir le document A/71/L.58.', ['a/71/l.58']],
    ['A/RES/71/1', ['a/res/71/1', '71/1']],
    ['la résolution 71/1 de l’Assemblée', ['71/1']],
    ['IC/2009/1', ['ic/2009/1']],
    ['(IC/2008/6).', ['ic/2008/6']],
    ['A/C.3/78/L.60/Rev.1', ['a/c.3/78/l.60/rev.1']],
    ['E/2013/12 et E/2013/L.5', ['e/2013/12', 'e/2013/l.5']],
    ['EC/GC/01/11', ['ec/gc/01/11']],
    ['A/ 71/ L.58', ['a/71/l.58']],
    ['http://undocs.org/fr/A/RES/67/219', ['a/res/67/219', '67/219']],
    ['http://undocs.org/A/68/150', ['a/68/150']],
  ])('accepts %j', (text, terms) => {
    expect(symbolsIn(foldForMatch(text)).flatMap((m) => m.terms)).toEqual(terms);
  });

  it.each([
    ['et/ou'],
    ['km/h'],
    ['le 10/02/2009'],
    ['13-461422/15'],
    ['MICIC et AVRR'],
    ['2013/14 and/or'],
  ])('rejects %j', (text) => {
    expect(symbolsIn(foldForMatch(text)).flatMap((m) => m.terms)).toEqual([]);
  });

  it('keeps acronyms and ordinary words as words', () => {
    expect(analyze('MICIC, AVRR et/ou km/h')).toEqual(['micic', 'avrr', 'km']);
    expect(tokenize('le 10/02/2009')).toEqual(['le', '10', '02', '2009']);
    expect(tokenize('13-461422/15')).toEqual(['13', '461422', '15']);
  });

  it('drops the elided article in front of a symbol', () => {
    expect(analyze("l'A/68/370 et d’A/RES/71/1")).toEqual(['a/68/370', 'a/res/71/1', '71/1']);
  });

  it('gives the match offsets in the folded text', () => {
    const text = 'cf. A/71/L.58, p. 2';
    const [m] = symbolsIn(foldForMatch(text));
    expect(text.slice(m?.start, m?.end)).toBe('A/71/L.58');
  });
});

describe('joinSymbols', () => {
  it('removes the spaces after the slashes of a symbol only', () => {
    expect(joinSymbols('voir A/ 71/ L.58 et/ ou la suite')).toBe('voir A/71/L.58 et/ ou la suite');
    expect(joinSymbols('A/C.3/ 78/ L.60/ Rev.1')).toBe('A/C.3/78/L.60/Rev.1');
  });
});

describe('symbolKind', () => {
  it.each([
    ['A/RES/71/1', 'resolution'],
    ['A/71/L.58', 'draft'],
    ['A/C.3/78/L.60/Rev.1', 'revision'],
    ['A/68/370', 'report'],
    ['E/2013/12', 'report'],
    ['A/68/370/Add.1', 'addendum'],
    ['A/68/370/Corr.1', 'corrigendum'],
    ['71/1', 'resolution-number'],
    ['EC/GC/01/11', 'document'],
  ])('%s is a %s', (symbol, kind) => {
    expect(symbolKind(symbol)).toBe(kind);
  });

  it('normalises for comparison', () => {
    expect(normalizeSymbol('A/ 68/370')).toBe(normalizeSymbol('a/68/370'));
  });
});

describe('parseQuery with symbols', () => {
  const stems = (q: string) => parseQuery(q).required.map((c) => (c.prefix ? `${c.stem}*` : c.stem));
  it.each([
    ['A/71/L.58', ['a/71/l.58']],
    ['a/ 71/ l.58', ['a/71/l.58']],
    ['A/68/', ['a/68/*']],
    ['A/68/*', ['a/68/*']],
    ['A/RES/71/1', ['71/1']],
    ['résolution 71/1', ['71/1']],
    ['résolution de 2013', ['resolu', '2013']],
    ['MICIC retour', ['micic', 'retour']],
    ['IC/2009/1 migration', ['ic/2009/1', 'migrat']],
  ])('%j → %j', (q, expected) => {
    expect(stems(q)).toEqual(expected);
  });
});

describe('findMatches on symbols', () => {
  it('marks the whole symbol, and resolution numbers written either way', () => {
    const text = 'Voir A/71/L.58 et la résolution 71/1 (A/RES/71/1).';
    const marks = (terms: string[]) => findMatches(text, { markTerms: terms, phrases: [] }).map(([s, e]) => text.slice(s, e));
    expect(marks(['a/71/l.58'])).toEqual(['A/71/L.58']);
    expect(marks(['71/1'])).toEqual(['71/1', 'A/RES/71/1']);
    expect(marks(['a/71/*'])).toEqual(['A/71/L.58']);
  });
});

describe('a symbol typed in part', () => {
  it('finds every symbol starting so when no passage cites it as typed', () => {
    const doc = makeDoc('doc-sym', [
      ['paragraph', 'Voir A/68/370 et A/68/150.', { number: '1' }],
      ['paragraph', 'Voir A/71/L.58.', { number: '2' }],
    ]);
    const e = new SearchEngine();
    e.addShard(buildShard(doc), entryOf(doc));
    expect(e.search('A/68').hits.map((h) => h.number)).toEqual(['1']);
    expect(e.search('A/71/L.5').hits.map((h) => h.number)).toEqual(['2']);
    expect(e.search('A/68/370').total).toBe(1);
    expect(e.search('A/69').total).toBe(0);
    const marks = e.search('A/68').hits[0]?.segments?.filter((s) => s.match).map((s) => s.text);
    expect(marks).toEqual(['A/68/370', 'A/68/150']);
  });
});
