/**
 * The reader's layout: the A/68/370 annex programme reads as rows of time and
 * item, measured by element boxes.
 */
import { expect, test } from './twin';

test('the A/68/370 annex programme reads as a table of time and item, without overlap', async ({ page, twin }) => {
  for (const [width, height] of [[1440, 900], [1024, 700]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(`${twin.url}#/doc/a-68-370`);
    await page.reload();
    const rows = page.locator('.block-schedule-item');
    await expect(rows).toHaveCount(14);
    await rows.first().scrollIntoViewIfNeeded();
    const boxes = await rows.evaluateAll((els) =>
      els.map((el) => {
        const box = (sel: string) => {
          const n = el.querySelector(sel);
          if (!n) return null;
          const r = n.getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        };
        const text = el.querySelector('.block-text')!;
        const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
        return { time: box('.block-label'), timeText: el.querySelector('.block-label')?.textContent?.trim() ?? null, item: box('.block-text')!, lineHeight };
      }),
    );
    const bodyLeft = await page.locator('.doc-body').evaluate((el) => el.getBoundingClientRect().left);
    expect(boxes[0]!.timeText).toBe('10 heures-13 heures');
    expect(boxes[4]!.timeText).toBe('10 h 15-10 h 50');
    const timed = boxes.filter((b) => b.time);
    expect(timed).toHaveLength(10);
    for (const b of timed) {
      const time = b.time!;
      // The whole time is inside the text column (not pushed into the paragraph-number gutter), on one line.
      expect(time.left).toBeGreaterThanOrEqual(bodyLeft - 0.5);
      expect(time.bottom - time.top).toBeLessThan(b.lineHeight * 1.5);
      // Left of its item, on the same row.
      expect(time.right).toBeLessThanOrEqual(b.item.left + 0.5);
      expect(Math.abs(time.top - b.item.top)).toBeLessThan(b.lineHeight / 2);
    }
    // Items line up in one column, and no row overlaps the next.
    const lefts = new Set(boxes.map((b) => Math.round(b.item.left)));
    expect(lefts.size).toBeLessThanOrEqual(2); // level-2 entries may be indented
    for (let i = 1; i < boxes.length; i++) {
      const prev = boxes[i - 1]!;
      const cur = boxes[i]!;
      expect(cur.item.top).toBeGreaterThanOrEqual(prev.item.bottom - 0.5);
      if (cur.time && prev.time) expect(cur.time.top).toBeGreaterThanOrEqual(prev.time.bottom - 0.5);
    }
  }
});
