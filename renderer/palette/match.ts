/**
 * What the command palette understands in what is typed: words, matched
 * accent-insensitively against a command's label and keywords; document
 * references ("A/68/370", "a-68-370", "IC/2009"); and paragraph references
 * ("23", "§ 3-a", "para 23", "A/68/370 23", "a-68-370 para 23").
 */
import type { CatalogEntry } from '../../common/model';
import { foldForMatch } from '../../common/search/fold';
import { paragraphNumber, TYPED_NUMBER } from '../reader/paragraphs';

/** Folded, letters and digits only: "A/68/370" and "a-68-370" both give "a68370". */
export const compactKey = (s: string) => foldForMatch(s).replace(/[^a-z0-9]+/g, '');

interface Field {
  words: string[];
  compact: string;
}

const field = (s: string): Field => {
  const folded = foldForMatch(s);
  return { words: folded.split(/[^a-z0-9]+/).filter(Boolean), compact: folded.replace(/[^a-z0-9]+/g, '') };
};

/** 3 for a whole word, 2 for the start of a word (or of the text), 1 anywhere inside, 0 when absent. */
function wordScore(w: string, f: Field): number {
  if (f.words.includes(w)) return 3;
  if (f.compact.startsWith(w) || f.words.some((x) => x.startsWith(w))) return 2;
  return f.compact.includes(w) ? 1 : 0;
}

/**
 * How well `query` matches a command: 0 unless every typed word is found in
 * the label or the keywords. Whole words beat word starts, which beat
 * fragments; the label counts double; a label that begins with what was
 * typed ("A/68" → "A/68/370") gets a bonus.
 */
export function matchScore(query: string, label: string, keywords = ''): number {
  const words = foldForMatch(query).split(' ').map(compactKey).filter(Boolean);
  if (words.length === 0) return 0;
  const inLabel = field(label);
  const inKeywords = field(keywords);
  let score = 0;
  for (const w of words) {
    const s = Math.max(2 * wordScore(w, inLabel), wordScore(w, inKeywords));
    if (s === 0) return 0;
    score += s;
  }
  return inLabel.compact.startsWith(words.join('')) ? score + 4 : score;
}

/**
 * The documents a typed reference names, by symbol, short name or id:
 * those it names exactly if any, else those whose name starts with it.
 */
export function docsByRef(catalog: readonly CatalogEntry[], ref: string): CatalogEntry[] {
  const k = compactKey(ref);
  if (!k) return [];
  const keys = (e: CatalogEntry) => [e.symbol, e.shortName, e.id].filter((x): x is string => Boolean(x)).map(compactKey);
  const exact = catalog.filter((e) => keys(e).includes(k));
  return exact.length ? exact : catalog.filter((e) => keys(e).some((x) => x.startsWith(k)));
}

export interface ParagraphQuery {
  /** What names another document ("A/68/370"); '' for the open one. */
  docRef: string;
  /** The number as documents write it ("23", "3-a"); '' when only "§" was typed. */
  number: string;
  /** "§", "para"… was typed: paragraphs whose number starts with `number` are offered too. */
  explicit: boolean;
}

const PREFIX = String.raw`(?:§+|¶|#|paragraphe|paragraph|parrafo|parr|para|par)\.?`;
const HERE = new RegExp(String.raw`^(${PREFIX})?\s*(${TYPED_NUMBER})?$`);
const THERE = new RegExp(String.raw`^(.+?)(?:\s*,?\s*(${PREFIX})\s*|[\s,]+)(${TYPED_NUMBER})$`);

/** Reads a paragraph reference, or null when the text is not one. */
export function parseParagraphQuery(query: string): ParagraphQuery | null {
  const q = foldForMatch(query).trim();
  if (!q) return null;
  const here = q.match(HERE);
  if (here) return { docRef: '', number: here[2] ? paragraphNumber(here[2])! : '', explicit: Boolean(here[1]) };
  const there = q.match(THERE);
  if (there && compactKey(there[1]!)) return { docRef: there[1]!, number: paragraphNumber(there[3]!)!, explicit: Boolean(there[2]) };
  return null;
}
