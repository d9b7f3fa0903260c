/**
 * The browser twin's access (finding 5), in a real Chromium: without the
 * printed one-time URL a browser gets only a page saying to open it; the URL
 * opens the app, keeps the route, drops the key from the address; another
 * browser (context) replaying it gets nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './twin';

test('only the browser that opened the one-time URL gets the app', async ({ page, twin, browser }) => {
  const base = new URL('/', twin.url).href;
  // No session yet: the access page, in a readable, accessible form, and no API.
  await page.goto(base);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/open the address printed by the server/);
  await expect(page.getByText('npm run serve', { exact: false }).first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // The printed URL: the app opens on the route asked for, the key leaves the address.
  await page.goto(`${twin.url}#/notebook`);
  await expect(page).toHaveURL(`${base}#/notebook`);
  await expect(page.getByRole('heading', { name: 'Notebook' })).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies).toEqual([expect.objectContaining({ name: `plenary-session-${new URL(base).port}`, httpOnly: true, sameSite: 'Strict' })]);
  expect(await page.evaluate(() => document.cookie)).toBe(''); // page scripts cannot read it
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Notebook' })).toBeVisible();

  // Another browser replaying the spent key gets the access page, and its API calls are refused.
  const other = await browser.newContext();
  try {
    const stranger = await other.newPage();
    await stranger.goto(twin.url);
    await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(/open the address printed by the server/);
    const status = await stranger.evaluate(async () => (await fetch('/api/listTrash', { method: 'POST', headers: { 'content-type': 'application/json', 'x-plenary-request': '1' }, body: '[]' })).status);
    expect(status).toBe(403);
  } finally {
    await other.close();
  }
});
