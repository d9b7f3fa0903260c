/**
 * The readers of open tabs stay mounted (app/ReaderDeck.tsx): switching back
 * to a tab shows the very same reader, at its place, without fetching the
 * document again; a hidden reader is out of the page (no duplicate ids, one
 * reader for the keyboard and for assistive technology); and the tab strip
 * stays in view while reading.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './twin';

const SHOTS = process.env.PLENARY_SHOTS;

/** The first paragraph whose box reaches below the tab strip (which sticks under the top bar). */
const topBlock = (page: Page) =>
  page.evaluate(() => {
    const bar = document.querySelector('.tabstrip')!.getBoundingClientRect().bottom;
    return [...document.querySelectorAll<HTMLElement>('.reader [data-block-id]')].find((el) => el.getBoundingClientRect().bottom > bar + 1)?.dataset.blockId;
  });

async function open(page: Page, docId: string, para: string) {
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), docId);
  await expect(page.locator(`.tab[aria-selected="true"][data-tab="${docId}"]`)).toBeVisible();
  await expect(page.locator('.reader[data-ready="true"] [data-block-id]').first()).toBeVisible();
  await page.locator(`#para-${para}`).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 150));
  await page.waitForTimeout(300);
}

test('a tab switched back to shows the same reader at its place, with no new fetch; the strip stays in view', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/`);
  await expect(page.locator('.library a[href^="#/doc/"]').first()).toBeVisible();
  await open(page, 'a-68-370', '30');
  const placeA = await topBlock(page);
  expect(placeA).toBeTruthy();
  const readerA = await page.locator('.reader').elementHandle();
  await readerA!.evaluate((el) => el.setAttribute('data-test-kept', 'a'));

  // The tab strip is still on screen, right under the top bar, after scrolling well down.
  const strip = page.locator('.tabstrip');
  const box = (await strip.boundingBox())!;
  const bar = (await page.locator('.topbar').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height - 2);
  expect(box.y).toBeLessThan(bar.y + bar.height + 2);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.tabstrip') !== null, [box.x + 40, box.y + box.height / 2]);
  expect(hit).toBe(true);

  await open(page, 'ic-2009-1', '12');
  // The hidden reader is out of the page: one reader, no duplicated ids, nothing for the keyboard to reach.
  expect(await readerA!.evaluate((el) => el.isConnected)).toBe(false);
  await expect(page.locator('.reader')).toHaveCount(1);
  const duplicated = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicated).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  // Back with Ctrl+Tab: the same element, at its place, and nothing (document, annotations, bookmarks, place) is asked for again.
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/\/api\/(getDocument|listAnnotations|listBookmarks|getReadingPosition|citedBy)/.test(r.url())) fetched.push(r.url());
  });
  await page.keyboard.press('Control+Tab');
  await expect(page).toHaveURL(/#\/doc\/a-68-370$/);
  await expect(page.locator('.reader[data-test-kept="a"]')).toBeVisible();
  expect(await readerA!.evaluate((el) => el.isConnected)).toBe(true);
  await expect.poll(() => topBlock(page)).toBe(placeA);
  await page.waitForTimeout(500);
  expect(await topBlock(page)).toBe(placeA);
  expect(fetched).toEqual([]);

  // Shortcuts act once, for the tab shown: with a second reader listening, Ctrl+B would toggle the contents twice (no change).
  const toggle = page.locator('.reader .toc-toggle');
  const before = await toggle.getAttribute('aria-expanded');
  await page.locator('body').press('Control+b');
  await expect(toggle).toHaveAttribute('aria-expanded', before === 'true' ? 'false' : 'true');
  await page.locator('body').press('Control+b');
  await expect(toggle).toHaveAttribute('aria-expanded', before!);

  if (SHOTS) {
    for (const [w, h] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SHOTS}/keep-alive-${w}.png` });
    }
  }
});
