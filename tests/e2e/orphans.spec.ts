/**
 * Annotations whose document is no longer in the library (finding 9): the
 * page never throws, a notice says so, and the Notebook lists them under
 * "Document missing" with their quotes, ready to export.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../main/store';
import { expect, startTwin, test } from './twin';

const QUOTES = ['Les migrants de retour ont besoin d’un accompagnement', 'la coopération entre pays d’origine et de destination'];

test('annotations of a document not in the library are listed under "Document missing" and exportable', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-e2e-orphans-'));
  // A folder where a document that is gone from the library was annotated, next to a live one.
  const store = createStore(dataDir);
  for (const [i, exact] of QUOTES.entries()) {
    store.createAnnotation({
      docId: 'rapport-retire-2019',
      blockId: `p-${i + 1}`,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + exact.length },
      color: 'green',
      note: `note ${i + 1}`,
      tags: ['retour'],
    });
  }
  await store.close();

  const twin = await startTwin({ dataDir });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${twin.url}#/notebook`);
    await expect(page.getByRole('alert')).toContainText('rapport-retire-2019');
    const group = page.getByRole('region', { name: 'Document missing: rapport-retire-2019' });
    await expect(group.locator('.ann-card')).toHaveCount(2);
    for (const q of QUOTES) await expect(group.getByText(q)).toBeVisible();

    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
    await dialog.getByLabel('Format').selectOption('json');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.first.items).toHaveLength(2);
    expect(errors).toEqual([]);
  } finally {
    await twin.stop();
  }
});
