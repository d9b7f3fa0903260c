/** Dates in the interface language (numbers in messages are formatted by i18next: `{{count, number}}`). */
// Intl formatters are costly to build and a list of notes formats hundreds of dates: one per language and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter<T extends Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return formatter(`date:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

export function formatDateTime(iso: string, lang: string): string {
  return formatter(`datetime:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(iso));
}
