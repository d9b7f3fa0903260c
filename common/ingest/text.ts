/**
 * Small string helpers shared by the stages. Typography is sacred here: only
 * ASCII spaces and tabs are ever collapsed or trimmed, because non-breaking
 * spaces (U+00A0, U+202F) are part of French typography and must survive.
 */

/** Trim ASCII spaces and tabs only (String.prototype.trim would eat NBSP). */
export function trimAscii(s: string): string {
  // A loop, not /^[ \t]+|[ \t]+$/: that regex retries the tail at every space (quadratic on long lines).
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Collapse runs of ASCII spaces/tabs to one space, trimmed. */
export function collapseSpaces(s: string): string {
  return trimAscii(s.replace(/[ \t]+/g, ' '));
}

/** Leading ASCII spaces of a line (tabs count as two, as PDF extractors use them for indents). */
export function indentOf(s: string): number {
  const m = /^[ \t]*/.exec(s);
  return m ? m[0].replace(/\t/g, '  ').length : 0;
}

/** A line that shows nothing. */
export function isBlank(s: string): boolean {
  return /^[\s\u00a0\u202f]*$/.test(s);
}

/**
 * Join two physical lines of one paragraph. A line ending in a letter and a
 * hyphen is a real compound cut at the margin ("hommes-" + "femmes"): keep the
 * hyphen, add no space. A soft hyphen (U+00AD) marks a syllable break: drop it.
 */
export function joinLines(a: string, b: string): string {
  const left = trimAscii(a);
  const right = trimAscii(b);
  if (left === '') return right;
  if (right === '') return left;
  if (left.endsWith('\u00ad')) return left.slice(0, -1) + right;
  if (/\p{L}-$/u.test(left)) return left + right;
  return `${left} ${right}`;
}

/** Characters that may close a sentence's tail without ending it: quotes, brackets, emphasis marks. */
const TAIL_CLOSERS = /[\s*_»”"’'\)\]]+$/u;

/**
 * Does this inline source end a sentence? Used to decide whether a block was
 * cut by a page break. Closing quotes and brackets are looked through only
 * when punctuation sits inside them ("…(Maroc)." ends, "…(7-8 juillet)" does not).
 */
export function endsSentence(src: string): boolean {
  const s = trimAscii(src).replace(/<sup>[^<]*<\/sup>$/, '').replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
  if (/[.!?:;…]$/u.test(s)) return true;
  const core = s.replace(TAIL_CLOSERS, '');
  return core !== s && /[.!?:;…]$/u.test(core);
}

/** First letter of a line, looking through quotes, brackets and emphasis marks. */
export function firstLetter(src: string): string | undefined {
  const m = /^[\s*_«“"‘'(\[]*(\p{L})/u.exec(src);
  return m?.[1];
}

export function startsLowercase(src: string): boolean {
  const c = firstLetter(src);
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
}

export function startsUppercase(src: string): boolean {
  const c = firstLetter(src);
  return c !== undefined && c !== c.toLowerCase();
}

/**
 * French function words that never end a paragraph: a block ending with one
 * was cut by a page break even if the next half starts with a capital
 * ("…de l'Organisation des" + "Nations Unies…").
 */
const DANGLING = new Set(
  'à au aux avec chez contre dans de des du en entre et la le les leur leurs ou par pour que qui sans selon sous sur un une vers'.split(' '),
);

export function endsWithDanglingWord(src: string): boolean {
  const m = /(\p{L}+)[\s*]*$/u.exec(src);
  return m?.[1] !== undefined && DANGLING.has(m[1].toLowerCase());
}

/**
 * A loose form for comparing printed lines with catalog metadata: lower case,
 * no diacritics, no punctuation or Markdown marks, single spaces.
 */
export function foldForMatch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/<\/?[a-z]+>/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
