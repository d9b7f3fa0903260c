import { dragSelect } from './helpers';
import { expect, startTwin, test } from './twin';

test('highlight, note and tag survive a restart; delete and undo', async ({ page }) => {
  let twin = await startTwin();
  try {
    await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
    const para = page.locator('#para-23 .block-text');
    const selected = (await dragSelect(page, para)).trim();
    expect(selected.length).toBeGreaterThan(10);

    const toolbar = page.getByRole('toolbar', { name: 'Selection actions' });
    await expect(toolbar.getByRole('button', { name: 'Copy with citation' })).toBeVisible();
    await toolbar.getByRole('button', { name: 'Add note' }).click();

    const panel = page.getByRole('region', { name: 'Annotations' });
    // "Add note" opens the note editor at the selection.
    const composer = page.getByRole('dialog', { name: 'Add note' });
    await composer.getByLabel('Note (Markdown)').fill('À citer dans la **déclaration**');
    const tags = composer.getByLabel('Tags (Enter or comma to add)');
    await tags.fill('développement');
    await tags.press('Enter');
    await composer.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
    await expect(panel.locator('.ann-note strong')).toHaveText('déclaration');
    await expect(page.locator('#para-23 mark.hl')).not.toHaveCount(0);

    // Restart the server on the same data folder: everything is still there.
    await twin.stop();
    twin = await startTwin({ dataDir: twin.dataDir });
    await page.goto(`${twin.url}#/doc/a-68-370`);
    const card = page.getByRole('region', { name: 'Annotations' }).locator('.ann-card');
    await expect(card).toHaveCount(1);
    await expect(card.locator('.ann-quote')).toContainText(selected.slice(0, 20));
    await expect(card.locator('.ann-cite')).toHaveText('A/68/370, para. 23');
    await expect(card.locator('.tags')).toContainText('développement');
    await expect(page.locator('#para-23 mark.hl')).toHaveText(selected.replace(/\s+/g, ' ').length ? /.+/ : /x/);

    await page.getByRole('link', { name: 'Notebook' }).click();
    const nb = page.locator('.notebook .ann-card');
    await expect(nb).toHaveCount(1);
    await expect(nb).toContainText('déclaration');

    // Delete, then Ctrl+Z brings it back.
    await nb.getByRole('button', { name: 'Delete' }).click();
    await expect(page.locator('.notebook .ann-card')).toHaveCount(0);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect(page.locator('.notebook .ann-card')).toHaveCount(1);
  } finally {
    await twin.stop();
  }
});
