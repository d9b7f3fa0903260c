/**
 * A deterministic synthetic library for the search bench: N documents made
 * from the real ones, each copy with its own vocabulary drift so the index
 * cannot share terms between copies for free.
 *
 * Copy k of a document keeps its structure (blocks, headings, numbers) and
 * rewrites about 12% of its distinct words (4+ letters) consistently within
 * the copy: letters swapped, doubled, a vowel changed or a suffix added. The
 * library-wide vocabulary therefore grows with every copy, as it would with
 * real new documents, while each copy still reads like French. Copy 0 of each
 * document is the original.
 */
import type { StructuredDocument } from '../common/model';

/** 32-bit FNV-1a, for per-(copy, word) decisions that do not depend on order. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const VOWELS = 'aeiou';
const SUFFIXES = ['a', 'o', 'is', 'um', 'en', 'ique'];

function perturbWord(word: string, k: number): string {
  const lower = word.toLowerCase();
  const h = hash(`${k}:${lower}`);
  if (word.length < 4 || h % 100 >= 12) return word;
  const op = (h >>> 8) % 4;
  const i = 1 + ((h >>> 12) % (word.length - 2));
  let out: string;
  switch (op) {
    case 0: // swap two inner letters
      out = word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
      break;
    case 1: // double a letter
      out = word.slice(0, i) + (word[i] ?? '') + word.slice(i);
      break;
    case 2: {
      // change the first vowel after position i
      const j = [...word].findIndex((c, x) => x >= i && VOWELS.includes(c));
      const v = VOWELS[(h >>> 20) % 5] as string;
      out = j < 0 ? `${word}${v}` : word.slice(0, j) + v + word.slice(j + 1);
      break;
    }
    default:
      out = word + (SUFFIXES[(h >>> 20) % SUFFIXES.length] as string);
  }
  return out;
}

function perturbText(text: string, k: number): string {
  return text.replace(/\p{L}+/gu, (w) => perturbWord(w, k));
}

/**
 * `n` documents: copies 0, 1, 2… of each base document in turn. Ids get a
 * "-s<k>" suffix, years drift so year filters have something to select.
 */
export function syntheticLibrary(base: StructuredDocument[], n: number): StructuredDocument[] {
  const out: StructuredDocument[] = [];
  for (let i = 0; i < n; i++) {
    const src = base[i % base.length] as StructuredDocument;
    const k = Math.floor(i / base.length);
    if (k === 0) {
      out.push(src);
      continue;
    }
    const year = Number(src.date.slice(0, 4)) + (k % 12) - 6;
    out.push({
      ...src,
      id: `${src.id}-s${k}`,
      date: `${year}${src.date.slice(4)}`,
      title: perturbText(src.title, k),
      blocks: src.blocks.map((b) => ({ ...b, text: perturbText(b.text, k), md: perturbText(b.md, k) })),
      footnotes: src.footnotes.map((f) => ({ ...f, text: perturbText(f.text, k), md: perturbText(f.md, k) })),
    });
  }
  return out;
}
