import { expect, test } from './twin';

test.describe('library, reader and search', () => {
  test('the library lists all five documents by title', async ({ page, twin }) => {
    await page.goto(twin.url);
    const list = page.locator('.doc-list');
    await expect(list.getByRole('link')).toHaveCount(5);
    await expect(page.getByRole('link', { name: /Résumé des auditions informelles/ })).toBeVisible();
  });

  test('#/doc/a-68-370/para/23 shows and marks paragraph 23', async ({ page, twin }) => {
    await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
    const para = page.locator('#para-23');
    await expect(para).toBeVisible();
    await expect(para).toHaveClass(/target/);
    await expect(para.locator('.block-label')).toHaveText('23.');
    await expect(page.getByRole('article')).toBeVisible();
    await expect(para).toBeInViewport();
  });

  test('library → read → search → open hit', async ({ page, twin }) => {
    await page.goto(twin.url);
    await page.getByRole('link', { name: 'Dialogue international sur la migration 2009' }).click();
    await expect(page.getByRole('article')).toContainText('Ce document de travail dresse un tableau');

    const search = page.getByRole('combobox', { name: 'Search', exact: true });
    await search.fill('migration de retour');
    const results = page.getByRole('listbox', { name: 'Search results' });
    const hits = results.getByRole('option');
    await expect(hits.first()).toBeVisible();
    const docs = await hits.locator('.hit-doc').allTextContents();
    expect(docs).toContain('IC/2009/1');
    expect(docs.some((d) => /2008/.test(d))).toBe(true);

    const target = hits.filter({ hasText: /2008/ }).first();
    const snippet = (await target.locator('.hit-snippet').textContent())!.slice(0, 30);
    await target.click();
    await expect(page).toHaveURL(/#\/doc\/idm-2008-retour-document-de-travail\//);
    const marked = page.locator('.target');
    await expect(marked).toBeVisible();
    await expect(marked).toBeInViewport();
    expect(snippet.length).toBeGreaterThan(0);
    await expect(page.locator('mark.match').first()).toBeVisible();
    await expect(page.locator('.match-count')).toHaveText(/\d+ of \d+/);
  });
});
