/**
 * The contents sidebar: shown or hidden at every width (button, shortcut,
 * View menu action, palette), marking the section being read; and no
 * sideways scrolling at 1024 px.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './twin';

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });

test('at 1024 px the contents can be shown and hidden (button, Ctrl+B, menu, palette) and mark the section being read', async ({ page, twin }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(`${twin.url}#/doc/a-68-370`);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  const toggle = page.getByRole('button', { name: 'Contents' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(contents).toHaveCount(0);

  await toggle.click();
  await expect(contents).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // Side by side with the text, which keeps a readable width, and nothing scrolls sideways.
  const [nav, text] = [(await contents.boundingBox())!, (await page.locator('.doc-body').boundingBox())!];
  expect(nav.x + nav.width).toBeLessThanOrEqual(text.x);
  expect(text.width).toBeGreaterThan(380);
  let w = await noSidewaysScroll(page);
  expect(w.scrollWidth).toBeLessThanOrEqual(w.clientWidth);

  // The section being read is marked as the reader scrolls.
  await page.locator('#para-23').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(contents.locator('a[aria-current="location"]')).toHaveText(/^III\. Séance inaugurale/);
  await page.locator('#para-40').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(contents.locator('a[aria-current="location"]')).not.toHaveText(/^III\. Séance inaugurale/);
  await expect(contents.locator('a[aria-current="location"]')).toHaveCount(1);

  // Ctrl+B hides it; the View menu's action shows it again; the palette hides it.
  await page.locator('body').press('Control+b');
  await expect(contents).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('plenary:menu', { detail: 'toggle-contents' })));
  await expect(contents).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Command, document or paragraph' }).fill('contents');
  await page.getByRole('option', { name: /Show or hide the contents/ }).click();
  await expect(contents).toHaveCount(0);
  // The choice holds after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Contents' })).toHaveAttribute('aria-expanded', 'false');
  w = await noSidewaysScroll(page);
  expect(w.scrollWidth).toBeLessThanOrEqual(w.clientWidth);
});

test('nothing scrolls sideways at 1024 px: library, reader (with its contents), meeting mode, notebook, settings', async ({ page, twin }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const check = async (hash: string, ready: string) => {
    await page.goto(`${twin.url}${hash}`);
    await expect(page.locator(ready).first()).toBeVisible();
    const w = await noSidewaysScroll(page);
    expect(w.scrollWidth, hash).toBeLessThanOrEqual(w.clientWidth);
  };
  await check('#/', '.doc-list');
  for (const doc of ['a-68-370', 'ic-2009-1', 'idm-2008-retour-document-de-travail', 'idm-2017-note-conceptuelle', 'idm-2017-vulnerabilites-conclusions']) {
    await check(`#/doc/${doc}`, '.doc-body');
  }
  await page.getByRole('button', { name: 'Contents' }).click();
  await check('#/doc/a-68-370', '.toc');
  await check('#/notebook', 'main h1');
  await check('#/settings', 'main h1');
  await page.getByLabel(/Meeting mode/).click();
  await expect(page.getByLabel(/Meeting mode/)).toBeChecked();
  await check('#/doc/a-68-370/para/40', '.quick-jumps');
});
