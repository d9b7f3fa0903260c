/**
 * CSV export for spreadsheets: UTF-8 with a BOM (so Excel reads accents),
 * RFC 4180 quoting, CRLF line ends, and ',' or ';' as separator (';' is what
 * French-locale Excel expects). One row per annotation.
 */
import { briefItems, type Brief } from './brief';

export type CsvSeparator = ',' | ';';

export const BOM = '\uFEFF';

/**
 * Formula injection guard: a spreadsheet runs a cell that starts with
 * = + - @ (and, in some, a tab or carriage return) as a formula, so such a
 * cell gets a leading apostrophe, which spreadsheets read as "this is text".
 * It changes what a program reading the file sees, which is the accepted
 * trade-off (OWASP "CSV Injection").
 */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding the separator, a quote, CR or LF; double inner quotes. */
export function quoteField(cell: string, sep: CsvSeparator): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The header and one row per annotation, before guarding and quoting. */
export function csvRows(b: Brief): string[][] {
  const h = b.labels.csv;
  const rows = [
    [h.document, h.symbol, h.citation, h.section, h.colour, h.meaning, h.quote, h.note, h.tags, h.author, h.created, h.modified],
  ];
  for (const { item: i, doc, section } of briefItems(b)) {
    rows.push([
      doc.shortName,
      doc.symbol ?? '',
      i.citation,
      section.trail.join(b.labels.trailSeparator),
      i.colorName,
      i.meaning,
      i.quote,
      i.note,
      i.tags.join('; '),
      i.author,
      i.created,
      i.modified,
    ]);
  }
  return rows;
}

export function toCsv(b: Brief, separator: CsvSeparator = ','): string {
  return (
    BOM +
    csvRows(b)
      .map((row) => row.map((c) => quoteField(guardFormula(c), separator)).join(separator))
      .join('\r\n') +
    '\r\n'
  );
}
