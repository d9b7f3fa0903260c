/**
 * Added documents, end to end in the twin: add a PDF through the upload
 * control, read it, search a phrase from it, highlight, export a brief that
 * cites it, restart, remove, add again (annotations back from the Trash),
 * and compare that PDF with a revision printed from it.
 *
 * The document under test is FIXTURE: A/68/370 as Chromium printed it
 * (tests/fixtures/formats/a-68-370.pdf: running header, page numbers, notes at
 * the page foot). The bundled A/68/370 has the same text, so the added copy is
 * told apart by its "Added" badge and its id, and a phrase search finds both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChooser, Locator, Page } from '@playwright/test';
import type { StructuredDocument } from '../../common/model';
import { documentHtml } from '../fixtures/formats/make-pdf';
import { FORMATS_DIR, loadBundled } from '../fixtures/formats/make-shared';
import { highlight } from './helpers';
import { expect, startTwin, test } from './twin';

const PDF = readFileSync(join(FORMATS_DIR, 'a-68-370.pdf'));
const FIXTURE = {
  file: { name: 'a-68-370.pdf', mimeType: 'application/pdf', buffer: PDF },
  symbol: 'A/68/370',
  title: loadBundled('a-68-370').title,
  /** A phrase of paragraph 12, on the PDF's second page (the bundled A/68/370 has it too). */
  phrase: '"sources de revenus durables"',
  para: '12',
};

/** The revision: the same document with its symbol and one paragraph changed, printed to PDF by the test's own Chromium. */
async function printRevision(page: Page): Promise<Buffer> {
  const doc: StructuredDocument = loadBundled('a-68-370');
  doc.symbol = 'A/68/370/Rev.1';
  doc.blocks = doc.blocks.map((b) =>
    b.id === 'p-12' ? { ...b, md: b.md.replace('sources de revenus durables', 'sources de revenus stables et durables') } : b,
  );
  const printer = await page.context().newPage();
  try {
    await printer.setContent(documentHtml(doc, '13-461402 (F)'));
    await printer.waitForSelector('body[data-pages]');
    return await printer.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  } finally {
    await printer.close();
  }
}

async function addThroughButton(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  // Listened for before the click (see addFromPalette in library-manage.spec.ts).
  const chooserShown = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add documents…' }).click();
  const chooser = await chooserShown;
  await chooser.setFiles(files);
}

const symbolRe = (symbol: string) => new RegExp(`^${symbol.replace(/[./]/g, '\\$&')}$`);
/** The added copy's card: its symbol and the "Added" badge (the bundled A/68/370 has the same symbol). */
const card = (page: Page, symbol: string): Locator =>
  page
    .locator('.doc-card')
    .filter({ has: page.locator('.doc-symbol', { hasText: symbolRe(symbol) }) })
    .filter({ has: page.locator('.doc-origin', { hasText: 'Added' }) });

/** Searches `phrase`, expects `n` hits, opens each in turn and returns the documents they lead to. */
async function hitDocs(page: Page, phrase: string, n: number): Promise<string[]> {
  const box = page.getByRole('combobox', { name: 'Search', exact: true });
  const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    await box.fill('');
    await box.fill(phrase);
    await expect(hits).toHaveCount(n);
    await hits.nth(i).click();
    await expect(page).toHaveURL(/#\/doc\/[a-z0-9-]+/);
    docs.push(/#\/doc\/([a-z0-9-]+)/.exec(page.url())![1]!);
  }
  return docs.sort();
}

test('add a PDF, read, search, highlight, cite, restart, remove and add again with its annotations', async ({ page, twin }) => {
  // About 50 s on a quiet machine; the whole flow restarts the twin and reads the PDF three times.
  test.setTimeout(180_000);
  await page.goto(twin.url);
  await expect(page.locator('.doc-card')).toHaveCount(5);
  await addThroughButton(page, FIXTURE.file);
  const intake = page.getByRole('region', { name: 'Documents being added' });
  // The twin loads PDF.js on its first PDF; on a busy two-core machine that alone can take seconds.
  await expect(intake.getByRole('status')).toContainText('Ready to read and search', { timeout: 30_000 });
  await expect(page.locator('.doc-card')).toHaveCount(6);
  const added = card(page, FIXTURE.symbol);
  await expect(added).toHaveCount(1);
  await expect(added.locator('.doc-file')).toHaveText(FIXTURE.file.name);
  const docId = (await added.getAttribute('data-doc-id'))!;
  expect(docId).toMatch(/^a-68-370-/);

  // Read it: the title detected from the first page, paragraph 12 as printed on page 2, no running header in the text.
  await added.getByRole('link', { name: FIXTURE.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIXTURE.title })).toBeVisible();
  await expect(page.locator(`#para-${FIXTURE.para}`)).toContainText('sources de revenus durables dans leur pays');
  await expect(page.locator('.block-text').filter({ hasText: symbolRe(FIXTURE.symbol) })).toHaveCount(0);

  // Search a phrase from it: one hit in the added PDF, one in the bundled text it was printed from.
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill(FIXTURE.phrase);
  const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(hits).toHaveCount(2);
  await expect(hits.locator('.hit-doc')).toHaveText([FIXTURE.symbol, FIXTURE.symbol]);
  expect(await hitDocs(page, FIXTURE.phrase, 2)).toEqual(['a-68-370', docId].sort());

  // Highlight a passage, then export a Markdown brief that cites it by symbol and paragraph.
  await page.goto(`${twin.url}#/doc/${docId}/para/${FIXTURE.para}`);
  const quote = await highlight(page, page.locator(`#para-${FIXTURE.para} .block-text`));
  await page.getByRole('link', { name: 'Notebook' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
  await dialog.getByLabel('Format').selectOption('markdown');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
  const brief = readFileSync((await download.path())!, 'utf8');
  expect(brief).toContain(`${FIXTURE.symbol}, para. ${FIXTURE.para}`);
  expect(brief).toContain(quote.split(/\s+/).slice(0, 4).join(' '));

  // Restart on the same data folder: the document, its search and its highlight are still there.
  const dataDir = twin.dataDir;
  await page.goto('about:blank');
  await twin.stop();
  const again = await startTwin({ dataDir });
  try {
    await page.goto(again.url);
    await expect(page.locator('.doc-card')).toHaveCount(6);
    await expect(card(page, FIXTURE.symbol).locator('.doc-highlights')).toHaveText('1 highlight');
    expect(await hitDocs(page, FIXTURE.phrase, 2)).toEqual(['a-68-370', docId].sort());
    await page.goto(`${again.url}#/doc/${docId}/para/${FIXTURE.para}`);
    await expect(page.locator(`#para-${FIXTURE.para} mark.hl`).first()).toBeVisible();

    // Open original: the twin hands the stored PDF over as a download, byte for byte.
    const [original] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Open original' }).click()]);
    expect(original.suggestedFilename()).toBe(FIXTURE.file.name);
    expect(readFileSync((await original.path())!).equals(PDF)).toBe(true);

    // Remove: the confirmation says where the annotation goes; the document and its folder are gone.
    await page.goto(again.url);
    await card(page, FIXTURE.symbol).getByRole('button', { name: `Remove…: ${FIXTURE.symbol}` }).click();
    const confirm = page.getByRole('dialog', { name: `Remove ${FIXTURE.symbol} from the library?` });
    await expect(confirm).toContainText('Its 1 annotation goes to the Trash');
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page.locator('.doc-card')).toHaveCount(5);
    expect(existsSync(join(dataDir, 'library/docs', docId))).toBe(false);
    await page.getByRole('link', { name: 'Trash' }).click();
    await expect(page.locator('.ann-card')).toHaveCount(1);

    // Added again: same id, and the annotation is back in place.
    await page.getByRole('link', { name: 'Library' }).click();
    await addThroughButton(page, FIXTURE.file);
    await expect(page.getByRole('region', { name: 'Documents being added' }).getByRole('status').last()).toContainText(
      '1 annotation came back from the Trash',
      { timeout: 30_000 },
    );
    await expect(card(page, FIXTURE.symbol).locator('.doc-highlights')).toHaveText('1 highlight');
    expect(await card(page, FIXTURE.symbol).getAttribute('data-doc-id')).toBe(docId);
    await page.goto(`${again.url}#/doc/${docId}/para/${FIXTURE.para}`);
    await expect(page.locator(`#para-${FIXTURE.para} mark.hl`).first()).toBeVisible();

    // The same file once more: already there, nothing added.
    await page.goto(again.url);
    await addThroughButton(page, FIXTURE.file);
    await expect(page.getByRole('region', { name: 'Documents being added' }).getByRole('status').last()).toContainText('Already in your library', { timeout: 30_000 });
    await expect(page.locator('.doc-card')).toHaveCount(6);
  } finally {
    await again.stop();
  }
});

test('a PDF draft and its revision: the compare view shows the word-level redline of the edited paragraph', async ({ page, twin }) => {
  test.setTimeout(60_000);
  await page.goto(twin.url);
  const revision = { name: 'a-68-370-rev1.pdf', mimeType: 'application/pdf', buffer: await printRevision(page) };
  await addThroughButton(page, [FIXTURE.file, revision]);
  await expect(page.locator('.doc-card')).toHaveCount(7, { timeout: 30_000 });
  const draft = (await card(page, FIXTURE.symbol).getAttribute('data-doc-id'))!;
  const rev = (await card(page, 'A/68/370/Rev.1').getAttribute('data-doc-id'))!;
  expect(rev).toMatch(/^a-68-370-rev-1-/);
  await page.goto(`${twin.url}#/compare/${draft}/${rev}`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  await page.locator('.compare-pane[data-side="left"] [data-block-id="p-12"]').click();
  const diff = page.getByRole('complementary', { name: /difference|changes/i });
  await expect(diff.locator('ins')).toContainText(['stables']);
  await expect(diff.locator('del')).toHaveCount(0);
});

test('bad files are refused with a message naming each; the library and the data folder are unchanged', async ({ page, twin }) => {
  await page.goto(twin.url);
  await expect(page.locator('.doc-card')).toHaveCount(5);
  await addThroughButton(page, [
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]) },
  ]);
  // Dropped on the window: a file over the size limit, made in the page (sending 26 MB through the driver is slow).
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'huge.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  const alerts = page.getByRole('region', { name: 'Documents being added' }).getByRole('alert');
  await expect(alerts).toHaveCount(3);
  await expect(alerts.filter({ hasText: 'empty.txt' })).toContainText('the file is empty');
  await expect(alerts.filter({ hasText: 'picture.png' })).toContainText('this is a PNG image');
  await expect(alerts.filter({ hasText: 'huge.txt' })).toContainText('the limit is 25.0 MB');
  await expect(page.locator('.doc-card')).toHaveCount(5);
  expect(readdirSync(join(twin.dataDir, 'library/docs'))).toEqual([]);
  expect(readdirSync(join(twin.dataDir, 'library')).sort()).toEqual(['docs']);

  // Straight to the API without the page's token: refused, nothing added.
  const status = await page.evaluate(async () => {
    const r = await fetch('/api/addDocument', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(['x.txt', btoa('1. Hello.')]) });
    return { code: r.status, body: (await r.json()) as { ok: boolean; error: string } };
  });
  expect(status.code).toBe(403);
  expect(status.body.error).toMatch(/no session/);
  await page.reload();
  await expect(page.locator('.doc-card')).toHaveCount(5);
});
