/**
 * The export's own i18next instance (not the renderer's): labels for a brief
 * in French, English or Spanish, with plurals, UN citation style and dates in
 * that locale. Built synchronously from bundled strings, once.
 */
import i18next, { type TFunction } from 'i18next';
import { COLOR_IDS } from '../model-values';
import type { ColorId, Legend } from '../model';
import type { ExportLabels } from './labels';
import { EXPORT_LANGS, EXPORT_STRINGS, type ExportLang } from './strings';

let instance: ReturnType<typeof i18next.createInstance> | undefined;

export function tFor(lang: ExportLang): TFunction {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: 'en',
      fallbackLng: 'en',
      resources: Object.fromEntries(EXPORT_LANGS.map((l) => [l, { translation: EXPORT_STRINGS[l] }])),
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance.getFixedT(lang);
}

export const isExportLang = (v: unknown): v is ExportLang => typeof v === 'string' && (EXPORT_LANGS as readonly string[]).includes(v);

/** A date in the export's language: "15 juillet 2013", "15 July 2013", "15 de julio de 2013". */
export function formatDateIn(lang: ExportLang, iso: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  if (!day) return iso;
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = { fr: 'fr-FR', en: 'en-GB', es: 'es-ES' }[lang];
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Everything a brief prints, in one language. */
export function exportLabels(lang: ExportLang): ExportLabels {
  const t = tFor(lang);
  const s = (key: string): string => t(key);
  const group = <K extends string>(prefix: string, keys: readonly K[]): Record<K, string> =>
    Object.fromEntries(keys.map((k) => [k, s(`${prefix}.${k}`)])) as Record<K, string>;
  return {
    lang,
    legend: s('legend'),
    date: s('date'),
    scope: s('scope'),
    citation: s('citation'),
    colour: s('colour'),
    tags: s('tags'),
    note: s('note'),
    author: s('author'),
    count: (n) => t('count', { count: n }),
    noHighlights: s('noHighlights'),
    untagged: s('untagged'),
    para: s('para'),
    paras: s('paras'),
    passage: s('passage'),
    passages: s('passages'),
    pageRef: s('pageRef'),
    pagesRef: s('pagesRef'),
    quoteOpen: s('quoteOpen'),
    quoteClose: s('quoteClose'),
    colon: s('colon'),
    trailSeparator: ' › ',
    tagSeparator: ' · ',
    introduction: s('introduction'),
    bookmarks: s('bookmarks'),
    page: (page, pages) => t('page', { page, pages }),
    colors: group('colors', COLOR_IDS),
    csv: group('csv', ['document', 'symbol', 'citation', 'section', 'colour', 'meaning', 'quote', 'note', 'tags', 'author', 'created', 'modified'] as const),
    formatDate: (iso) => formatDateIn(lang, iso),
  };
}

/** The default meaning of each colour in one language. */
export function defaultLegend(lang: ExportLang): Legend {
  // Read from the strings themselves: the interface asks for this at start-up, before it needs an i18next instance here.
  const names = EXPORT_STRINGS[lang].legendDefaults as Record<string, string>;
  return Object.fromEntries(COLOR_IDS.map((c) => [c, names[c] ?? c])) as Legend;
}

/**
 * The legend as a delegate reading `lang` should see it: a colour still
 * carrying a default name (in any of the three languages) takes the default
 * of `lang`; a colour the delegate renamed is kept exactly as written.
 */
export function localizeLegend(legend: Legend, lang: ExportLang): Legend {
  const defaults = EXPORT_LANGS.map(defaultLegend);
  const target = defaultLegend(lang);
  const out = { ...legend };
  for (const c of COLOR_IDS as readonly ColorId[]) {
    if (defaults.some((d) => d[c] === legend[c])) out[c] = target[c];
  }
  return out;
}
