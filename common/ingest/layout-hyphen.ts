/**
 * A hyphen at the end of a printed line is either a word split by the
 * typesetter ("migra-" + "tions") or a real compound that happened to break
 * there ("soixante-" + "huitième", "Vice-" + "Secrétaire"). The text alone
 * cannot tell, so the document is asked: the hyphen is dropped only when the
 * joined word is printed elsewhere in the same document without a hyphen
 * and the hyphenated form is not. Otherwise it is kept, the rule the bundled
 * texts follow (text.ts joinLines).
 */

const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/** Every word form of the document, lower-cased, compounds both whole and by part. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const vocab = new Set<string>();
  for (const t of texts) {
    for (const m of t.matchAll(WORD)) {
      const w = m[0].toLowerCase();
      vocab.add(w);
      if (w.includes('-')) for (const part of w.split('-')) vocab.add(part);
    }
  }
  return vocab;
}

const TAIL = /([\p{L}\p{M}]+)-$/u;
const HEAD = /^([\p{L}\p{M}]+)/u;

/**
 * Was the word at the end of `left` (ending in "-") split from the start of
 * `right`? `vocab` must not count the split line pair itself as evidence,
 * which it cannot: the two halves are separate words there.
 */
export function isSplitWord(left: string, right: string, vocab: ReadonlySet<string>): boolean {
  const a = TAIL.exec(left.trimEnd());
  const b = HEAD.exec(right.trimStart());
  if (!a || !b) return false;
  const head = b[1]!;
  if (head[0] !== head[0]!.toLowerCase()) return false; // "Vice-" + "Secrétaire"
  const joined = (a[1]! + head).toLowerCase();
  const hyphenated = `${a[1]!}-${head}`.toLowerCase();
  return vocab.has(joined) && !vocab.has(hyphenated);
}
