/**
 * The annotation card's actions (Copy, Edit, Delete) stay on one row, with
 * no label broken over two lines, in the reader's panel and in the
 * notebook, at 1440 and 1024 px, in French, whose labels are the longest
 * with Spanish. Measured by element boxes.
 */
import type { Page } from '@playwright/test';
import { expect, startTwin, test as base, type TwinProcess } from './twin';

const test = base.extend<{ frTwin: TwinProcess }>({
  frTwin: async ({}, use) => {
    const twin = await startTwin({ lang: 'fr' });
    await use(twin);
    await twin.stop();
  },
});

/** Highlights the start of paragraphs of A/68/370 through the API, with a note and tags, as the reader would. */
async function highlightParas(page: Page, paras: string[]): Promise<void> {
  await page.evaluate(async (paras) => {
    const r = await window.plenary.getDocument('a-68-370');
    if (!r.ok) throw new Error(r.error);
    let offset = 0;
    for (const b of r.value.blocks) {
      if (b.number && paras.includes(b.number)) {
        const exact = [...b.text].slice(0, 80).join('');
        const created = await window.plenary.createAnnotation({
          docId: r.value.id,
          blockId: b.id,
          quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: offset, end: offset + [...exact].length },
          color: 'yellow',
          note: 'À soulever en **séance** avec la délégation.',
          tags: ['retour', 'droits'],
        });
        if (!created.ok) throw new Error(created.error);
      }
      offset += [...b.text].length + 2;
    }
  }, paras);
}

interface Box {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lineHeight: number;
}

/** The boxes of a card's action buttons. */
async function footBoxes(page: Page, card: string): Promise<Box[]> {
  return page.locator(card).first().locator('.ann-foot button').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const lh = parseFloat(cs.lineHeight) || parseFloat(cs.fontSize) * 1.2;
      return { label: el.textContent ?? '', x: r.x, y: r.y, width: r.width, height: r.height, lineHeight: lh };
    }),
  );
}

function expectOneRow(boxes: Box[]) {
  const buttons = boxes;
  expect(buttons.map((b) => b.label)).toEqual(['Copier', 'Modifier', 'Supprimer']);
  const top = buttons[0]!.y;
  for (const b of buttons) {
    // Same row as the other actions, and the label on one line.
    expect(Math.abs(b.y - top), `${b.label} on the actions' row`).toBeLessThan(2);
    expect(b.height, `${b.label} on one line`).toBeLessThan(b.lineHeight * 1.9);
  }
  // Left to right, no overlap.
  for (let i = 1; i < buttons.length; i++) expect(buttons[i]!.x).toBeGreaterThanOrEqual(buttons[i - 1]!.x + buttons[i - 1]!.width - 0.5);
}

for (const [width, height] of [
  [1440, 900],
  [1024, 700],
] as const) {
  test(`the card's actions stay on one row in French at ${width} px, in the reader and the notebook`, async ({ page, frTwin }) => {
    await page.setViewportSize({ width, height });
    await page.goto(frTwin.url);
    await expect(page.getByRole('link', { name: 'Carnet' })).toBeVisible();
    await highlightParas(page, ['17', '23']);
    await page.goto(`${frTwin.url}#/doc/a-68-370/para/17`);
    await page.reload();
    const card = '.reader .ann-card';
    await expect(page.locator(card)).toHaveCount(2);
    expectOneRow(await footBoxes(page, card));
    if (process.env.PLENARY_SHOTS) await page.screenshot({ path: `${process.env.PLENARY_SHOTS}/card-reader-fr-${width}.png` });

    await page.goto(`${frTwin.url}#/notebook`);
    await expect(page.locator('.notebook .ann-card')).toHaveCount(2);
    expectOneRow(await footBoxes(page, '.notebook .ann-card'));
    if (process.env.PLENARY_SHOTS) await page.screenshot({ path: `${process.env.PLENARY_SHOTS}/card-notebook-fr-${width}.png` });
  });
}
