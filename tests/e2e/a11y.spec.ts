/** axe-core on every main view, in each theme: zero violations. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { highlight } from './helpers';
import { expect, test } from './twin';

async function axe(page: Page, label: string) {
  await test.step(`axe: ${label}`, () => check(page, label));
}

async function check(page: Page, label: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${label}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(summary).toEqual([]);
}

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`views have no axe violations in the ${theme} theme`, async ({ page, twin }) => {
    // axe over the reader's whole document takes long on a loaded 2-core machine.
    test.setTimeout(180_000);
    await page.goto(`${twin.url}#/settings`);
    await page.getByLabel('Theme').selectOption(theme);
    await expect(page.locator(`html[data-theme="${theme}"]`)).toHaveCount(1);
    await page.goto(twin.url);
    await expect(page.locator('.doc-list')).toBeVisible();
    await axe(page, 'library');

    await page.getByRole('combobox', { name: 'Search', exact: true }).fill('migration de retour');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    await axe(page, 'search results');
    await page.keyboard.press('Escape');

    await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
    await highlight(page, page.locator('#para-23 .block-text'));
    await expect(page.getByRole('region', { name: 'Annotations' }).locator('.ann-card')).toHaveCount(1);
    await axe(page, 'reader and annotations panel');

    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: 'Command, document or paragraph' }).fill('2');
    await expect(page.getByRole('option', { name: /Go to paragraph 2\b/ })).toBeVisible();
    await axe(page, 'command palette');
    await page.keyboard.press('Escape');

    await page.goto(`${twin.url}#/notebook`);
    await expect(page.locator('.notebook .ann-card')).toHaveCount(1);
    await axe(page, 'notebook');
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await axe(page, 'export dialog');
    await page.keyboard.press('Escape');

    await page.goto(`${twin.url}#/compare/idm-2017-note-conceptuelle/idm-2017-vulnerabilites-conclusions`);
    await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
    await axe(page, 'compare');

    await page.goto(`${twin.url}#/settings`);
    await page.getByLabel(/Meeting mode/).click();
    await expect(page.getByLabel(/Meeting mode/)).toBeChecked();
    await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
    const quick = page.getByRole('group', { name: 'Quick jumps' });
    await expect(quick).toBeVisible();
    // The page was loaded again: its highlight is painted once the annotations arrive (cold start paints the text first).
    await expect(page.locator('#para-23 mark.hl')).not.toHaveCount(0);
    await page.keyboard.press(']');
    await expect(quick).toContainText('Highlight 1 of 1');
    await quick.getByLabel('Paragraph').fill('999');
    await page.keyboard.press('Enter');
    await expect(quick).toContainText('no paragraph 999');
    await axe(page, 'meeting-mode reader with quick jumps');
  });
}
