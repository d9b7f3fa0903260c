import { readFileSync } from 'node:fs';
import { highlight } from './helpers';
import { expect, startTwin, test } from './twin';

test('export Markdown and JSON, import the JSON into a fresh data folder', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  const q1 = await highlight(page, page.locator('#para-23 .block-text'));
  await page.goto(`${twin.url}#/doc/ic-2009-1/para/3-e`);
  const q2 = await highlight(page, page.locator('#para-3-e .block-text'));

  await page.getByRole('link', { name: 'Notebook' }).click();
  await expect(page.locator('.notebook .ann-card')).toHaveCount(2);

  const exportAs = async (format: string) => {
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
    await dialog.getByLabel('Format').selectOption(format);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
    return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
  };

  const md = await exportAs('markdown');
  expect(md.name).toBe('Meeting brief.md');
  expect(md.text).toContain('# Meeting brief');
  expect(md.text).toContain('A/68/370, para. 23');
  expect(md.text).toContain('IC/2009/1, para. 3 e)');
  expect(md.text).toContain(q1.split(/\s+/).slice(0, 4).join(' '));

  const json = await exportAs('json');
  expect(json.name).toMatch(/\.plenary$/);
  const collection = JSON.parse(json.text);
  expect(collection.first.items).toHaveLength(2);
  const exacts = collection.first.items.map(
    (i: { target: { selector: Array<{ type: string; exact?: string }> } }) => i.target.selector.find((s) => s.type === 'TextQuoteSelector')!.exact,
  );
  expect(exacts.map((e: string) => e.replace(/\s+/g, ' ').trim()).sort()).toEqual([q1, q2].map((q) => q.replace(/\s+/g, ' ').trim()).sort());

  // A fresh data folder: import the JSON and find both annotations in place.
  const fresh = await startTwin();
  try {
    await page.goto(`${fresh.url}#/notebook`);
    await expect(page.locator('.notebook .ann-card')).toHaveCount(0);
    await page.getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import annotations' });
    await dialog.getByLabel('Annotation file (JSON)').setInputFiles({ name: 'brief.plenary.json', mimeType: 'application/json', buffer: Buffer.from(json.text) });
    await expect(dialog.getByText('2 new annotations')).toBeVisible();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await expect(page.locator('.notebook .ann-card')).toHaveCount(2);
    await page.goto(`${fresh.url}#/doc/a-68-370/para/23`);
    await expect(page.locator('#para-23 mark.hl').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Annotations' }).locator('.ann-card')).toHaveCount(1);
  } finally {
    await fresh.stop();
  }
});
