/**
 * Footnotes, symbols, cross-links and suggestions, end to end (issue 15):
 * the twin serves the bundled corpus plus one extra document, the draft
 * A/71/L.58 that the 2017 concept note cites in its footnote, so that a
 * cross-link and a "Cited by" list exist.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildCorpus } from '../../scripts/build-corpus';
import { appUrl, expect, sessionCookies, startTwin, test, type TwinProcess } from './twin';

const root = resolve(import.meta.dirname, '../..');
const SHOTS = process.env.PLENARY_SHOTS;

const DRAFT = {
  id: 'a-71-l-58',
  source: 'a-71-l-58.txt',
  symbol: 'A/71/L.58',
  shortName: 'A/71/L.58',
  title: 'Modalités des négociations intergouvernementales du pacte mondial',
  date: '2017-04-06',
  place: 'New York',
  organizer: 'Assemblée générale',
  docType: 'other',
  language: 'fr',
};
const DRAFT_TEXT = [
  'Modalités des négociations intergouvernementales du pacte mondial',
  '',
  '1. Décide que les négociations intergouvernementales se tiendront à New York, comme le prévoit le document A/68/370.',
  '',
  '2. Prie le Président de l’Assemblée générale de nommer deux cofacilitateurs.',
  '',
].join('\n');

let twin: TwinProcess;
/** The shared twin's address and session: each test's page is a new browser context. */
let url = '';
let cookies: Awaited<ReturnType<typeof sessionCookies>> = [];

test.beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-refs-'));
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  cpSync(join(root, 'corpus/sources'), join(dir, 'corpus/sources'), { recursive: true });
  writeFileSync(join(dir, 'corpus/sources', DRAFT.source), DRAFT_TEXT);
  const catalog = JSON.parse(readFileSync(join(root, 'corpus/catalog.json'), 'utf8')) as object[];
  writeFileSync(join(dir, 'corpus/catalog.json'), JSON.stringify([...catalog, DRAFT]));
  buildCorpus({ corpusDir: join(dir, 'corpus'), outDir: join(dir, 'out'), log: () => {} });
  twin = await startTwin({ corpusDir: join(dir, 'out') });
  cookies = await sessionCookies(twin);
  url = appUrl(twin);
});
test.beforeEach(async ({ page }) => page.context().addCookies(cookies));
test.afterAll(async () => twin?.stop());

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search', exact: true });
const hits = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

async function axe(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).include(label).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [w, h] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(SHOTS, `${name}-${w}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a footnote phrase is found, cited by its note, and opens on the note with the words marked', async ({ page }) => {
  await page.goto(url);
  await searchBox(page).fill('retour virtuel');
  const hit = hits(page).first();
  await expect(hit).toContainText('note 5');
  await expect(hit.locator('mark')).toHaveText(['retour', 'virtuel', 'retour']);
  await axe(page, '.search');
  await shoot(page, 'search-footnote');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/#\/doc\/idm-2008-retour-document-de-travail\/block\/fn-fn-5$/);
  const note = page.locator('#fn-fn-5');
  await expect(note).toHaveClass(/target/);
  await expect(note).toBeInViewport();
  await expect(note.locator('mark.match')).toHaveText(['retour', 'virtuel', 'retour']);
  // A new query replaces the old one's find bar.
  await expect(page.locator('.match-query')).toBeVisible();
  await searchBox(page).fill('téléconférence');
  await expect(page.locator('.match-query')).toHaveCount(0);
});

test('a cited symbol links to the library document and back; "Cited by" lists the citing note', async ({ page }) => {
  await page.goto(`${url}#/doc/idm-2017-note-conceptuelle`);
  const link = page.locator('#fn-fn-1').getByRole('link', { name: 'A/71/L.58' });
  await expect(link).toHaveAttribute('title', /Draft resolution or decision A\/71\/L\.58/);
  await link.click();
  await expect(page).toHaveURL(/#\/doc\/a-71-l-58$/);
  await expect(page.getByRole('article')).toContainText('cofacilitateurs');
  // The draft cites A/68/370, which is in the library too.
  await expect(page.getByRole('article').getByRole('link', { name: 'A/68/370' })).toHaveAttribute('href', '#/doc/a-68-370');

  const citedBy = page.locator('details.cited-by');
  await expect(citedBy.locator('summary')).toHaveText('Cited by 1 passage');
  await citedBy.locator('summary').click();
  const citing = citedBy.getByRole('link');
  await expect(citing).toHaveText(/note 1$/);
  await axe(page, '.cited-by');
  await shoot(page, 'cited-by');

  await page.goBack();
  await expect(page).toHaveURL(/#\/doc\/idm-2017-note-conceptuelle$/);
  await page.goForward();
  // The document's reader was kept (its tab is open), so "Cited by" is still open as it was left.
  await expect(citedBy).toHaveAttribute('open', '');
  await citing.click();
  await expect(page).toHaveURL(/#\/doc\/idm-2017-note-conceptuelle\/block\/fn-fn-1$/);
  await expect(page.locator('#fn-fn-1')).toBeInViewport();
});

test('a symbol not in the library says what it is, and a click searches the library for it', async ({ page }) => {
  await page.goto(`${url}#/doc/a-68-370`);
  const link = page.locator('#fn-fn-1').getByRole('link', { name: 'A/68/150' });
  await expect(link).toHaveAttribute('title', 'Report or session document A/68/150, not in your library: search for it');
  await link.click();
  await expect(searchBox(page)).toHaveValue('A/68/150');
  await expect(hits(page).first()).toContainText('note *');
});

test('a suggestion is picked with the keyboard; an empty search says why', async ({ page }) => {
  await page.goto(url);
  const box = searchBox(page);
  await box.fill('a/71');
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await expect(suggestions.first()).toHaveText('A/71/L.58');
  await axe(page, '.search');
  await shoot(page, 'suggestions');
  await box.press('ArrowUp');
  await expect(suggestions.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'sug-0');
  await box.press('Enter');
  await expect(box).toHaveValue('A/71/L.58');
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toHaveCount(0);
  await expect(hits(page).first()).toContainText('note 1');
  // The query is remembered: typing its start offers it again as a recent search.
  await box.fill('A/7');
  await expect(suggestions.filter({ hasText: 'recent search' }).first()).toContainText('A/71/L.58');
  await box.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Suggestions' })).toHaveCount(0);

  await box.fill('retour hippopotame');
  await expect(page.locator('.search-empty')).toContainText('No passage contains: “hippopotame”.');
  await shoot(page, 'search-empty');
});
