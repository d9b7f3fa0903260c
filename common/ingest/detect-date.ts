/**
 * Document dates as printed in French, English and Spanish: "10 février 2009",
 * "1er juillet 2013", "21 - 22 avril 2008" (the first day), "10 February
 * 2009", "February 10, 2009", "10 de febrero de 2009", and ISO "2009-02-10".
 */

const MONTHS: Record<string, number> = {};
const add = (names: string, lang: string) =>
  names.split(' ').forEach((n, i) => (MONTHS[`${lang}:${n}`] = i + 1));
add('janvier février mars avril mai juin juillet août septembre octobre novembre décembre', 'fr');
add('january february march april may june july august september october november december', 'en');
add('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre', 'es');

function monthNumber(name: string): number | undefined {
  const n = name.toLowerCase().normalize('NFC');
  for (const lang of ['fr', 'en', 'es']) {
    const v = MONTHS[`${lang}:${n}`];
    if (v !== undefined) return v;
  }
  if (n === 'fevrier' || n === 'aout' || n === 'decembre') return { fevrier: 2, aout: 8, decembre: 12 }[n];
  if (n === 'setiembre') return 9;
  return undefined;
}

const MONTH_WORD = String.raw`(\p{L}{3,10})`;
const DAY = String.raw`(\d{1,2})(?:er|st|nd|rd|th|º)?`;
const RANGE = String.raw`(?:\s*[-–]\s*\d{1,2}(?:er)?)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
/** "10 février 2009", "10 de febrero de 2009", "21 - 22 avril 2008". */
const DAY_FIRST = new RegExp(String.raw`(?<!\d)${DAY}${RANGE}\s+(?:de\s+)?${MONTH_WORD}\s+(?:de\s+|del\s+)?${YEAR}(?!\d)`, 'u');
/** "February 10, 2009". */
const MONTH_FIRST = new RegExp(String.raw`${MONTH_WORD}\s+${DAY}${RANGE},?\s+${YEAR}(?!\d)`, 'u');
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;

const iso = (y: number, m: number, d: number) => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined; // 31 February
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** The first date printed in the text, as YYYY-MM-DD. */
export function parseDate(text: string): string | undefined {
  const candidates: { at: number; value: string }[] = [];
  const a = DAY_FIRST.exec(text);
  if (a) {
    const m = monthNumber(a[2]!);
    const v = m !== undefined ? iso(Number(a[3]), m, Number(a[1])) : undefined;
    if (v) candidates.push({ at: a.index, value: v });
  }
  const b = MONTH_FIRST.exec(text);
  if (b) {
    const m = monthNumber(b[1]!);
    const v = m !== undefined ? iso(Number(b[3]), m, Number(b[2])) : undefined;
    if (v) candidates.push({ at: b.index, value: v });
  }
  const c = ISO.exec(text);
  if (c) {
    const v = iso(Number(c[1]), Number(c[2]), Number(c[3]));
    if (v) candidates.push({ at: c.index, value: v });
  }
  candidates.sort((x, y) => x.at - y.at);
  return candidates[0]?.value;
}

/** The first line of the first page that carries a date. */
export function detectDate(firstPageLines: readonly string[]): string | undefined {
  for (const line of firstPageLines) {
    const d = parseDate(line);
    if (d) return d;
  }
  return undefined;
}
