/**
 * Exact-phrase checks on raw block text, without folding the block.
 *
 * A phrase (already folded by `foldForMatch`) is compiled once into a regular
 * expression that accepts every spelling `foldForMatch` would fold to it:
 * each letter matches its accented and capital forms (and combining accents
 * after it), "oe"/"ae" also match "œ"/"æ", apostrophes, quotes and dashes
 * match all their variants, a space matches any run of white space, and the
 * phrase must start and end on word boundaries. A query checks thousands of
 * candidate blocks; running one native regex over each raw text is several
 * times faster than folding them all. The tests pin that it agrees with
 * `containsPhrase(foldForMatch(text), phrase)`.
 */
import { foldForMatch } from './fold';

/** For each folded single character, every character that folds to it. */
const VARIANTS = new Map<string, Set<string>>();
const RANGES: Array<[number, number]> = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xc0, 0x24f],
  [0x1e00, 0x1eff],
];
for (const [lo, hi] of RANGES) {
  for (let cp = lo; cp <= hi; cp++) {
    const ch = String.fromCodePoint(cp);
    const f = foldForMatch(ch);
    if (f.length !== 1) continue;
    let set = VARIANTS.get(f);
    if (!set) VARIANTS.set(f, (set = new Set()));
    set.add(ch);
  }
}

const APOSTROPHE = "['\u2019\u2018\u201B\u02BC\u2032\u00B4`]";
const QUOTE = '["\u201C\u201D\u201E\u00AB\u00BB\u2033]';
const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';
const SPACE = '[\\s\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u3000\u2028\u2029]+';
/**
 * Letters and digits of Latin-script text, spelled as ranges: Unicode
 * property escapes (\p{L}) make V8 compile large tables, several
 * milliseconds per new regex, and a query compiles a few.
 */
const ALNUM = 'A-Za-z0-9\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF\\uFB00-\\uFB06';
const COMBINING_MARKS = '\\u0300-\\u036F';
const MARKS = `[${COMBINING_MARKS}]*`;
const NOT_AFTER_WORD = `(?<![${ALNUM}${COMBINING_MARKS}])`;
const NOT_BEFORE_WORD = `(?![${ALNUM}${COMBINING_MARKS}])`;
const LIGATURES: Record<string, string> = { oe: '[\u0153\u0152]', ae: '[\u00E6\u00C6]', ss: '[\u00DF\u1E9E]' };

function escapeClassChar(c: string): string {
  return /[\\\]\[^-]/.test(c) ? `\\${c}` : c;
}

function charClass(c: string): string {
  const variants = VARIANTS.get(c);
  if (!variants) return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return `[${[...variants].map(escapeClassChar).join('')}]${MARKS}`;
}

const phraseCache = new Map<string, RegExp>();

/** Compiles a folded phrase into a regex over raw (unfolded) text. */
export function phraseRegex(foldedPhrase: string): RegExp {
  const p = foldForMatch(foldedPhrase).trim();
  let re = phraseCache.get(p);
  if (!re) {
    re = compilePhrase(p);
    if (phraseCache.size > 1000) phraseCache.clear();
    phraseCache.set(p, re);
  }
  return re;
}

function compilePhrase(p: string): RegExp {
  let src = '';
  for (let i = 0; i < p.length; ) {
    const two = p.slice(i, i + 2);
    const lig = LIGATURES[two];
    const c = p[i] as string;
    if (lig) {
      src += `(?:${charClass(two[0] as string)}${charClass(two[1] as string)}|${lig})`;
      i += 2;
      continue;
    }
    if (c === ' ') src += SPACE;
    else if (c === "'") src += APOSTROPHE;
    else if (c === '"') src += QUOTE;
    else if (c === '-') src += DASH;
    else src += charClass(c);
    i++;
  }
  return new RegExp(`${NOT_AFTER_WORD}${src}${NOT_BEFORE_WORD}`);
}

/** Accent-insensitive pattern of a folded word (no boundaries). */
function wordPattern(folded: string): string {
  let src = '';
  for (const c of folded) src += c === "'" ? APOSTROPHE : charClass(c);
  return src;
}

const markCache = new Map<string, RegExp | null>();

/**
 * A global regex over raw text for where the marks of a result may start:
 * words beginning like a mark term (stem or prefix), and phrases. It places
 * the snippet window in a long block without folding the whole block; the
 * window is then marked exactly.
 */
export function markRegex(markTerms: readonly string[], phrases: readonly string[]): RegExp | null {
  const key = `${markTerms.join(' ')}\u0000${phrases.join('\u0000')}`;
  const hit = markCache.get(key);
  if (hit !== undefined) return hit;
  const alts: string[] = [];
  for (const t of markTerms) {
    const stem = t.endsWith('*') ? t.slice(0, -1) : t;
    if (stem.length > 0) alts.push(`${NOT_AFTER_WORD}${wordPattern(stem)}`);
  }
  for (const p of phrases) if (p.length > 0) alts.push(phraseRegex(p).source);
  const re = alts.length > 0 ? new RegExp(alts.join('|'), 'g') : null;
  if (markCache.size > 1000) markCache.clear();
  markCache.set(key, re);
  return re;
}
