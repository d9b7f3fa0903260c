/**
 * Compare you can trust: every numbered pair shows its score, numbered pairs
 * never cross, badges fit on their lines, the IOM pair opens a word diff by
 * default, unmatched passages are marked, no pane scrolls sideways at 1024 px,
 * and the view is axe-clean.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './twin';

const IOM = 'compare/ic-2009-1/idm-2008-retour-document-de-travail';
const SHOTS = process.env.PLENARY_SHOTS;

async function open(page: Page, url: string, route = IOM) {
  await page.goto(`${url}#/${route}`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  await expect(page.locator('.compare-pane[data-side="left"] .block.aligned').first()).toBeVisible();
}

/** Pair numbers of a pane's aligned blocks, in reading order. */
const pairNumbers = (pane: Locator) =>
  pane.locator('.block.aligned').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.pairMark!.replace(/\D/g, ''))));

test('numbered pairs carry a score, never cross, and their badges stay on their lines', async ({ page, twin }) => {
  await open(page, twin.url);
  const left = page.locator('.compare-pane[data-side="left"]');
  const right = page.locator('.compare-pane[data-side="right"]');
  const l = await pairNumbers(left);
  const r = await pairNumbers(right);
  expect(l.length).toBeGreaterThan(2);
  // Same pairs on both sides, in increasing order on both: drawn as links they cannot cross.
  expect(l).toEqual([...l].sort((a, b) => a - b));
  expect(r).toEqual(l);
  // Each badge: a pair number and a percentage, on exactly two lines of the gutter.
  const badges = await left.locator('.block.aligned').evaluateAll((els) =>
    els.map((el) => {
      const cs = getComputedStyle(el, '::before');
      return { content: cs.content, height: parseFloat(cs.height), line: parseFloat(cs.lineHeight) };
    }),
  );
  for (const b of badges) {
    expect(b.content).toMatch(/^"⇄ \d+\\a \d+\s?%" \/ "Pair \d+, \d+\s?% similar"$/);
    expect(b.height).toBeLessThanOrEqual(b.line * 2 + 1);
  }
  // Off-spine matches are marked moved, not numbered; unmatched passages on both sides.
  await expect(left.locator('.block.moved, .block.second').first()).toBeAttached();
  await expect(left.locator('.block.unmatched').first()).toBeAttached();
  await expect(right.locator('.block.unmatched').first()).toBeAttached();
  await expect(page.locator('.compare-count')).toContainText(/\d+ aligned pairs · \d+ moved · unmatched \d+ \/ \d+/);
});

test('a pair of the IOM papers opens its word diff by default, and any pair can open one', async ({ page, twin }) => {
  await open(page, twin.url);
  const left = page.locator('.compare-pane[data-side="left"]');
  // Pair 2 of IC/2009/1 ↔ the 2008 paper shares 27 % of its words: above the threshold.
  await left.locator('.block.aligned[data-pair-mark="⇄ 2"]').click();
  const panel = page.getByRole('complementary', { name: 'Differences' });
  await expect(panel.getByRole('heading', { name: 'Pair 2' })).toBeVisible();
  await expect(panel).toContainText(/\d+ % similar|\d+% similar/);
  await expect(panel.locator('ins').first()).toBeVisible();
  await expect(panel.locator('del').first()).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Hide word diff' })).toHaveAttribute('aria-expanded', 'true');
  // A pair below the threshold: closed, but opens on demand.
  await left.locator('.block.aligned[data-pair-mark="⇄ 3"]').click();
  await expect(panel.getByRole('heading', { name: 'Pair 3' })).toBeVisible();
  const toggle = panel.getByRole('button', { name: /word diff/ });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') {
    await expect(panel.locator('ins')).toHaveCount(0);
    await toggle.click();
  }
  await expect(panel.locator('ins').first()).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-diff-1440.png` });
});

for (const [w, h] of [
  [1024, 700],
  [1440, 900],
] as const) {
  test(`no pane scrolls sideways at ${w} px${w === 1024 ? ', and the view is axe-clean' : ''}`, async ({ page, twin }) => {
    await page.setViewportSize({ width: w, height: h });
    for (const route of [IOM, 'compare/a-68-370/idm-2017-vulnerabilites-conclusions']) {
      await open(page, twin.url, route);
      const over = await page.evaluate(() =>
        [document.scrollingElement!, ...document.querySelectorAll('.compare-pane')].map((el) => el.scrollWidth - el.clientWidth),
      );
      expect(over).toEqual([0, 0, 0]);
    }
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/compare-${w}.png` });
    if (w !== 1024) return; // axe once (it is slow on a loaded machine); the whole-page axe in a11y.spec.ts covers the rest
    const result = await new AxeBuilder({ page }).include('.compare').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('related passages list the other document first, with its title, citation and score, and open side by side', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/ic-2009-1/block/p-3-d`);
  const block = page.locator('[data-block-id="p-3-d"]');
  await block.hover();
  await block.locator('button.related-btn').click();
  const dialog = page.getByRole('dialog', { name: /Passages related to/ });
  const first = dialog.locator('.related-list li').first();
  await expect(first.locator('.related-doc')).toContainText('Gestion de la migration de retour');
  await expect(first.locator('.related-same')).toHaveCount(0);
  await expect(first.locator('.ann-cite')).toContainText(/IDM 2008.*· \d+\s?% similar/);
  // Same-document hits, if any, come after every other-document hit.
  const same = await dialog.locator('.related-list li').evaluateAll((lis) => lis.map((li) => li.querySelector('.related-same') !== null));
  expect(same).toEqual([...same].sort((a, b) => Number(a) - Number(b)));
  await first.getByRole('link', { name: 'Open side by side' }).click();
  await expect(page).toHaveURL(/#\/compare\/ic-2009-1\/idm-2008-retour-document-de-travail\/p-3-d\//);
});
