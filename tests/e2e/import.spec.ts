/**
 * The import dialog against the real twin: per-item preview of a file mixing
 * good, duplicate-id and bad items, leaving one new item out, progress and
 * Stop on a large file, axe-clean, screenshots at two sizes.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './twin';

const shots = resolve(import.meta.dirname, '../../test-results/screenshots');
const doc = 'urn:plenary:doc:a-68-370';
const quoteItem = (exact: string, note: string, id?: string) => ({
  type: 'Annotation',
  ...(id ? { id } : {}),
  body: { type: 'TextualBody', value: note },
  target: { source: doc, selector: { type: 'TextQuoteSelector', exact } },
});

const mixed = JSON.stringify({
  type: 'AnnotationCollection',
  items: [
    quoteItem('du secteur privé se sont tenues le 15 juillet 2013', 'Première note', 'colleague-0001'),
    // Same id, different content: offered under a new id.
    quoteItem('du secteur privé se sont tenues le 15 juillet 2013', 'Une autre lecture', 'colleague-0001'),
    // Typographic apostrophe in the document, straight one here: found by folding.
    quoteItem("de l'Assemblée générale avec des représentants", 'Apostrophe droite'),
    quoteItem('une phrase qui ne figure nulle part dans ce texte', 'Introuvable'),
    { type: 'Annotation', target: 'urn:plenary:doc:a-99-999' },
  ],
});

test('previews per item, imports the good ones less one left out', async ({ page, twin }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${twin.url}#/notebook`);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Annotation file (JSON)').setInputFiles({ name: 'colleague.plenary', mimeType: 'application/json', buffer: Buffer.from(mixed) });
  await expect(dialog.getByText('3 new annotations')).toBeVisible();
  await expect(dialog.getByText('2 cannot be placed')).toBeVisible();
  const choices = dialog.getByRole('group', { name: /New annotations to import/ });
  await expect(choices.getByRole('checkbox')).toHaveCount(3);
  await expect(choices.getByText(/imported under a new id/)).toHaveCount(1);
  await expect(dialog.getByRole('list', { name: 'Items that cannot be placed' }).getByRole('listitem')).toHaveText([
    /Item 4: the quoted text is not in the document/,
    /Item 5: the document "urn:plenary:doc:a-99-999" is not in this library/,
  ]);
  const axe = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, 'import-preview-1440x900.png') });
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: join(shots, 'import-preview-1024x700.png') });

  // Leave the "apostrophe" one out, by keyboard.
  const third = choices.getByRole('checkbox').nth(2);
  await third.focus();
  await page.keyboard.press('Space');
  await expect(third).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.locator('.notebook .ann-card')).toHaveCount(2);
  await expect(page.locator('.notebook')).toContainText('Une autre lecture');
  await expect(page.locator('.notebook')).not.toContainText('Apostrophe droite');
});

test('shows progress on a large file and stops it', async ({ page, twin }) => {
  // Quotes found nowhere: each goes through the fuzzy matcher, the slowest path.
  const items = Array.from({ length: 20_000 }, (_, i) => quoteItem(`une phrase absente du texte, numéro ${i}`, `note ${i}`));
  await page.goto(`${twin.url}#/notebook`);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Annotation file (JSON)').setInputFiles({ name: 'big.plenary', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(items)) });
  await expect(dialog.getByText(/of 20,000 items planned/)).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  // Other calls are answered meanwhile: the library list loads in another tab of the same twin.
  const other = await page.context().newPage();
  await other.goto(twin.url);
  await expect(other.locator('.doc-list').getByRole('link')).toHaveCount(5, { timeout: 10_000 });
  await other.close();
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await expect(dialog.getByRole('progressbar')).toHaveCount(0);
  await expect(dialog.getByText(/new annotation/)).toHaveCount(0);
});
