/**
 * Added documents, end to end in the twin: add through the interface, read,
 * search, highlight, export a brief that cites it, restart, remove, add again
 * (annotations back from the Trash), compare a draft with its revision.
 *
 * The document under test is FIXTURE: a Markdown file today; a PDF fixture
 * (same paragraphs, same symbol) can be swapped in once the PDF reader is
 * merged, without touching the steps.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileChooser, Page } from '@playwright/test';
import { highlight } from './helpers';
import { expect, startTwin, test } from './twin';

const PARA_2 =
  'Delegations stressed that readmission agreements must respect the rights of every returnee, including the right to ' +
  'information in a language the person understands, access to counsel, and a review of each individual case before any removal.';
const TEXT = `# Cooperation on the dignified return of migrants

A/AC.99/2026/7

Geneva, 12 March 2026

1. The working group examined the arrangements for dignified return and sustainable reintegration, and heard from the countries of origin.

2. ${PARA_2}

3. The secretariat will publish a revised draft before the next session, taking account of the written comments received.
`;

const FIXTURE = {
  file: { name: 'cooperation-return.md', mimeType: 'text/markdown', buffer: Buffer.from(TEXT) },
  symbol: 'A/AC.99/2026/7',
  title: 'Cooperation on the dignified return of migrants',
  /** A phrase only this document has, and the paragraph it is in. */
  phrase: '"review of each individual case"',
  para: '2',
};
const REVISION = {
  name: 'cooperation-return-rev1.md',
  mimeType: 'text/markdown',
  buffer: Buffer.from(TEXT.replace('A/AC.99/2026/7', 'A/AC.99/2026/7/Rev.1').replace('access to counsel', 'free access to legal counsel')),
};

async function addThroughButton(page: Page, files: Parameters<FileChooser['setFiles']>[0]) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Add documents…' }).click()]);
  await chooser.setFiles(files);
}

const card = (page: Page, symbol: string) => page.locator('.doc-card').filter({ has: page.locator('.doc-symbol', { hasText: new RegExp(`^${symbol.replace(/[./]/g, '\\$&')}$`) }) });

test('add a document, read, search, highlight, cite, restart, remove and add again with its annotations', async ({ page, twin }) => {
  test.setTimeout(90_000);
  await page.goto(twin.url);
  await expect(page.locator('.doc-card')).toHaveCount(5);
  await addThroughButton(page, FIXTURE.file);
  const intake = page.getByRole('region', { name: 'Documents being added' });
  await expect(intake.getByRole('status')).toContainText('Ready to read and search');
  await expect(page.locator('.doc-card')).toHaveCount(6);
  const added = card(page, FIXTURE.symbol);
  await expect(added.locator('.doc-origin')).toHaveText('Added');
  await expect(added.locator('.doc-file')).toHaveText(FIXTURE.file.name);

  // Read it.
  await added.getByRole('link', { name: FIXTURE.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIXTURE.title })).toBeVisible();
  await expect(page.locator(`#para-${FIXTURE.para}`)).toContainText('readmission agreements');
  const docUrl = page.url();
  const docId = /#\/doc\/([a-z0-9-]+)/.exec(docUrl)![1]!;

  // Search a phrase only it has: the hit is this document's paragraph.
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill(FIXTURE.phrase);
  const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  await expect(hits).toHaveCount(1);
  await expect(hits.first().locator('.hit-doc')).toHaveText(FIXTURE.symbol);
  await page.keyboard.press('Escape');

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
    await expect(card(page, FIXTURE.symbol).locator('.doc-highlights')).toHaveText('1 highlight');
    await page.getByRole('combobox', { name: 'Search', exact: true }).fill(FIXTURE.phrase);
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option')).toHaveCount(1);
    await page.goto(`${again.url}#/doc/${docId}/para/${FIXTURE.para}`);
    await expect(page.locator(`#para-${FIXTURE.para} mark.hl`).first()).toBeVisible();

    // Open original: the twin hands the stored bytes over as a download.
    const [original] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Open original' }).click()]);
    expect(original.suggestedFilename()).toBe(FIXTURE.file.name);
    expect(readFileSync((await original.path())!, 'utf8')).toBe(TEXT);

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
    );
    await expect(card(page, FIXTURE.symbol).locator('.doc-highlights')).toHaveText('1 highlight');
    await page.goto(`${again.url}#/doc/${docId}/para/${FIXTURE.para}`);
    await expect(page.locator(`#para-${FIXTURE.para} mark.hl`).first()).toBeVisible();

    // The same file once more: already there, nothing added.
    await page.goto(again.url);
    await addThroughButton(page, FIXTURE.file);
    await expect(page.getByRole('region', { name: 'Documents being added' }).getByRole('status').last()).toContainText('Already in your library');
    await expect(page.locator('.doc-card')).toHaveCount(6);
  } finally {
    await again.stop();
  }
});

test('a draft and its revision: the compare view shows the word-level redline of the edited paragraph', async ({ page, twin }) => {
  await page.goto(twin.url);
  await addThroughButton(page, [FIXTURE.file, REVISION]);
  await expect(page.locator('.doc-card')).toHaveCount(7);
  const ids = await page.locator('.doc-card[data-doc-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id')!));
  const draft = ids.find((id) => id.startsWith('a-ac-99-2026-7-') && !id.includes('rev'))!;
  const rev = ids.find((id) => id.startsWith('a-ac-99-2026-7-rev-1-'))!;
  await page.goto(`${twin.url}#/compare/${draft}/${rev}`);
  await expect(page.locator('.compare[data-ready="true"]')).toBeVisible();
  await page.locator('.compare-pane[data-side="left"] [data-block-id="p-2"]').click();
  const diff = page.getByRole('complementary', { name: /difference|changes/i });
  await expect(diff.locator('ins')).toContainText(['free']);
  await expect(diff.locator('ins').filter({ hasText: 'legal' })).toHaveCount(1);
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
