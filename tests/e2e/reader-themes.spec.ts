/**
 * Themes in the reader: axe finds nothing in any theme (high contrast
 * included) with the new views open; highlight colours stay apart under
 * forced colours; the deep-link tint fades and never hides a highlight.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { COLOR_IDS } from '../../common/model';
import { dragSelect, highlight } from './helpers';
import { expect, test } from './twin';

async function setTheme(page: Page, theme: string) {
  await page.evaluate(async (th) => {
    const api = (window as unknown as { plenary: Record<string, (...a: unknown[]) => Promise<unknown>> }).plenary;
    await api.setSettings!({ theme: th });
  }, theme);
}

test('the reader with its popover, toast and contents has no axe violations in any theme, high contrast included', async ({ page, twin }) => {
  test.setTimeout(120_000);
  await page.goto(`${twin.url}#/settings`);
  await page.getByLabel('Theme').selectOption({ label: 'High contrast' });
  await expect(page.locator('html[data-theme="high-contrast"]')).toHaveCount(1);
  for (const theme of ['high-contrast', 'light', 'dark', 'sepia'] as const) {
    await setTheme(page, theme);
    await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
    await page.reload();
    await expect(page.locator(`html[data-theme="${theme}"]`)).toHaveCount(1);
    if (theme === 'high-contrast') await highlight(page, page.locator('#para-23 .block-text'));
    const contents = page.getByRole('button', { name: 'Contents' });
    if ((await contents.getAttribute('aria-expanded')) === 'false') await contents.click();
    await page.locator('#para-23 mark.hl').first().click();
    await expect(page.getByRole('dialog', { name: /^Highlight: / })).toBeVisible();
    await page.getByRole('dialog', { name: /^Highlight: / }).getByRole('button', { name: 'Copy with citation' }).click();
    await expect(page.locator('.toast')).toBeVisible();
    // The whole reader in the new theme; in the others (whose reader the a11y spec checks), the new parts.
    let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    if (theme !== 'high-contrast') axe = axe.include('.hl-popover').include('.toasts').include('.toc').include('.toc-toggle').include('#para-23');
    const result = await axe.analyze();
    expect(result.violations.map((v) => `${theme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});

test('under forced colours each highlight colour keeps its own underline style', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  const bar = page.getByRole('toolbar', { name: 'Selection actions' });
  const paras = ['23', '24', '25', '26', '27'];
  for (const [i, c] of COLOR_IDS.entries()) {
    await dragSelect(page, page.locator(`#para-${paras[i]} .block-text`));
    await bar.locator(`.colour-btn.swatch-${c}`).click();
    await expect(page.locator(`#para-${paras[i]} mark.hl-${c}`).first()).toBeAttached();
  }
  await page.emulateMedia({ forcedColors: 'active' });
  const styles = await page.evaluate((colours) => colours.map((c) => {
    const s = getComputedStyle(document.querySelector(`mark.hl-${c}`)!);
    return `${s.textDecorationLine} ${s.textDecorationStyle}`;
  }), [...COLOR_IDS]);
  for (const s of styles) expect(s).toMatch(/^underline /);
  expect(new Set(styles).size).toBe(COLOR_IDS.length);
});

test('the deep-link tint fades after a moment and, in sepia too, never hides a highlight', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/24`);
  await highlight(page, page.locator('#para-24 .block-text'));
  for (const theme of ['sepia', 'light']) {
    await setTheme(page, theme);
    await page.goto(`${twin.url}#/doc/a-68-370/para/24`);
    await page.reload();
    const block = page.locator('#para-24.target');
    await expect(block).toBeVisible();
    const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const [tint, mark] = await page.evaluate(() => [
      getComputedStyle(document.querySelector('#para-24')!).backgroundColor,
      getComputedStyle(document.querySelector('#para-24 mark.hl')!).backgroundColor,
    ]);
    // While tinted, the highlight stands apart from the tint.
    const d = rgb(tint).reduce((sum, v, i) => sum + Math.abs(v - rgb(mark)[i]!), 0);
    expect(d, `${theme}: ${tint} vs ${mark}`).toBeGreaterThan(60);
    // Then the tint is gone.
    await expect.poll(() => block.evaluate((el) => getComputedStyle(el).backgroundColor), { timeout: 9000 }).toBe('rgba(0, 0, 0, 0)');
  }
});
