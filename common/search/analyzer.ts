/**
 * French analysis shared by indexing and querying.
 *
 * tokenize → elision → lowercase → stop words → accent/ligature folding →
 * Snowball French stemmer.
 *
 * The whole chain runs on the FOLDED text (`foldForMatch`), so an accented
 * word and its unaccented spelling are the same input and reach the same stem
 * by construction (`analyze(x)` equals `analyze(foldForMatch(x))`).
 *
 * Folding before a stock Snowball stemmer would break stemming, because some
 * French suffixes are only recognised with their accent: "vulnérabilité"
 * loses "-ité" and stems to "vulner" (like "vulnérable"), but
 * "vulnerabilite" keeps "-ite" and stems to "vulnerabilit". So before
 * stemming, `restoreSuffixAccent` puts the accent back on the few endings
 * where Snowball needs it (-ité(s), -ière(s), -ièrement, -ée(s), -yé(s), the
 * -ié(s) participles of -fier/-cier/-prier verbs), plus a short list of
 * invariable words; the stem is then folded. The rules were tuned on the
 * vocabulary of the corpus: for 3,150 distinct words, the stem of the folded
 * word equals the folded stem of the accented original for all but a handful
 * of words (see tests/unit/search/analyzer.test.ts).
 */
import { foldForMatch } from './fold';
import { snowballFr } from './lunr-fr';
import { SYMBOL_PATTERN, symbolTerms } from './symbols';

/** Elided articles/pronouns/conjunctions that are cut off the word they precede. */
const ELISION = /^(?:l|d|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|c|j|m|n|s|t)'(?=.)/;

/** lunr-languages' French stop words, plus a few, folded. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions aurons ' +
    'auront aux avaient avais avait avec avez aviez avions avons ayant ayez ayons c ce ceci cela celà ces cet ' +
    'cette d dans de des du elle en es est et eu eue eues eurent eus eusse eussent eusses eussiez eussions ' +
    'eut eux eûmes eût eûtes furent fus fusse fussent fusses fussiez fussions fut fûmes fût fûtes ici il ' +
    'ils j je l la le les leur leurs lui m ma mais me mes moi mon même n ne nos notre nous on ont ou où par ' +
    'pas pour qu que quel quelle quelles quels qui s sa sans se sera serai seraient serais serait seras ' +
    'serez seriez serions serons seront ses soi soient sois soit sommes son sont soyez soyons suis sur t ta ' +
    'te tes toi ton tu un une vos votre vous y à étaient étais était étant étiez étions été étée étées étés ' +
    'êtes a dont ceux celui celle celles'
  )
    .split(' ')
    .map(foldForMatch),
);

/**
 * Folded words whose stem depends on an accent that no suffix rule can
 * restore (an "-ès"/"-à"/"-aît" ending is otherwise read as a plural or a
 * verb ending). Mapped to the accented spelling that is stemmed instead.
 */
const ACCENTED_SPELLING: Record<string, string> = {
  apres: 'après', aupres: 'auprès', pres: 'près', tres: 'très', des: 'dès', acces: 'accès',
  succes: 'succès', progres: 'progrès', proces: 'procès', exces: 'excès', deces: 'décès',
  expres: 'exprès', deja: 'déjà', dela: 'delà', voila: 'voilà', apparait: 'apparaît',
  parait: 'paraît', connait: 'connaît', reconnait: 'reconnaît', nait: 'naît',
  accroit: 'accroît', coherent: 'cohérent', coherents: 'cohérents', differents: 'différents',
  refugie: 'réfugié', refugies: 'réfugiés', publie: 'publié', publies: 'publiés', varie: 'varié',
  varies: 'variés',
};

/** Suffix rules applied (first match wins) to a folded word before stemming. */
const SUFFIX_ACCENT: Array<[RegExp, string]> = [
  [/ites$/, 'ités'],
  [/ite$/, 'ité'],
  [/ierement$/, 'ièrement'],
  [/iere(s?)$/, 'ière$1'],
  [/ee(s?)$/, 'ée$1'],
  [/ye(s?)$/, 'yé$1'],
  // Participles of -fier, -cier, -prier/-trier verbs: identifiés, associés, appropriés, rapatriés.
  [/(f|c|pr|atr)ie(s?)$/, '$1ié$2'],
];

/** Puts back the accents Snowball French needs to recognise a suffix. Input is folded. */
export function restoreSuffixAccent(folded: string): string {
  const exact = ACCENTED_SPELLING[folded];
  if (exact) return exact;
  for (const [re, rep] of SUFFIX_ACCENT) {
    if (re.test(folded)) return folded.replace(re, rep);
  }
  return folded;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_MAX = 200_000;

/** Stem of one folded, lowercase word (no apostrophes): accent-restored, stemmed, folded. */
export function stemFolded(word: string): string {
  const hit = stemCache.get(word);
  if (hit !== undefined) return hit;
  // Numbers and very short words are kept as they are.
  const stem = word.length <= 2 || /^\d/.test(word) ? word : foldForMatch(snowballFr(restoreSuffixAccent(word)));
  if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
  stemCache.set(word, stem);
  return stem;
}

/**
 * Snowball French rewrites at most the last few letters of a stem relative to
 * its word ("-ication" → "-iqu": "application" → "appliqu"; "-amment" →
 * "-ant"): every word starts with its stem minus STEM_REWRITE letters
 * (tested on the corpus vocabulary). Highlighting uses it to skip stemming
 * words that cannot have a given stem.
 */
export const STEM_REWRITE = 3;

/** What every word with stem `stem` starts with (apostrophes removed): its first letters, at least two. */
export function stemHead(stem: string): string {
  return stem.length <= STEM_REWRITE + 2 ? stem.slice(0, 2) : stem.slice(0, stem.length - STEM_REWRITE);
}

/** Words of the FOLDED text: letters and digits, with inner apostrophes kept for elision. */
const WORD_SRC = String.raw`[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*`;
const WORD = new RegExp(WORD_SRC, 'gu');
/**
 * A document symbol (captured) or a word; symbols first, so "A/71/L.58" stays
 * one token, also after an elision ("l'A/68/370": the article is dropped).
 */
const TOKEN = new RegExp(`(?:\\p{L}+')?(${SYMBOL_PATTERN})|${WORD_SRC}`, 'gu');

/**
 * Folded word → its index term, or null for a stop word / noise. The word
 * must already be folded (lowercase, no accents, straight apostrophes).
 */
export function analyzeFoldedWord(word: string): string | null {
  // Symbols ("a/71/l.58", "71/1") are terms as they are.
  if (word.includes('/')) return word;
  let w = word;
  // Elision may be stacked ("qu'l'..." never, but "jusqu'à l'..." splits earlier); one pass suffices.
  const m = ELISION.exec(w);
  if (m) w = w.slice(m[0].length);
  if (w.includes("'")) w = w.replace(/'/g, ''); // aujourd'hui → aujourdhui
  if (w.length === 0) return null;
  if (w.length === 1 && !/\d/.test(w)) return null;
  if (STOP_WORDS.has(w)) return null;
  return stemFolded(w);
}

/**
 * The folded words of a text, before stop words and stemming. A document
 * symbol is one token ("a/71/l.58"), followed by its resolution number when
 * it has one ("a/res/71/1", "71/1"); see symbols.ts.
 */
export function tokenize(text: string): string[] {
  const folded = foldForMatch(text);
  if (!folded.includes('/')) return folded.match(WORD) ?? [];
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    if (m[1] === undefined) {
      out.push(m[0]);
      continue;
    }
    const terms = symbolTerms(m[1]);
    if (terms.length > 0) out.push(...terms);
    else out.push(...(m[1].match(WORD) ?? [])); // "km/h": words after all
  }
  return out;
}

/** French analysis: the index terms (stems) of `text`, in order. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of tokenize(text)) {
    const t = analyzeFoldedWord(w);
    if (t !== null) out.push(t);
  }
  return out;
}

export { foldForMatch } from './fold';
