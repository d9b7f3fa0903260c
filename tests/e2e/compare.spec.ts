import { highlight } from './helpers';
import { expect, test } from './twin';

test('concept note beside the summary of conclusions: sync, counterparts, highlight on the right', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/compare/idm-2017-note-conceptuelle/idm-2017-vulnerabilites-conclusions`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  const left = page.locator('.compare-pane[data-side="left"]');
  const right = page.locator('.compare-pane[data-side="right"]');
  await expect(left.locator('.block.aligned').first()).toBeVisible();

  // Sync on: scrolling the left pane moves the right one.
  const before = await right.evaluate((el) => el.scrollTop);
  await left.hover();
  await page.mouse.wheel(0, 1500);
  await expect.poll(() => right.evaluate((el) => el.scrollTop)).toBeGreaterThan(before + 100);

  // Picking an aligned passage marks its counterpart on the other side.
  await left.evaluate((el) => (el.scrollTop = 0));
  await left.locator('.block.aligned').first().click();
  await expect(right.locator('.block.counterpart').first()).toBeVisible();

  // Sync off: the right pane stays put.
  await page.getByLabel('Synchronised scrolling').uncheck();
  const still = await right.evaluate((el) => el.scrollTop);
  await left.hover();
  await page.mouse.wheel(0, 800);
  await page.waitForTimeout(300);
  expect(await right.evaluate((el) => el.scrollTop)).toBe(still);

  // Highlighting works in the right pane.
  const target = right.locator('[data-block-id] .block-text').nth(3);
  const quote = await highlight(page, target);
  expect(quote.length).toBeGreaterThan(5);
  await expect(right.locator('mark.hl')).not.toHaveCount(0);
});
