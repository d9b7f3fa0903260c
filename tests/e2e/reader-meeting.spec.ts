/**
 * Meeting mode: going to a paragraph puts its number and first line just
 * under the header; the bottom bar never covers the end of the text; "]"
 * going from the last highlight back to the first says so.
 */
import type { Page } from '@playwright/test';
import { highlight } from './helpers';
import { expect, test } from './twin';

async function meetingMode(page: Page, url: string) {
  await page.goto(`${url}#/settings`);
  await page.getByLabel(/Meeting mode/).click();
  await expect(page.getByLabel(/Meeting mode/)).toBeChecked();
}

test('go to paragraph 40 puts its number and first line just under the header, and the bar never covers the last line', async ({ page, twin }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await meetingMode(page, twin.url);
  await page.goto(`${twin.url}#/doc/a-68-370`);
  await expect(page.locator('.reader.meeting[data-ready="true"]')).toBeVisible();
  await page.locator('body').press('g');
  const palette = page.getByRole('combobox', { name: 'Command, document or paragraph' });
  await palette.pressSequentially('40');
  await palette.press('Enter');
  await expect(page).toHaveURL(/\/para\/40$/);
  const header = (await page.locator('.topbar').boundingBox())!;
  const label = page.locator('#para-40 .block-label');
  await expect
    .poll(async () => {
      const box = (await label.boundingBox())!;
      return box.y - (header.y + header.height);
    })
    .toBeGreaterThanOrEqual(0);
  const box = (await label.boundingBox())!;
  expect(box.y - (header.y + header.height)).toBeLessThan(60);
  // The number and the first line are what is shown there, not covered by anything.
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-block-id]')?.id, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(hit).toBe('para-40');

  // At the very end, the last line of the text is above the bottom bar.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = (await page.getByRole('group', { name: 'Quick jumps' }).boundingBox())!;
  const lastBottom = await page.locator('.doc-body').evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const rects = [...range.getClientRects()].filter((r) => r.height > 0);
    return Math.max(...rects.map((r) => r.bottom));
  });
  expect(lastBottom).toBeLessThanOrEqual(bar.y);
});

test('"]" from the last highlight back to the first is announced (toast and live region)', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  await highlight(page, page.locator('#para-23 .block-text'));
  await highlight(page, page.locator('#para-24 .block-text'));
  await meetingMode(page, twin.url);
  await page.goto(`${twin.url}#/doc/a-68-370`);
  await expect(page.locator('.reader.meeting[data-ready="true"]')).toBeVisible();
  const live = page.locator('.app > [role="status"]');
  // From the top of the document (it reopens where it was read).
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('body').press(']');
  await expect(live).toHaveText(/^Highlight 1 of 2\W*$/);
  await page.keyboard.press(']');
  await expect(live).toHaveText(/^Highlight 2 of 2\W*$/);
  await expect(page.locator('.toasts')).not.toContainText('back to the first');
  await page.keyboard.press(']');
  await expect(live).toHaveText(/^Highlight 1 of 2\. Past the last highlight: back to the first/);
  await expect(page.locator('.toasts [role="status"]')).toHaveText(/Past the last highlight: back to the first/);
  await page.keyboard.press('[');
  await expect(live).toHaveText(/^Highlight 2 of 2. Before the first highlight: on to the last/);
});
