/**
 * One analyzer per document language. French is Plenary's own analysis
 * (analyzer.ts); English and Spanish use lunr's Porter stemmer and stop
 * words, and lunr-languages' Spanish Snowball stemmer and stop words. All of
 * them work on FOLDED words (lowercase, no accents), so an accented word and
 * its unaccented spelling reach the same term in every language, and a
 * document symbol is the same term whatever the document's language.
 *
 * A shard records the language it was analysed with; a query is analysed
 * once per language present in the library and each shard is searched with
 * the terms of its own language.
 */
import { analyzeFoldedWord as analyzeFrench } from './analyzer';
import { lunr } from './lunr-fr';
import spanish from 'lunr-languages/lunr.es.js';

export const LANGUAGES = ['fr', 'en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Analyzer {
  language: Language;
  /** Folded word → its index term, or null for a stop word or noise. */
  analyzeFoldedWord(word: string): string | null;
}

type LunrWithEs = typeof lunr & {
  es?: { stemmer: (t: lunr.Token) => lunr.Token; stopWordFilter: (t: lunr.Token) => lunr.Token | undefined };
};
const l = lunr as LunrWithEs;
if (!l.es) (spanish as unknown as (x: typeof lunr) => void)(lunr);
const es = l.es as NonNullable<LunrWithEs['es']>;
const englishStem = lunr.stemmer as unknown as (t: lunr.Token) => lunr.Token;
const englishStop = lunr.stopWordFilter as unknown as (t: lunr.Token) => lunr.Token | undefined;

const ELISION_OR_APOSTROPHE = /'/g;

/** A word analysed with lunr stock functions: stop words out, then the stemmer. */
function lunrAnalyzer(
  language: Language,
  stop: (t: lunr.Token) => lunr.Token | undefined,
  stem: (t: lunr.Token) => lunr.Token,
): Analyzer {
  const cache = new Map<string, string | null>();
  return {
    language,
    analyzeFoldedWord(word: string): string | null {
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      let out: string | null;
      // Symbols ("a/71/l.58") and numbers are terms as they are.
      if (word.includes('/') || /^\d/.test(word)) out = word;
      else {
        const w = word.replace(ELISION_OR_APOSTROPHE, '');
        if (w.length <= 1 || stop(new lunr.Token(w, {})) === undefined) out = null;
        else out = w.length <= 2 ? w : stem(new lunr.Token(w, {})).toString();
      }
      if (cache.size > 100_000) cache.clear();
      cache.set(word, out);
      return out;
    },
  };
}

const ANALYZERS: Record<Language, Analyzer> = {
  fr: { language: 'fr', analyzeFoldedWord: analyzeFrench },
  en: lunrAnalyzer('en', englishStop, englishStem),
  es: lunrAnalyzer('es', es.stopWordFilter, es.stemmer),
};

/** The analysis language for a document language tag ("en", "en-GB", "es"); French otherwise. */
export function languageOf(tag: string | undefined): Language {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'fr';
}

export function analyzerFor(tag: string | undefined): Analyzer {
  return ANALYZERS[languageOf(tag)];
}
