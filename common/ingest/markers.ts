/**
 * Recognisers for what a line can start with: chapter and section numbers,
 * paragraph numbers, lettered items, bullets, Markdown headings, annex
 * headings, schedule times and footnote marks. Each is a pure function of one
 * line; deciding whether a match is believable (is "2015." the next paragraph
 * number?) is the segmenter's job, which knows the sequence so far.
 */

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a canonical Roman numeral up to 399, or undefined ("IIII", "VX" are not numerals). */
export function romanValue(s: string): number | undefined {
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) || s === '') return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** "IV. Débat général", "A. Femmes et enfants migrants": an upper-case token, a period, a title. */
export function parseSectionLabel(line: string): { token: string; rest: string } | undefined {
  const m = /^\s*([A-Z]|[IVXLC]{1,8})\.\s+(\S.*)$/.exec(line);
  if (!m) return undefined;
  return { token: m[1]!, rest: m[2]! };
}

/** "14. Les participants…", "- 1. Les migrants…": a paragraph number, with or without a bullet. */
export function parseNumbered(line: string): { n: number; rest: string } | undefined {
  const m = /^\s*(?:[-•]\s+)?(\d{1,3})\.\s+(\S.*)$/.exec(line);
  if (!m) return undefined;
  return { n: Number(m[1]), rest: m[2]! };
}

/** "a) La migration…", "- b) La plupart…": a lettered item. */
export function parseLettered(line: string): { letter: string; rest: string } | undefined {
  const m = /^\s*(?:[-•]\s+)?([a-z])\)\s+(\S.*)$/.exec(line);
  if (!m) return undefined;
  return { letter: m[1]!, rest: m[2]! };
}

/** "- item" or "• item". An en dash is not a bullet: French prose opens incidents with it. */
export function parseBullet(line: string): { rest: string } | undefined {
  const m = /^\s*[-•]\s+(\S.*)$/.exec(line);
  return m ? { rest: m[1]! } : undefined;
}

/** "## Financement": a Markdown heading, whose level is explicit. */
export function parseAtx(line: string): { level: number; rest: string } | undefined {
  const m = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(line);
  return m ? { level: m[1]!.length, rest: m[2]! } : undefined;
}

/** "Annexe", "Annexe II", "Annex 1" alone on a line. */
export function isAnnexLine(line: string): boolean {
  return /^\s*(?:Annexe|Annex|Appendice)(?:\s+(?:[IVX]+|\d+))?\s*$/i.test(line);
}

const TIME = String.raw`\d{1,2}\s*h(?:eures?)?(?:\s*\d{2})?`;
const SCHEDULE = new RegExp(String.raw`^\s*(${TIME}\s*[-–]\s*${TIME})\s+(\S.*)$`);

/** "10 h 15-10 h 50  Premier groupe…": a programme entry starts with a time range. */
export function parseScheduleTime(line: string): { time: string; rest: string } | undefined {
  const m = SCHEDULE.exec(line);
  return m ? { time: m[1]!.replace(/\s+/g, ' '), rest: m[2]! } : undefined;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9',
};

/** "¹²" → "12". */
export function fromSuperscript(s: string): string {
  return [...s].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join('');
}

export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u;

/**
 * A footnote definition line, in the three notations of the corpus:
 * "<sup>1</sup> Article 1(1)(e).", "¹ Bien entendu…", " * A/68/150.".
 * The star form needs a following space so that "*Deuxième atelier*" (emphasis) is not a note.
 */
export function parseNoteDef(line: string): { raw: string; mark: string; rest: string } | undefined {
  let m = /^\s*<sup>\s*(\d{1,3}|\*{1,3})\s*<\/sup>\s*(\S.*?)\s*$/.exec(line);
  if (m) return { raw: m[1]!, mark: m[1]!, rest: m[2]! };
  m = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*?)\s*$/u.exec(line);
  if (m) return { raw: m[1]!, mark: fromSuperscript(m[1]!), rest: m[2]! };
  m = /^\s*(\*{1,3})\s+(\S.*?)\s*$/.exec(line);
  if (m) return { raw: m[1]!, mark: m[1]!, rest: m[2]! };
  return undefined;
}

/** Sub-sections introduced by an ordinal ("Premier atelier", "Deuxième atelier") nest under the section before. */
export function startsWithOrdinal(text: string): boolean {
  return /^(?:premi(?:er|ère)|deuxième|second(?:e)?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième)\b/iu.test(
    text,
  );
}
