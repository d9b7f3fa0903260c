/**
 * The one place that wires lunr-languages' French Snowball stemmer into lunr.
 * Everything else imports `lunr` from here so the plugins are always applied
 * before use.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import french from 'lunr-languages/lunr.fr.js';

type LunrWithFr = typeof lunr & {
  fr?: { stemmer: (token: lunr.Token) => lunr.Token };
};

const l = lunr as LunrWithFr;
if (!l.fr) {
  (stemmerSupport as unknown as (x: typeof lunr) => void)(lunr);
  (french as unknown as (x: typeof lunr) => void)(lunr);
}
const frStemmer = (l.fr as NonNullable<LunrWithFr['fr']>).stemmer;

/** lunr-languages' Snowball French stemmer on one lowercase word. */
export function snowballFr(word: string): string {
  return frStemmer(new lunr.Token(word, {})).toString();
}

export { lunr };
