/**
 * Accent-insensitive matching over plain text.
 *
 * `foldForMatch` is the one normalisation used wherever two pieces of French
 * text are compared as strings (phrase checks, find-in-page, marking): it
 * lowercases, strips diacritics, spells out ligatures (œ → oe, æ → ae),
 * unifies apostrophes, quotes and dashes, and turns every kind of white space
 * (NBSP, narrow NBSP, line breaks) into one plain space, collapsing runs.
 *
 * Because folding can change the length of the text (œ → oe, a run of
 * spaces → one), `foldWithOffsets` also returns where each folded character
 * came from, so a match found in the folded text can be mapped back onto the
 * ORIGINAL text.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u201B', '\u02BC', '\u2032', '\u00B4', '`']);
const DOUBLE_QUOTES = new Set(['\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u2033']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Folded form of one code point (a string of 0 or more characters). Cached. */
const cache = new Map<number, string>();

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x2009 || c === 0x200a ||
    c === 0x2002 || c === 0x2003 || c === 0x3000 || c === 0x2028 || c === 0x2029
  );
}

function foldCodePoint(cp: number): string {
  if (cp < 0x80) {
    if (cp >= 0x41 && cp <= 0x5a) return String.fromCharCode(cp + 32);
    return isSpaceCode(cp) ? ' ' : String.fromCharCode(cp);
  }
  const hit = cache.get(cp);
  if (hit !== undefined) return hit;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (APOSTROPHES.has(ch)) out = "'";
  else if (DOUBLE_QUOTES.has(ch)) out = '"';
  else if (DASHES.has(ch)) out = '-';
  else if (isSpaceCode(cp)) out = ' ';
  else if (ch === '\u0153' || ch === '\u0152') out = 'oe';
  else if (ch === '\u00E6' || ch === '\u00C6') out = 'ae';
  else if (ch === '\u00DF' || ch === '\u1E9E') out = 'ss';
  else if (ch === '\u00AD' || ch === '\u200B' || ch === '\u200C' || ch === '\u200D' || ch === '\uFEFF') out = '';
  else {
    // NFKD spells out compatibility forms (ﬁ → fi, ² → 2, 𝐀 → A) and separates
    // accents; each resulting character is folded again (it may be a capital
    // or an apostrophe), and spaces that come from a lone accent are dropped.
    const nfkd = ch.normalize('NFKD').replace(COMBINING, '');
    if (nfkd === ch) out = ch.toLowerCase().normalize('NFKD').replace(COMBINING, '');
    else {
      out = '';
      for (const c of nfkd) {
        const cp2 = c.codePointAt(0) as number;
        if (!isSpaceCode(cp2)) out += foldCodePoint(cp2);
      }
    }
  }
  cache.set(cp, out);
  return out;
}

/** Folded form of each BMP code unit when it is exactly one unit; -1 when not; -2 not computed yet. */
const ONE = new Int32Array(0x10000).fill(-2);
/** Output code units of the current fold (a plain array: `String.fromCharCode.apply` is several times faster on one than on a typed array). */
const buffer: number[] = [];
/** Offset maps of the current `foldWithOffsets`, grown as needed and copied out. */
let startBuf = new Uint32Array(1024);
let endBuf = new Uint32Array(1024);

function one(c: number): number {
  let v = ONE[c] as number;
  if (v === -2) {
    const f = foldCodePoint(c);
    v = f.length === 1 ? f.charCodeAt(0) : -1;
    ONE[c] = v;
  }
  return v;
}

/** The string of the first `n` units of `buf`. */
function decode(buf: number[], n: number): string {
  buf.length = n;
  if (n <= 8192) return String.fromCharCode.apply(null, buf);
  let out = '';
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.slice(i, Math.min(n, i + 8192)));
  return out;
}

/**
 * One pass over the text with a per-code-unit table. `identity` tells
 * whether every unit folded to exactly one unit with no space collapsed, in
 * which case folded offsets are original offsets.
 */
function foldFast(s: string): { folded: string; identity: boolean } {
  const buf = buffer;
  let n = 0;
  let identity = true;
  let lastSpace = false;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) c += 32;
      else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (lastSpace) {
          identity = false;
          continue;
        }
        lastSpace = true;
        buf[n++] = 0x20;
        continue;
      }
      lastSpace = false;
      buf[n++] = c;
      continue;
    }
    let f: string;
    if (c >= 0xd800 && c <= 0xdfff) {
      const cp = s.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      f = foldCodePoint(cp);
      identity = false;
    } else {
      const v = one(c);
      if (v >= 0) {
        if (v === 0x20) {
          if (lastSpace) {
            identity = false;
            continue;
          }
          lastSpace = true;
        } else lastSpace = false;
        buf[n++] = v;
        continue;
      }
      f = foldCodePoint(c);
      identity = false;
    }
    for (let k = 0; k < f.length; k++) {
      const fc = f.charCodeAt(k);
      if (fc === 0x20) {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      buf[n++] = fc;
    }
  }
  return { folded: decode(buf, n), identity };
}

/**
 * Lowercase, strip accents, unify apostrophes/quotes/dashes, œ → oe, æ → ae,
 * every white space → one space (runs collapsed).
 *
 * Each code point is folded on its own (see `foldCodePoint`, memoized in a
 * table), then runs of spaces are collapsed, in one pass: phrase checks and
 * snippets fold many blocks per query. `foldWithOffsets` computes the same
 * string one code point at a time (tested equal).
 */
export function foldForMatch(s: string): string {
  return foldFast(s).folded;
}

export interface FoldedText {
  /** The folded text, as `foldForMatch` would return it. */
  folded: string;
  /**
   * For each folded UTF-16 unit, the offset of the original character it came
   * from; null when folding kept every offset (each unit folded to one unit).
   */
  start: Uint32Array | null;
  /** For each folded UTF-16 unit, the offset just past that original character; null as above. */
  end: Uint32Array | null;
}

/**
 * `foldForMatch` plus the map from folded offsets back to original offsets.
 * `alwaysMap` skips the shortcut for text that keeps its offsets (for tests).
 */
export function foldWithOffsets(s: string, alwaysMap = false): FoldedText {
  if (!alwaysMap) {
    const fast = foldFast(s);
    if (fast.identity) return { folded: fast.folded, start: null, end: null };
  }
  // One pass with the per-unit table, offsets in reused typed buffers.
  const buf = buffer;
  if (startBuf.length < s.length * 2 + 2) {
    startBuf = new Uint32Array(s.length * 2 + 2);
    endBuf = new Uint32Array(s.length * 2 + 2);
  }
  const start = startBuf;
  const end = endBuf;
  let n = 0;
  let lastSpace = false;
  for (let i = 0; i < s.length; i++) {
    const from = i;
    let cp = s.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.length) {
      cp = s.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    const to = i + 1;
    const v = cp <= 0xffff ? one(cp) : -1;
    const f = v >= 0 ? null : foldCodePoint(cp);
    const units = f === null ? 1 : f.length;
    for (let k = 0; k < units; k++) {
      const c = f === null ? v : f.charCodeAt(k);
      if (c === 0x20) {
        if (lastSpace) {
          // Collapse the run: the previous space now covers this character too.
          end[n - 1] = to;
          continue;
        }
        lastSpace = true;
      } else lastSpace = false;
      buf[n] = c;
      start[n] = from;
      end[n] = to;
      n++;
    }
  }
  return { folded: decode(buf, n), start: start.slice(0, n), end: end.slice(0, n) };
}

/** Maps a [start, end) range of the folded text onto the original text. */
export function toOriginalRange(ft: FoldedText, fs: number, fe: number): [number, number] {
  if (!ft.start || !ft.end) return [fs, Math.max(fs, fe)];
  const s = ft.start[fs] ?? 0;
  const e = fe > fs ? (ft.end[fe - 1] ?? s) : s;
  return [s, e];
}

/**
 * Every occurrence of `needle` in `text`, accent- and case-insensitively, as
 * [start, end) offsets into the ORIGINAL text, in order, not overlapping.
 * A needle that folds to nothing (or to white space) finds nothing.
 */
export function findInText(text: string, needle: string): Array<[number, number]> {
  const n = foldForMatch(needle).trim();
  if (n.length === 0) return [];
  const ft = foldWithOffsets(text);
  const out: Array<[number, number]> = [];
  let at = ft.folded.indexOf(n);
  while (at !== -1) {
    out.push(toOriginalRange(ft, at, at + n.length));
    at = ft.folded.indexOf(n, at + n.length);
  }
  return out;
}
