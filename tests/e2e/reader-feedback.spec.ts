/**
 * Visible feedback: every change to annotations shows a toast (also a polite
 * live region), with an Undo button that undoes exactly that change.
 */
import type { Page } from '@playwright/test';
import { dragSelect, highlight } from './helpers';
import { expect, test } from './twin';

const toast = (page: Page) => page.locator('.toasts [role="status"]');

test('highlight, note, delete and copy each show a toast; its Undo undoes that change', async ({ page, twin, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: twin.url });
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  const panel = page.getByRole('region', { name: 'Annotations' });

  // Highlight, then Undo from the toast: the highlight is gone.
  await highlight(page, page.locator('#para-23 .block-text'));
  await expect(toast(page)).toContainText('Highlighted: Key point');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#para-23 mark.hl')).toHaveCount(0);
  await expect(panel.locator('.ann-card')).toHaveCount(0);
  await expect(toast(page)).toContainText('Undone');
  await expect(toast(page).getByRole('button', { name: 'Undo' })).toHaveCount(0);

  // A note saved, then undone: the note is back to what it was.
  await highlight(page, page.locator('#para-23 .block-text'));
  const card = panel.locator('.ann-card');
  await card.getByRole('button', { name: 'Edit' }).click();
  await card.getByLabel('Note (Markdown)').fill('Point à soulever');
  await card.getByRole('button', { name: 'Save' }).click();
  await expect(toast(page)).toContainText('Note saved');
  await expect(card.locator('.ann-note')).toHaveText('Point à soulever');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(card.locator('.ann-note')).toHaveCount(0);

  // Delete, then Undo: back in the text and in the panel.
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(toast(page)).toContainText('Annotation moved to the Trash');
  await expect(page.locator('#para-23 mark.hl')).toHaveCount(0);
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('#para-23 mark.hl').first()).toBeVisible();
  await expect(card).toHaveCount(1);

  // Copy with citation: a toast without Undo, and the clipboard holds the citation.
  await dragSelect(page, page.locator('#para-24 .block-text'));
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Copy with citation' }).click();
  await expect(toast(page)).toContainText('Copied with citation');
  await expect(toast(page).getByRole('button', { name: 'Undo' })).toHaveCount(0);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\(A\/68\/370, para\. 24\)$/);
});

test('an import shows a toast whose Undo removes what was imported', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  await highlight(page, page.locator('#para-23 .block-text'));
  // The delegate's file: an export of that highlight; then the highlight is deleted for good.
  const json = await page.evaluate(async () => {
    const api = (window as unknown as { plenary: Record<string, (...a: unknown[]) => Promise<{ ok: boolean; value: unknown }>> }).plenary;
    const file = (await api.exportAnnotations!({ format: 'json', grouping: 'document', title: 'Brief' })).value as { data: string };
    const list = (await api.listAnnotations!()).value as Array<{ id: string }>;
    await api.deleteAnnotation!(list[0]!.id);
    await api.emptyTrash!();
    return file.data;
  });
  await page.goto(`${twin.url}#/notebook`);
  await page.reload();
  await expect(page.locator('.notebook .ann-card')).toHaveCount(0);
  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import annotations' });
  await dialog.getByLabel('Annotation file (JSON)').setInputFiles({ name: 'brief.plenary.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(dialog.getByText('1 new annotation')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(page.locator('.notebook .ann-card')).toHaveCount(1);
  await expect(toast(page)).toContainText('1 annotation imported');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.notebook .ann-card')).toHaveCount(0);
  await expect(toast(page)).toContainText('Undone');
});
