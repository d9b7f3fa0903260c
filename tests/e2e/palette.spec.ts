/** The command palette (Ctrl+K) and the reader's quick jumps, against the real browser twin. */
import type { Page } from '@playwright/test';
import { highlight } from './helpers';
import { expect, test } from './twin';

const paletteInput = (page: Page) => page.getByRole('combobox', { name: 'Command, document or paragraph' });
const announced = (page: Page) => page.locator('.app > [role="status"]');

test.describe('command palette', () => {
  test('Ctrl+K, "A/68", Enter opens A/68/370', async ({ page, twin }) => {
    await page.goto(twin.url);
    await expect(page.locator('.doc-list')).toBeVisible();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    // Typed at once: the palette's input already has the focus.
    await page.keyboard.type('A/68');
    await expect(paletteInput(page)).toHaveValue('A/68');
    await expect(page.getByRole('option').first()).toContainText('A/68/370');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/doc\/a-68-370$/);
    await expect(page.locator('.reader[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('"23" goes to paragraph 23 of the open document, "G" asks for a number, and another document is reached by its symbol', async ({ page, twin }) => {
    await page.goto(`${twin.url}#/doc/a-68-370`);
    await expect(page.locator('.reader[data-ready="true"]')).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('23');
    await expect(page.getByRole('option').first()).toContainText('Go to paragraph 23');
    await page.keyboard.press('Enter');
    const para23 = page.locator('#para-23');
    await expect(para23).toHaveClass(/target/);
    await expect(para23).toBeInViewport();
    await expect(page).toHaveURL(/#\/doc\/a-68-370\/para\/23$/);

    await page.keyboard.press('g');
    await expect(paletteInput(page)).toHaveValue('§ ');
    await page.keyboard.type('40');
    await expect(page.getByRole('option', { selected: true })).toContainText('Go to paragraph 40');
    await page.keyboard.press('Enter');
    await expect(page.locator('#para-40')).toHaveClass(/target/);

    await page.goto(twin.url);
    // A new page load: the shortcut only exists once the app is up.
    await expect(page.locator('.doc-list')).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('a-68-370 para 12');
    await expect(page.getByRole('option').first()).toContainText('Go to paragraph 12 of A/68/370');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/doc\/a-68-370\/para\/12$/);
    await expect(page.locator('#para-12')).toHaveClass(/target/);
  });

  test('"Search the library for …" runs the search in the search box; "/" goes back to it', async ({ page, twin }) => {
    await page.goto(twin.url);
    await expect(page.locator('.doc-list')).toBeVisible();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('migration de retour');
    // The search command comes last: ↑ from the first option wraps round to it.
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('option', { selected: true })).toHaveText(/Search the library for “migration de retour”/);
    await page.keyboard.press('Enter');
    const box = page.getByRole('combobox', { name: 'Search', exact: true });
    await expect(box).toHaveValue('migration de retour');
    await expect(box).toBeFocused();
    const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect(hits.first()).toBeVisible();
    expect(await hits.locator('.hit-doc').allTextContents()).toContain('IC/2009/1');

    await page.keyboard.press('Escape');
    await page.locator('.doc-list').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
  });

  test('a click runs a command; Escape closes and gives the focus back', async ({ page, twin }) => {
    await page.goto(`${twin.url}#/doc/a-68-370`);
    await expect(page.locator('.reader[data-ready="true"]')).toBeVisible();
    const compare = page.getByRole('link', { name: 'Compare' });
    await compare.focus();
    await page.keyboard.press('Control+k');
    await expect(paletteInput(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(compare).toBeFocused();

    await page.keyboard.press('Control+k');
    await page.keyboard.type('notebook');
    await page.getByRole('option', { name: /Open the notebook/ }).click();
    await expect(page).toHaveURL(/#\/notebook$/);
  });
});

test('in meeting mode, "]" and "[" move between highlights and the toolbar goes to a paragraph', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/settings`);
  // A controlled checkbox: it shows the saved setting once the twin has stored it.
  await page.getByLabel(/Meeting mode/).click();
  await expect(page.getByLabel(/Meeting mode/)).toBeChecked();
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  await expect(page.locator('.reader.meeting[data-ready="true"]')).toBeVisible();
  const bar = page.getByRole('group', { name: 'Quick jumps' });
  await expect(bar).toBeVisible();

  await highlight(page, page.locator('#para-23 .block-text'));
  await expect(page.locator('#para-23 mark.hl')).not.toHaveCount(0);
  await highlight(page, page.locator('#para-24 .block-text'));
  await expect(page.locator('#para-24 mark.hl')).not.toHaveCount(0);
  const first = await page.locator('#para-23 mark.hl').first().getAttribute('data-annotation-id');
  const second = await page.locator('#para-24 mark.hl').first().getAttribute('data-annotation-id');

  // From the top of the document, the next highlight is the first one.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press(']');
  await expect(announced(page)).toHaveText(/^Highlight 1 of 2/);
  await expect(page.locator('mark.hl:focus')).toHaveAttribute('data-annotation-id', first!);
  await expect(page.locator('mark.hl:focus')).toBeInViewport();
  await page.keyboard.press(']');
  await expect(announced(page)).toHaveText(/^Highlight 2 of 2/);
  await expect(page.locator('mark.hl:focus')).toHaveAttribute('data-annotation-id', second!);
  await expect(page.locator(`mark.hl.jumped[data-annotation-id="${second}"]`).first()).toBeInViewport();
  await page.keyboard.press('[');
  await expect(announced(page)).toHaveText(/^Highlight 1 of 2/);

  // The toolbar: a paragraph number, then the buttons, which keep the focus.
  await bar.getByLabel('Paragraph').fill('3');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/doc\/a-68-370\/para\/3$/);
  await expect(page.locator('#para-3')).toHaveClass(/target/);
  await bar.getByLabel('Paragraph').fill('999');
  await page.keyboard.press('Enter');
  await expect(bar).toContainText('This document has no paragraph 999.');
  const next = bar.getByRole('button', { name: 'Next highlight' });
  await next.click();
  await expect(bar).toContainText('Highlight 1 of 2');
  await expect(next).toBeFocused();
});
