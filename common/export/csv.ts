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
  // Apostrophes already in front of a formula character are guarded too, so
  // that `unguardFormula` can always undo exactly what was added.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `guardFormula`, for a program reading the file back. */
export function unguardFormula(cell: string): string {
  return /^''*[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** RFC 4180: quote a field holding the separator, a quote, CR or LF; double inner quotes. */
export function quoteField(cell: string, sep: CsvSeparator): string {
  return cell.includes(sep) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The tags of one annotation in one cell, so that they split back exactly:
 * "; " between tags, and a tag that holds ";" or a double quote is written
 * in double quotes with inner quotes doubled (the CSV convention again, one
 * level down). `splitTags` is the inverse.
 */
export function joinTags(tags: readonly string[]): string {
  return tags.map((t) => (/[;"]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t)).join('; ');
}

export function splitTags(cell: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cell.length) {
    while (cell[i] === ' ') i++;
    if (cell[i] === '"') {
      let tag = '';
      i++;
      while (i < cell.length) {
        if (cell[i] === '"' && cell[i + 1] === '"') {
          tag += '"';
          i += 2;
        } else if (cell[i] === '"') {
          i++;
          break;
        } else tag += cell[i++];
      }
      out.push(tag);
      const next = cell.indexOf(';', i);
      i = next === -1 ? cell.length : next + 1;
    } else {
      const next = cell.indexOf(';', i);
      const end = next === -1 ? cell.length : next;
      const tag = cell.slice(i, end).trim();
      if (tag) out.push(tag);
      i = end + 1;
    }
  }
  return out;
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
      joinTags(i.tags),
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
