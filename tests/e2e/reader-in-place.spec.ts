/**
 * Acting in place in the reader: "Add note" on a selection, and the popover
 * of a highlight.
 */
import { dragSelect, highlight } from './helpers';
import { expect, test } from './twin';

test('"Add note": keys typed right after the click land in the note, and the colour is shown and changeable before saving', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  await dragSelect(page, page.locator('#para-23 .block-text'));
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Add note' }).click();
  // No wait of any kind: the first key follows the click.
  await page.keyboard.type('Urgent : à soulever');
  const composer = page.getByRole('dialog', { name: 'Add note' });
  const note = composer.getByLabel('Note (Markdown)');
  await expect(note).toHaveValue('Urgent : à soulever');
  await expect(note).toBeFocused();
  // The colour it will use is shown (the last one used, yellow's "Key point"), and can be changed.
  const colours = composer.getByRole('group', { name: 'Colour' });
  await expect(colours.getByRole('radio', { name: 'Key point' })).toBeChecked();
  await colours.getByRole('radio', { name: 'Concern' }).check();
  await note.press('Control+Enter');
  await expect(composer).toHaveCount(0);
  const card = page.getByRole('region', { name: 'Annotations' }).locator('.ann-card');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.ann-colour')).toHaveText('Concern');
  await expect(card.locator('.ann-note')).toHaveText('Urgent : à soulever');
  await expect(page.locator('#para-23 mark.hl-red').first()).toBeVisible();
});

test('a highlight opens its popover by mouse and by keyboard: colour by legend name, note, copy, delete; Escape gives the focus back', async ({ page, twin, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: twin.url });
  await page.goto(`${twin.url}#/doc/a-68-370/para/23`);
  await highlight(page, page.locator('#para-23 .block-text'));
  const mark = page.locator('#para-23 mark.hl').first();
  await expect(mark).toHaveAttribute('tabindex', '0');
  await expect(mark).toHaveAttribute('role', 'button');
  await expect(mark).toHaveAttribute('aria-label', 'Key point');

  // By mouse: anchored under the highlight.
  await mark.click();
  const popover = page.getByRole('dialog', { name: 'Highlight: Key point' });
  await expect(popover).toBeVisible();
  const [m, p] = [(await mark.boundingBox())!, (await popover.boundingBox())!];
  expect(p.y).toBeGreaterThanOrEqual(m.y + m.height - 1);
  expect(p.y).toBeLessThan(m.y + m.height + 40);
  // The colour, by legend name, changes at once.
  await expect(popover.getByRole('radio', { name: 'Key point' })).toBeFocused();
  await popover.getByRole('radio', { name: 'Question' }).check();
  await expect(page.locator('#para-23 mark.hl-blue').first()).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Highlight: Question' })).toBeVisible();
  // A note, written in place.
  await page.getByRole('dialog', { name: 'Highlight: Question' }).getByRole('button', { name: 'Add note' }).click();
  await page.keyboard.type('Demander des précisions');
  await page.keyboard.press('Control+Enter');
  const open = page.getByRole('dialog', { name: 'Highlight: Question' });
  await expect(open.locator('.ann-note')).toHaveText('Demander des précisions');
  // Copy with citation.
  await open.getByRole('button', { name: 'Copy with citation' }).click();
  await expect(page.locator('.toasts')).toContainText('Copied with citation');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\(A\/68\/370, para\. 23\)$/);
  // Escape closes and gives the focus back to the highlight.
  await page.keyboard.press('Escape');
  await expect(open).toHaveCount(0);
  await expect(page.locator('#para-23 mark.hl').first()).toBeFocused();

  // By keyboard: Enter on the focused highlight opens it again; Delete removes the highlight.
  await page.keyboard.press('Enter');
  await expect(open).toBeVisible();
  await open.getByRole('button', { name: 'Delete' }).click();
  await expect(open).toHaveCount(0);
  await expect(page.locator('#para-23 mark.hl')).toHaveCount(0);
  await expect(page.locator('#para-23')).toBeFocused();
  await expect(page.locator('.toasts')).toContainText('Annotation moved to the Trash');
});

test('each highlight is one Tab stop, even when an overlap splits it into pieces', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/doc/a-68-370/para/24`);
  const para = page.locator('#para-24 .block-text');
  const bar = page.getByRole('toolbar', { name: 'Selection actions' });
  // A long highlight, then a short one from the same start: the long one is painted in two pieces.
  await dragSelect(page, para, 600, 30);
  await bar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('#para-24 mark.hl')).toHaveCount(1);
  await dragSelect(page, para, 200);
  await bar.getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(page.locator('#para-24 mark.hl-overlap')).toHaveCount(1);
  const marks = await page.locator('#para-24 mark.hl').evaluateAll((els) =>
    els.map((m) => ({ ids: m.getAttribute('data-annotation-ids')!.split(' '), stop: m.getAttribute('tabindex') === '0', shown: m.getAttribute('data-annotation-id') })),
  );
  const ids = [...new Set(marks.flatMap((m) => m.ids))];
  expect(ids).toHaveLength(2);
  const long = ids.find((id) => marks.filter((m) => m.ids.includes(id)).length > 1)!;
  expect(marks.filter((m) => m.ids.includes(long)).length).toBeGreaterThan(1);
  // One stop per highlight: as many stops as highlights, each opening a different one.
  const stops = marks.filter((m) => m.stop).map((m) => m.shown);
  expect(stops.sort()).toEqual([...ids].sort());
  await expect(page.locator('#para-24 mark.hl[tabindex="0"]').first()).toHaveAttribute('role', 'button');
});
