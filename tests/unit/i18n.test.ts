import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import es from '../../renderer/i18n/locales/es.json';
import fr from '../../renderer/i18n/locales/fr.json';

const root = resolve(import.meta.dirname, '../..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
/** Keys with plural suffixes folded, since languages have different plural forms. */
const base = (obj: object) => new Set(keys(obj).map((k) => k.replace(PLURAL, '')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('message files', () => {
  const locales = { en, fr, es };

  it.each(Object.entries(locales))('%s has every key English has, and no other', (_lang, messages) => {
    expect([...base(messages)].sort()).toEqual([...base(en)].sort());
  });

  it.each(Object.entries(locales))('%s has no empty message', (_lang, messages) => {
    const flat = keys(messages);
    const get = (k: string) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages);
    expect(flat.filter((k) => typeof get(k) !== 'string' || (get(k) as string).trim() === '')).toEqual([]);
  });

  it('every key the interface uses exists in English', () => {
    const known = base(en);
    const prefixes = new Set([...known].map((k) => k.split('.').slice(0, -1).join('.')));
    const missing: string[] = [];
    for (const file of sourceFiles(join(root, 'renderer'))) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) if (!known.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
      for (const m of src.matchAll(/\bt\(\s*`([A-Za-z0-9_.-]+)\.\$\{/g)) if (!prefixes.has(m[1]!)) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('finds the keys it checks (the scan is not vacuous)', () => {
    const src = readFileSync(join(root, 'renderer/search/SearchBox.tsx'), 'utf8');
    expect([...src.matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)].length).toBeGreaterThan(3);
  });
});

describe('counts', () => {
  it('are written the way each language writes numbers, in every counted message', async () => {
    const i18next = (await import('i18next')).default.createInstance();
    await i18next.init({ resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } }, lng: 'en', interpolation: { escapeValue: false } });
    expect(i18next.getFixedT('en')('notebook.count', { count: 10_000 })).toBe('10,000 annotations');
    expect(i18next.getFixedT('fr')('notebook.count', { count: 10_000 })).toBe('10\u202f000 annotations');
    expect(i18next.getFixedT('es')('notebook.count', { count: 10_000 })).toMatch(/^10\.000 /);
    expect(i18next.getFixedT('fr')('exportJob.writing', { done: 4500, total: 10_000, percent: 45 })).toBe('Écriture des surlignages : 4\u202f500 sur 10\u202f000 (45 %)');
    // No message shows a count, a total or a position unformatted.
    for (const [lang, messages] of Object.entries({ en, fr, es })) {
      const raw = keys(messages).filter((k) => /\{\{(count|total|done|current)\}\}/.test(String(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages))));
      expect(raw, lang).toEqual([]);
    }
  });
});
