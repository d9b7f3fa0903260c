/**
 * Tabs: two documents open at once, switched with the keyboard and the tab
 * strip, each back at its place; the compare view opens from the two tabs;
 * Ctrl+W closes a tab; the strip is axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './twin';

const SHOTS = process.env.PLENARY_SHOTS;

/** The first paragraph whose box reaches below the sticky top bar. */
const topBlock = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.topbar')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll<HTMLElement>('.reader [data-block-id]')].find((el) => el.getBoundingClientRect().bottom > bar + 1)?.dataset.blockId;
  });

async function openInApp(page: Page, docId: string, scrollToPara: string) {
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), docId);
  await expect(page.locator(`.reader[data-ready="true"] [data-block-id]`).first()).toBeVisible();
  await expect(page.locator('.doc-header, .doc h1').first()).toBeVisible();
  await page.locator(`#para-${scrollToPara}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120));
  // Let the reader save its reading position (it does so after 600 ms of stillness).
  await page.waitForTimeout(900);
}

test('two documents in tabs: keyboard switching keeps each place, compare from the tabs, Ctrl+W closes', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/`);
  await expect(page.locator('.library a[href^="#/doc/"]').first()).toBeVisible();
  await openInApp(page, 'a-68-370', '30');
  const placeA = await topBlock(page);
  await openInApp(page, 'ic-2009-1', '12');
  const placeB = await topBlock(page);
  expect(placeA).toBeTruthy();
  expect(placeB).toBeTruthy();

  const strip = page.getByRole('tablist', { name: 'Open documents' });
  await expect(strip.getByRole('tab')).toHaveCount(2);
  await expect(strip.getByRole('tab', { selected: true })).toHaveText(/IC\/2009\/1/);

  // Ctrl+Tab: the other tab, at its place.
  await page.keyboard.press('Control+Tab');
  await expect(page).toHaveURL(/#\/doc\/a-68-370$/);
  await expect(strip.getByRole('tab', { selected: true })).toHaveText(/A\/68\/370/);
  await expect.poll(() => topBlock(page)).toBe(placeA);
  await page.waitForTimeout(500); // the reader's own position restore must not move it either
  expect(await topBlock(page)).toBe(placeA);

  // Ctrl+Shift+Tab: back, at its place.
  await page.keyboard.press('Control+Shift+Tab');
  await expect(page).toHaveURL(/#\/doc\/ic-2009-1$/);
  await expect.poll(() => topBlock(page)).toBe(placeB);

  // Arrow keys in the strip move between tabs and show them.
  await strip.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/doc\/a-68-370$/);
  await expect(strip.getByRole('tab', { name: /A\/68\/370/ })).toBeFocused();

  if (SHOTS) {
    await page.waitForTimeout(700); // let the place restore finish before scrolling up for the picture
    for (const [w, h] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/tabs-${w}.png` });
    }
  }
  const axe = await new AxeBuilder({ page }).include('.tabstrip').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // The compare view opens on the two tabs, the current one on the left.
  await page.getByRole('button', { name: 'Compare A/68/370 with IC/2009/1' }).click();
  await expect(page).toHaveURL(/#\/compare\/a-68-370\/ic-2009-1$/);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();

  // Back in a document, Ctrl+W closes its tab and shows the other one.
  await strip.getByRole('tab', { name: /IC\/2009\/1/ }).click();
  await expect(page).toHaveURL(/#\/doc\/ic-2009-1$/);
  await page.keyboard.press('Control+w');
  await expect(strip.getByRole('tab')).toHaveCount(1);
  await expect(page).toHaveURL(/#\/doc\/a-68-370$/);
  await page.keyboard.press('Control+w');
  await expect(page.getByRole('tablist')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);
});
