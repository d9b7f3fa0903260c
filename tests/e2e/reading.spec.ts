import { expect, test } from './twin';

test('find in the document is accent-insensitive and F3 moves through the matches', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370`);
  await expect(page.getByRole('article')).toBeVisible();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('textbox', { name: 'Find in document' });
  await find.fill('securite');
  await expect(page.locator('.match-count')).toHaveText(/^1 of (\d+)$/);
  const marks = page.locator('mark.match');
  expect((await marks.allTextContents()).some((t) => t.toLowerCase() === 'sécurité')).toBe(true);
  await page.keyboard.press('F3');
  await expect(page.locator('.match-count')).toHaveText(/^2 of \d+$/);
  await page.keyboard.press('Shift+F3');
  await expect(page.locator('.match-count')).toHaveText(/^1 of \d+$/);
});

test('the interface switches to French and remembers it', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/settings`);
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible();
  await page.goto(twin.url);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Rechercher', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('each view keeps its own scroll: a document opens at the top, the library is found where it was left', async ({ page, twin }) => {
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto(twin.url);
  await expect(page.getByRole('link', { name: /Dialogue international sur la migration 2009/ })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const libraryY = await page.evaluate(() => window.scrollY);
  expect(libraryY).toBeGreaterThan(200);
  await page.getByRole('link', { name: /^Renforcer la coopération internationale/ }).click();
  await expect(page.getByRole('article')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('heading', { name: 'Library' })).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(libraryY);
});
