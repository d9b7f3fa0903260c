import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRows, guardFormula, quoteField, toCsv, type CsvSeparator } from '../../../common/export/csv';
import { expectGolden } from './golden';
import { briefOf } from './shared';

const brief = briefOf('document');

describe('toCsv', () => {
  it('matches the golden files for both separators', () => {
    expectGolden('brief-comma.csv', toCsv(brief, ','));
    expectGolden('brief-semicolon.csv', toCsv(brief, ';'));
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const csv = toCsv(brief, ',');
    expect(csv.startsWith('\uFEFFDocument,Symbol,Citation,Section,Colour,Colour meaning,Quote,Note,Tags,Author,Created,Modified\r\n')).toBe(
      true,
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([',', ';'] as CsvSeparator[])('parses back to the same rows with "%s"', (sep) => {
    const parsed = Papa.parse<string[]>(toCsv(brief, sep).slice(1), { delimiter: sep, newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(csvRows(brief).map((row) => row.map(guardFormula)));
  });

  it('has one row per annotation, even when grouped by tag', () => {
    expect(csvRows(briefOf('tag'))).toHaveLength(10);
  });

  it('guards cells that a spreadsheet would run as formulas', () => {
    const rows = Papa.parse<string[]>(toCsv(brief, ';').slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true }).data;
    const formula = rows.find((r) => r[6]?.includes('+33'));
    expect(formula?.[6]).toBe("'+33 : c’est l’indicatif");
    expect(formula?.[7]).toBe('\'=HYPERLINK("http://evil.example","clic")');
    expect(formula?.[8]).toBe("'@mention");
    for (const c of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(c).startsWith("'")).toBe(true);
    expect(guardFormula('1 = 1')).toBe('1 = 1');
  });
});

describe('quoteField', () => {
  it('quotes separators, quotes and line breaks as RFC 4180 says', () => {
    expect(quoteField('a,b', ',')).toBe('"a,b"');
    expect(quoteField('a,b', ';')).toBe('a,b');
    expect(quoteField('a;b', ';')).toBe('"a;b"');
    expect(quoteField('il a dit "non"', ',')).toBe('"il a dit ""non"""');
    expect(quoteField('un\ndeux', ',')).toBe('"un\ndeux"');
    expect(quoteField('un\r\ndeux', ';')).toBe('"un\r\ndeux"');
    expect(quoteField('plain', ',')).toBe('plain');
  });
});
