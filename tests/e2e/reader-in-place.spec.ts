/**
 * Acting in place in the reader: "Add note" on a selection, and the popover
 * of a highlight.
 */
import { dragSelect } from './helpers';
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
