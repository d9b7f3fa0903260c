/**
 * Interface language: i18next with one message file per language. The
 * choice is, in order: the saved setting, the language the twin was started
 * with (--lang), the system language, English.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import es from './locales/es.json';
import fr from './locales/fr.json';

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const resources = { en: { translation: en }, fr: { translation: fr }, es: { translation: es } };

const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

export function initialLanguage(saved?: string | null): Lang {
  if (isLang(saved)) return saved;
  const fromServer = document.querySelector<HTMLMetaElement>('meta[name="plenary-lang"]')?.content;
  if (isLang(fromServer)) return fromServer;
  for (const l of navigator.languages ?? [navigator.language]) {
    const base = l.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}

export async function initI18n(lang: Lang) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  i18next.on('languageChanged', (l) => (document.documentElement.lang = l));
  return i18next;
}
