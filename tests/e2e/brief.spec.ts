/**
 * The Brief view end to end, in French: three highlights, compose a brief
 * (leave one out, reorder by button and by Alt+↓, add an introduction and a
 * paragraph before an item), export PDF and Markdown, check the files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startTwin, test as base, type TwinProcess } from './twin';

const test = base.extend<{ frTwin: TwinProcess }>({
  frTwin: async ({}, use) => {
    const twin = await startTwin({ lang: 'fr' });
    await use(twin);
    await twin.stop();
  },
});

/** Highlights the first `len` characters of paragraphs of A/68/370 through the API, as the reader would. */
async function highlightParas(page: Page, paras: string[], note: Record<string, string> = {}): Promise<void> {
  await page.evaluate(
    async ({ paras, note }) => {
      const r = await window.plenary.getDocument('a-68-370');
      if (!r.ok) throw new Error(r.error);
      const doc = r.value;
      let offset = 0;
      for (const b of doc.blocks) {
        if (b.number && paras.includes(b.number)) {
          const exact = [...b.text].slice(0, 60).join('');
          const created = await window.plenary.createAnnotation({
            docId: doc.id,
            blockId: b.id,
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: offset, end: offset + [...exact].length },
            color: b.number === '30' ? 'red' : 'yellow',
            note: note[b.number] ?? '',
            tags: [],
          });
          if (!created.ok) throw new Error(created.error);
        }
        offset += [...b.text].length + 2;
      }
    },
    { paras, note },
  );
}

const POPPLER = spawnSync('pdftotext', ['-v']).status === 0;

test('compose a brief in French, export PDF and Markdown', async ({ page, frTwin }) => {
  await page.goto(frTwin.url);
  await expect(page.getByRole('link', { name: 'Carnet' })).toBeVisible();
  await highlightParas(page, ['17', '23', '30'], { '23': 'À soulever en **séance**.' });

  // Made behind the interface's back: load the app again to see them.
  await page.goto(`${frTwin.url}#/notebook`);
  await page.reload();
  await expect(page.locator('.notebook .ann-card')).toHaveCount(3);
  await page.getByRole('button', { name: 'Exporter', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Composer une note…' }).click();
  const view = page.getByRole('dialog', { name: 'Composer la note' });
  await expect(view.getByText('3 surlignages inclus sur 3')).toBeVisible();

  await view.getByLabel('Titre').fill('Note pour le débat de haut niveau');
  await view.getByLabel('Introduction').fill('Trois passages du rapport A/68/370 à citer jeudi.');
  // Leave paragraph 30 out.
  await view.getByLabel('Inclure : A/68/370, par. 30').uncheck();
  await expect(view.getByText('2 surlignages inclus sur 3')).toBeVisible();
  // Reorder: 23 above 17 with the button, then 17 back down and up again with the keyboard.
  await view.getByRole('button', { name: 'Monter : A/68/370, par. 23' }).click();
  await expect(view.getByRole('combobox', { name: 'Ordre' })).toHaveValue('manual');
  const cites = () => view.locator('.brief-items .brief-cite').allTextContents();
  await expect.poll(cites).toEqual(['A/68/370, par. 23', 'A/68/370, par. 17', 'A/68/370, par. 30']);
  await view.getByLabel('Inclure : A/68/370, par. 17').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(cites).toEqual(['A/68/370, par. 17', 'A/68/370, par. 23', 'A/68/370, par. 30']);
  await expect(view.getByLabel('Inclure : A/68/370, par. 17')).toBeFocused();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(cites).toEqual(['A/68/370, par. 23', 'A/68/370, par. 17', 'A/68/370, par. 30']);
  // A paragraph of the delegate's own before paragraph 17.
  await view.locator('li[data-id]').nth(1).getByRole('button', { name: 'Ajouter un paragraphe avant' }).click();
  await view.getByLabel('Paragraphe avant ce surlignage').fill('Ensuite, sur les partenariats :');

  // The live preview follows.
  const preview = view.getByRole('region', { name: 'Aperçu' });
  await expect(preview).toContainText('Trois passages du rapport A/68/370 à citer jeudi.');
  await expect(preview).toContainText('Légende des couleurs');
  await expect(preview.locator('.brief-pitem .brief-cite').first()).toHaveText(/^A\/68\/370, par\. 23 · /);
  await expect(preview).not.toContainText('A/68/370, par. 30');

  const axe = await new AxeBuilder({ page }).include('.brief-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  if (process.env.BRIEF_SCREENSHOTS) {
    for (const [w, h] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${process.env.BRIEF_SCREENSHOTS}/brief-${w}x${h}.png` });
    }
  }

  const exportAs = async (format: string) => {
    await view.locator('select').filter({ has: page.locator('option[value="markdown"]') }).selectOption(format);
    const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Exporter la note' }).click()]);
    return { name: download.suggestedFilename(), path: (await download.path())! };
  };

  const md = await exportAs('markdown');
  expect(md.name).toBe('Note pour le débat de haut niveau.md');
  const text = readFileSync(md.path, 'utf8');
  expect(text).toContain('# Note pour le débat de haut niveau');
  expect(text).toContain('Trois passages du rapport A/68/370 à citer jeudi.');
  expect(text).toContain('## Légende des couleurs');
  expect(text).toContain('2 surlignages');
  expect(text).not.toContain('par. 30');
  const i23 = text.indexOf('A/68/370, par. 23');
  const lead = text.indexOf('Ensuite, sur les partenariats :');
  const i17 = text.indexOf('A/68/370, par. 17');
  expect(i23).toBeGreaterThan(0);
  expect(lead).toBeGreaterThan(i23);
  expect(i17).toBeGreaterThan(lead);
  expect(text).toContain('À soulever en **séance**.');

  const pdf = await exportAs('pdf');
  expect(pdf.name).toBe('Note pour le débat de haut niveau.pdf');
  expect(readFileSync(pdf.path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  test.skip(!POPPLER, 'poppler-utils (pdftotext, pdfinfo) is not installed: the PDF was written but its text is not checked');
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
  expect(pdfText).toContain('Trois passages du rapport A/68/370 à citer jeudi.');
  expect(pdfText).toContain('Légende des couleurs');
  expect(pdfText.indexOf('A/68/370, par. 23')).toBeLessThan(pdfText.indexOf('A/68/370, par. 17'));
  expect(pdfText).not.toContain('par. 30');
  expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m);
});
