/**
 * UN document symbols: "A/68/370", "A/C.3/78/L.60/Rev.1", "IC/2009/1",
 * "E/2013/45", "A/RES/67/219", printed with or without spaces after the
 * slashes ("A/ 68/ 370"). A symbol is slash-separated segments: the first a
 * series letter group ("A", "IC", "E", "CRC"), optionally with a body number
 * ("C.3"), the rest letter groups, numbers or numbered parts ("L.60",
 * "Rev.1", "Add.2"), and at least one segment is a number: "TCP/IP" and
 * "and/or" are not symbols.
 */

const SEGMENT = String.raw`(?:[A-Z][A-Za-z]{0,7}(?:\.\d{1,4})?|\d{1,5})`;
const SYMBOL = new RegExp(String.raw`(?<![\p{L}\p{N}/.])([A-Z]{1,8}(?:\.\d{1,3})?(?:[ \t]?/[ \t]?${SEGMENT}){1,7})(?![\p{L}\p{N}/])`, 'gu');

/** "A/ 68/ 370" → "A/68/370". */
export function normaliseSymbol(s: string): string {
  return s.replace(/\s*\/\s*/g, '/').trim();
}

function plausible(symbol: string): boolean {
  const parts = symbol.split('/');
  if (parts.length < 2) return false;
  if (!parts.slice(1).some((p) => /^\d+$/.test(p) || /\.\d+$/.test(p))) return false;
  // A lowercase-led segment is only a revision part ("Rev.1", "Add.2"), never a word.
  return parts.slice(1).every((p) => /^\d+$/.test(p) || /^[A-Z]/.test(p));
}

/** Every symbol in the text, normalised, in order of appearance. */
export function findSymbols(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const s = normaliseSymbol(m[1]!).replace(/\.$/, '');
    if (plausible(s)) out.push(s);
  }
  return out;
}

/**
 * The document's own symbol, from its first page: a line that is only a
 * symbol (the masthead) wins over a symbol cited in running text.
 */
export function detectSymbol(firstPageLines: readonly string[]): string | undefined {
  for (const line of firstPageLines) {
    const t = line.trim();
    const found = findSymbols(t);
    if (found.length === 1 && normaliseSymbol(t).replace(/\.$/, '') === found[0]) return found[0];
  }
  for (const line of firstPageLines.slice(0, 12)) {
    const found = findSymbols(line);
    if (found.length > 0) return found[0];
  }
  return undefined;
}
