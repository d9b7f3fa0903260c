import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../../common/model';
import { sortEntries } from '../../../renderer/library/Library';

const e = (id: string, date: string, title: string, symbol?: string): CatalogEntry => ({
  id, date, title, shortName: symbol ?? title.slice(0, 10), source: `${id}.txt`, place: 'x', organizer: 'x', docType: 'other', language: 'fr', ...(symbol ? { symbol } : {}),
});
const list = [
  e('b', '2013-07-15', 'Résumé des auditions', 'A/68/370'),
  e('c', '2026-03-12', 'Cooperation on return', 'A/AC.99/2026/7'),
  e('a', '2009-02-10', 'Dialogue international', 'IC/2009/1'),
  e('d', '2009-02-10', 'Écoles et migration', 'A/68/37'),
];

describe('sortEntries', () => {
  it('by date, oldest first, ties by id', () => {
    expect(sortEntries(list, 'date').map((x) => x.id)).toEqual(['a', 'd', 'b', 'c']);
  });
  it('by symbol, numbers compared as numbers (A/68/37 before A/68/370)', () => {
    expect(sortEntries(list, 'symbol').map((x) => x.symbol)).toEqual(['A/68/37', 'A/68/370', 'A/AC.99/2026/7', 'IC/2009/1']);
  });
  it('by title, accents ignored (É sorts with E)', () => {
    expect(sortEntries(list, 'title').map((x) => x.title)).toEqual(['Cooperation on return', 'Dialogue international', 'Écoles et migration', 'Résumé des auditions']);
  });
});
