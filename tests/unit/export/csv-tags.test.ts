import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRows, guardFormula, joinTags, splitTags, toCsv, unguardFormula } from '../../../common/export/csv';
import { briefOf } from './shared';

describe('joinTags / splitTags', () => {
  it('splits tags holding the separator, quotes and commas back exactly', () => {
    const tags = ['droits', 'citation; à vérifier', 'dit "pacte"', 'a, b', '"'];
    expect(splitTags(joinTags(tags))).toEqual(tags);
  });

  it('writes plain tags plainly', () => {
    expect(joinTags(['droits', 'retour'])).toBe('droits; retour');
    expect(joinTags([])).toBe('');
    expect(splitTags('')).toEqual([]);
  });

  it('round-trips any list of trimmed tags', () => {
    const tag = fc.string({ minLength: 1, maxLength: 20, unit: fc.constantFrom('a', 'é', ';', '"', ' ', ',', '\n', 'x') }).map((s) => s.trim()).filter((s) => s.length > 0);
    fc.assert(fc.property(fc.array(tag, { maxLength: 6 }), (tags) => {
        expect(splitTags(joinTags(tags))).toEqual(tags);
      }));
  });

  it('the CSV export\'s tags column splits back to each annotation\'s tags', () => {
    const brief = briefOf('document');
    const parsed = Papa.parse<string[]>(toCsv(brief, ';').slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    const col = parsed.data[0]?.indexOf('Tags') ?? -1;
    const items = csvRows(brief).slice(1);
    expect(items.length).toBeGreaterThan(0);
    const withSemicolon = brief.groups.flatMap((g) => g.documents.flatMap((d) => d.sections.flatMap((s) => s.items)));
    parsed.data.slice(1).forEach((row, i) => expect(splitTags(unguardFormula(row[col] ?? ''))).toEqual(withSemicolon[i]?.tags));
  });
});

describe('unguardFormula', () => {
  it('undoes exactly what guardFormula added', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '@', 'a', '-', ' ') }), (s) => {
        expect(unguardFormula(guardFormula(s))).toBe(s);
      }),
    );
  });
});
