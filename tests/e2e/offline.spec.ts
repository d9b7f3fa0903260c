/**
 * Offline by proof: every request the page makes through the main flows is
 * recorded, and any that is not to the local app fails the test.
 */
import { highlight } from './helpers';
import { expect, test } from './twin';

test('no request leaves the app through library, search, reading, annotating, comparing and exporting', async ({ page, twin }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const origin = new URL(twin.url).origin;

  await page.goto(twin.url);
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill('droits de l’homme');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
  await expect(page.locator('.target')).toBeVisible();
  await page.goto(`${twin.url}#/doc/idm-2008-retour-document-de-travail`);
  await highlight(page, page.locator('.block-paragraph .block-text').nth(2));
  await page.goto(`${twin.url}#/compare/ic-2009-1/idm-2008-retour-document-de-travail`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  await page.goto(`${twin.url}#/notebook`);
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Format').selectOption('html');
  await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
  await page.goto(`${twin.url}#/settings`);
  await expect(page.locator('.data-dir')).toHaveText(twin.dataDir);

  expect(requests.length).toBeGreaterThan(10);
  const foreign = requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('blob:' + origin) && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
});
