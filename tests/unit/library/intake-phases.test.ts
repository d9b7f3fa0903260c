/**
 * Every progress phase the library service and its readers report has words
 * in each language: the intake list shows `addedDocs.phase.<phase>`, and a
 * missing key printed the raw phase ("pages") while a PDF was read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const sources = ['main/library', 'main/library/readers'].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(ROOT, d, f), 'utf8')),
);
const reported = [...new Set(sources.flatMap((s) => [...s.matchAll(/phase: '([a-z]+)'/g)].map((m) => m[1]!)))].sort();

describe('intake progress phases', () => {
  it('finds the phases the service and readers report', () => {
    expect(reported).toEqual(expect.arrayContaining(['pages', 'document', 'structure', 'indexing', 'saving', 'queued']));
  });

  it.each(['en', 'fr', 'es'])('%s names each of them, the page count included', (lang) => {
    const locale = JSON.parse(readFileSync(join(ROOT, 'renderer/i18n/locales', `${lang}.json`), 'utf8')) as { addedDocs: { phase: Record<string, string> } };
    for (const phase of reported) expect(locale.addedDocs.phase[phase], `${lang}: addedDocs.phase.${phase}`).toBeTruthy();
    expect(locale.addedDocs.phase.pages).toMatch(/\{\{done, number\}\}.*\{\{total, number\}\}/);
  });
});
