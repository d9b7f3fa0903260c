/**
 * Typo correction: every spelling at edit distance 1 (Damerau: one letter
 * deleted, inserted, replaced, or two neighbours swapped) of a folded word.
 * The engine keeps the candidate whose stem is most frequent in the library.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface Edit {
  /** The corrected folded word. */
  word: string;
  /** Applies the same edit to the word as typed (same length as its folded form). */
  apply(original: string): string;
}

/** All distinct edit-distance-1 variants of `w`, in a fixed order (deletions, swaps, replacements, insertions). */
export function edits1(w: string): Edit[] {
  const seen = new Set<string>([w]);
  const out: Edit[] = [];
  const add = (word: string, apply: (o: string) => string): void => {
    if (seen.has(word)) return;
    seen.add(word);
    out.push({ word, apply });
  };
  for (let i = 0; i < w.length; i++) {
    add(w.slice(0, i) + w.slice(i + 1), (o) => o.slice(0, i) + o.slice(i + 1));
  }
  for (let i = 0; i + 1 < w.length; i++) {
    add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2), (o) => o.slice(0, i) + (o[i + 1] ?? '') + (o[i] ?? '') + o.slice(i + 2));
  }
  for (let i = 0; i < w.length; i++) {
    for (const c of LETTERS) {
      add(w.slice(0, i) + c + w.slice(i + 1), (o) => o.slice(0, i) + c + o.slice(i + 1));
    }
  }
  for (let i = 0; i <= w.length; i++) {
    for (const c of LETTERS) {
      add(w.slice(0, i) + c + w.slice(i), (o) => o.slice(0, i) + c + o.slice(i));
    }
  }
  return out;
}

/** True when a and b are at most one Damerau edit apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // replacement
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Folded French endings the stemmer strips (inflections and the common
 * derivations, with their plurals), for corrections inside a word's ending:
 * "vulnérabilté" is "vulner" + "abilte", one edit from "abilite".
 */
export const ENDINGS = [
  '', 'e', 'es', 's', 'x', 'er', 'ez', 'ee', 'ees', 'ent', 'ant', 'ants', 'ante', 'antes', 'ance', 'ances',
  'ence', 'ences', 'ement', 'ements', 'ment', 'ments', 'ation', 'ations', 'ateur', 'ateurs', 'atrice',
  'atrices', 'ite', 'ites', 'abilite', 'abilites', 'ibilite', 'ibilites', 'able', 'ables', 'ible', 'ibles',
  'ique', 'iques', 'isme', 'ismes', 'iste', 'istes', 'eux', 'euse', 'euses', 'if', 'ifs', 'ive', 'ives',
  'iser', 'isation', 'isations', 'ion', 'ions', 'aire', 'aires', 'al', 'aux', 'ale', 'ales', 'el', 'els',
  'elle', 'elles', 'ir', 'it', 'ie', 'ies', 'issement', 'issements', 'logie', 'logies', 'age', 'ages',
  'ure', 'ures', 'ite', 'eur', 'eurs', 'ier', 'iers', 'iere', 'ieres', 'iel', 'iels', 'ielle', 'ielles',
  'ais', 'ait', 'aient', 'erent', 'era', 'eront', 'erait', 'ons', 'ont',
];

export interface Candidate {
  /** The corrected word, folded. */
  folded: string;
  /** The same correction applied to the word as typed (same length as its folded form). */
  apply(typed: string): string;
}

/**
 * Corrections at edit distance 1 found from the vocabulary instead of by
 * stemming every variant (hundreds of Snowball calls, milliseconds):
 *  - the edit is in the part the stem keeps: a known stem of the same first
 *    letter is one edit from a prefix of the word ("migrtion": "migrat" is
 *    one edit from "migrt", giving "migration");
 *  - the edit is in the ending: a prefix of the word is a known stem and the
 *    rest is one edit from a known ending.
 * Each candidate must still be verified (its stem must be the one assumed).
 */
export function vocabularyCandidates(w: string, stemsStartingWith: (c: string) => Iterable<string>, isStem: (s: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (folded: string, apply: (t: string) => string): void => {
    if (folded === w || seen.has(folded)) return;
    seen.add(folded);
    out.push({ folded, apply });
  };
  for (const s of stemsStartingWith(w[0] ?? '')) {
    if (s.length < 3) continue;
    for (let j = Math.max(2, s.length - 1); j <= Math.min(w.length, s.length + 1); j++) {
      const prefix = w.slice(0, j);
      if (prefix === s || !withinOneEdit(s, prefix)) continue;
      for (const e of edits1(prefix)) {
        if (e.word === s) add(s + w.slice(j), (t) => e.apply(t.slice(0, j)) + t.slice(j));
      }
    }
  }
  for (let k = 3; k < w.length; k++) {
    const stem = w.slice(0, k);
    if (!isStem(stem)) continue;
    const rest = w.slice(k);
    for (const ending of ENDINGS) {
      if (ending === rest || !withinOneEdit(ending, rest)) continue;
      for (const e of edits1(rest)) {
        if (e.word === ending) add(stem + ending, (t) => t.slice(0, k) + e.apply(t.slice(k)));
      }
    }
  }
  return out;
}
