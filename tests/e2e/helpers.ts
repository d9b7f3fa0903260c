import type { Locator, Page } from '@playwright/test';

/** Selects text with the mouse: press in the first line of `el`, drag right and down. */
export async function dragSelect(page: Page, el: Locator, dx = 320, dy = 0): Promise<string> {
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  await page.mouse.move(box.x + 3, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + 3 + dx, box.y + 8 + dy, { steps: 8 });
  await page.mouse.up();
  return page.evaluate(() => window.getSelection()?.toString() ?? '');
}

/** Highlights a text selection made in `el` with the toolbar's Highlight button. */
export async function highlight(page: Page, el: Locator): Promise<string> {
  const text = await dragSelect(page, el);
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Highlight', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();
  return text.trim();
}
