/**
 * Overlapping highlights stay reachable: a click or Enter where several
 * highlights cover the text lists them (legend name, start of the quote and
 * of the note), and the one picked opens in the popover, with the way back to
 * the list; by mouse and by keyboard, Escape giving the focus back. A
 * highlight wholly under another (same span) is reached the same way.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startTwin, test, type TwinProcess } from './twin';

interface Spec {
  from: number;
  to: number;
  color: 'yellow' | 'red' | 'blue';
  note: string;
}

/** Highlights spans of paragraph `para` of A/68/370 through the API, as the reader would. */
async function highlightSpans(page: Page, para: string, spans: Spec[]): Promise<void> {
  await page.evaluate(
    async ({ para, spans }) => {
      const r = await window.plenary.getDocument('a-68-370');
      if (!r.ok) throw new Error(r.error);
      let offset = 0;
      for (const b of r.value.blocks) {
        if (b.number === para) {
          const chars = [...b.text];
          for (const s of spans) {
            const created = await window.plenary.createAnnotation({
              docId: r.value.id,
              blockId: b.id,
              quote: { type: 'TextQuoteSelector', exact: chars.slice(s.from, s.to).join(''), prefix: chars.slice(Math.max(0, s.from - 20), s.from).join(''), suffix: '' },
              position: { type: 'TextPositionSelector', start: offset + s.from, end: offset + s.to },
              color: s.color,
              note: s.note,
              tags: [],
            });
            if (!created.ok) throw new Error(created.error);
          }
        }
        offset += [...b.text].length + 2;
      }
    },
    { para, spans },
  );
}

/** A long yellow highlight, and inside it two on the very same words: red, and blue wholly under it. */
const SPANS: Spec[] = [
  { from: 0, to: 120, color: 'yellow', note: 'Outer **note** on the whole passage' },
  { from: 30, to: 70, color: 'red', note: '' },
  { from: 30, to: 70, color: 'blue', note: 'Hidden one' },
];

/** Axe on the open list of highlights. */
async function expectChooserAxeClean(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).include('.hl-chooser').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function openWithOverlaps(page: Page, twin: TwinProcess): Promise<void> {
  await page.goto(twin.url);
  await expect(page.getByRole('navigation').first()).toBeVisible();
  await highlightSpans(page, '23', SPANS);
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  await page.reload();
  await expect(page.locator('#para-23 mark.hl-overlap').first()).toBeVisible();
}


test('by mouse: a click where three highlights overlap lists them, one is picked, the list comes back, Escape closes', async ({ page, twin }) => {
  await openWithOverlaps(page, twin);
  const piece = page.locator('#para-23 mark.hl').nth(1);
  await expect(piece).toHaveAttribute('data-annotation-ids', /^\S+ \S+ \S+$/);
  await piece.click();

  const list = page.getByRole('dialog', { name: '3 highlights here' });
  await expect(list).toBeVisible();
  const entries = list.locator('.hl-choice');
  await expect(entries).toHaveCount(3);
  // Each names its colour and the start of its quote and of its note; the one painted on top comes first and has the focus.
  await expect(entries.nth(0)).toBeFocused();
  const outer = list.locator('.hl-choice', { hasText: 'Key point' });
  await expect(outer).toContainText('Outer note on the whole passage');
  await expect(list.locator('.hl-choice', { hasText: 'Question' })).toContainText('Hidden one');
  await expect(list.locator('.hl-choice', { hasText: 'Concern' })).toContainText('no note');
  // Anchored under the spot that was clicked.
  const [m, p] = [(await piece.boundingBox())!, (await list.boundingBox())!];
  expect(p.y).toBeGreaterThanOrEqual(m.y + m.height - 1);
  expect(p.y).toBeLessThan(m.y + m.height + 40);
  await expectChooserAxeClean(page);

  // The outer highlight, which a click used to be unable to reach.
  await outer.click();
  const popover = page.getByRole('dialog', { name: 'Highlight: Key point' });
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('radio', { name: 'Key point' })).toBeChecked();
  await expect(popover.locator('.ann-note')).toContainText('Outer note on the whole passage');
  await expect(popover.locator('.hl-popover-cite')).toHaveText('A/68/370, para. 23');

  // Back to the list, on the entry just left.
  await popover.getByRole('button', { name: 'All 3 highlights here' }).click();
  await expect(list).toBeVisible();
  await expect(outer).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(piece).toBeFocused();
});

test('by keyboard: Tab to the overlap, Enter lists the highlights, arrows and Enter open the one under the others; Escape gives the focus back', async ({ page, twin }) => {
  await openWithOverlaps(page, twin);
  const stops = page.locator('#para-23 mark.hl[tabindex="0"]');
  // The outer highlight's first piece is a stop, then the overlap.
  await stops.first().focus();
  await page.keyboard.press('Tab');
  const piece = page.locator('#para-23 mark.hl').nth(1);
  await expect(piece).toBeFocused();
  await page.keyboard.press('Enter');

  const list = page.getByRole('dialog', { name: '3 highlights here' });
  const entries = list.locator('.hl-choice');
  await expect(entries.nth(0)).toBeFocused();
  // The highlight painted under the other on the same words: find it by its colour with the arrows.
  const shown = (await entries.nth(0).textContent()) ?? '';
  const hiddenName = shown.includes('Question') ? 'Concern' : 'Question';
  for (let i = 0; i < 3 && !((await page.evaluate(() => document.activeElement?.textContent ?? '')).includes(hiddenName)); i++) await page.keyboard.press('ArrowDown');
  await expect(list.locator('.hl-choice', { hasText: hiddenName })).toBeFocused();
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: `Highlight: ${hiddenName}` });
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('radio', { name: hiddenName })).toBeFocused();
  await expect(popover.getByRole('radio', { name: hiddenName })).toBeChecked();
  // ArrowUp from the first entry wraps to the last; End and Home reach the ends.
  await popover.getByRole('button', { name: 'All 3 highlights here' }).press('Enter');
  await expect(list.locator('.hl-choice', { hasText: hiddenName })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(entries.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(entries.nth(2)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(piece).toBeFocused();
  // A single highlight still opens at once: the outer one's first piece.
  await stops.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Highlight: Key point' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(stops.first()).toBeFocused();

  // The list in the dark and high-contrast themes.
  for (const theme of ['dark', 'high-contrast'] as const) {
    await page.evaluate(async (theme) => void (await window.plenary.setSettings({ theme })), theme);
    await page.reload();
    await expect(page.locator(`:root[data-theme="${theme}"]`)).toHaveCount(1);
    await page.locator('#para-23 mark.hl').nth(1).click();
    await expect(list).toBeVisible();
    await expectChooserAxeClean(page);
  }
});

test('in French, the popover cites in UN style, keeps its actions on one row and copies with French quotation marks', async ({ page, context }) => {
  const twin = await startTwin({ lang: 'fr' });
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(twin.url).origin });
    await page.goto(twin.url);
    await expect(page.getByRole('link', { name: 'Carnet' })).toBeVisible();
    await highlightSpans(page, '17', [{ from: 0, to: 40, color: 'yellow', note: '' }]);
    await page.goto(`${twin.url}#/doc/a-68-370/para/17`);
    await page.reload();
    await page.locator('#para-17 mark.hl').first().click();
    const popover = page.getByRole('dialog', { name: 'Surlignage : Point clé' });
    await expect(popover.locator('.hl-popover-cite')).toHaveText('A/68/370, par. 17');
    // The French actions, the longest labels, sit on one row: Delete does not wrap alone.
    const tops = await popover.locator('.hl-popover-actions button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(tops).toHaveLength(3);
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(2);
    await popover.getByRole('button', { name: 'Copier avec la référence' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^«\u00a0Les participants .+\u00a0» \(A\/68\/370, par\. 17\)$/);
  } finally {
    await twin.stop();
  }
});
