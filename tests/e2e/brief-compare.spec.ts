/** The comparison report, exported from the compare view in the twin: Word and PDF files that are what they say. */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from './twin';

test('export the comparison as Word and PDF from the compare view', async ({ page, twin }) => {
  await page.goto(`${twin.url}#/compare/ic-2009-1/idm-2008-retour-document-de-travail`);
  await expect(page.locator('section.compare[data-ready="true"]')).toBeVisible();
  if (process.env.BRIEF_SCREENSHOTS) {
    for (const [w, h] of [[1440, 900], [1024, 700]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.screenshot({ path: `${process.env.BRIEF_SCREENSHOTS}/compare-${w}x${h}.png` });
    }
  }
  const exportAs = async (format: string, lang: string) => {
    await page.getByRole('button', { name: 'Export the comparison…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the comparison report' });
    await dialog.locator('select').filter({ has: page.locator('option[value="docx"]') }).selectOption(format);
    await dialog.locator('select').filter({ has: page.locator('option[value="es"]') }).selectOption(lang);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    await expect(dialog).toBeHidden();
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  };

  const docx = await exportAs('docx', 'es');
  expect(docx.name).toMatch(/^Comparación.*\.docx$/);
  const body = (await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')?.async('string')) ?? '';
  expect(body).toContain('Pasajes alineados');
  expect(body).toContain('IC/2009/1, párr.');

  const pdf = await exportAs('pdf', 'fr');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.bytes.toString('latin1')).toContain('/Lang (fr)');
});
