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
  await expect(page.getByRole('searchbox', { name: 'Rechercher' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
