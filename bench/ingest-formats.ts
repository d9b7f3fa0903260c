/**
 * Reading added documents (bench/run.ts, area "ingest-formats"):
 *   - a 40-page PDF printed by Chromium (A/68/370 laid out three times over),
 *     target ≤ 2 s from bytes to blocks;
 *   - the 352-page book in ../shared/validators/pdfs/ (a printer's proof with
 *     slug lines), target ≤ 15 s, and none of its slug lines or margin line
 *     numbers may reach the text.
 * Both are median-free single reads in a warm process: PDF.js is loaded by a
 * first small read, as the app has it loaded after its first added document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { readDocumentFile, type ReadResult } from '../main/library/readers/index';
import { documentHtml } from '../tests/fixtures/formats/make-pdf';
import { FORMATS_DIR, loadBundled } from '../tests/fixtures/formats/make-shared';

/** ../shared/validators beside the checkout (a worktree sits one level deeper), or PLENARY_VALIDATORS. */
const VALIDATORS = [process.env.PLENARY_VALIDATORS, resolve(import.meta.dirname, '../../shared/validators'), resolve(import.meta.dirname, '../../../shared/validators')]
  .filter((d): d is string => d !== undefined)
  .find((d) => existsSync(d));
export const BOOK = VALIDATORS !== undefined ? join(VALIDATORS, 'pdfs/freeculture.pdf') : '';

export interface ReadBench {
  pages: number;
  ms: number;
  blocks: number;
  footnotes: number;
  /** Blocks whose text carries a slug line, a proof mark or a margin line number. */
  leaked: number;
  progressEvents: number;
}

/** A proof's slug ("14773_01_1-174_r9jm.qxd 2/10/04 3:51 PM Page 15"), pass line or crop marks. */
const SLUG = /\.qxd\b|PASS PAGES|[❚❘❙]/;

/** Margin line numbers that got into the text show as counting runs: "17 18 19 20". */
function hasCountingRun(text: string): boolean {
  // Space-separated only: "5, 6, 7, 8 times" and an index's "89, 90, 91, 92" are text.
  for (const m of text.matchAll(/\b\d{1,3}(?:\s+\d{1,3}){3,}\b/g)) {
    const nums = m[0].split(/\s+/).map(Number);
    let run = 1;
    for (let i = 1; i < nums.length; i++) {
      run = nums[i] === nums[i - 1]! + 1 ? run + 1 : 1;
      if (run >= 4) return true;
    }
  }
  return false;
}
const leaks = (text: string) => SLUG.test(text) || hasCountingRun(text);

async function timeRead(bytes: Uint8Array, name: string): Promise<ReadBench> {
  let progressEvents = 0;
  const t0 = performance.now();
  const r: ReadResult = await readDocumentFile(bytes, name, { onProgress: () => progressEvents++ });
  const ms = Math.round(performance.now() - t0);
  const leaked = r.blocks.filter((b) => leaks(b.text)).length;
  return { pages: r.pages ?? 0, ms, blocks: r.blocks.length, footnotes: r.footnotes.length, leaked, progressEvents };
}

/** The 40-page PDF: A/68/370's blocks three times, printed by Chromium. */
export async function fortyPagePdf(): Promise<Uint8Array> {
  const doc = loadBundled('a-68-370');
  const big = { ...doc, blocks: [...doc.blocks, ...doc.blocks, ...doc.blocks] };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    await page.setContent(documentHtml(big, '13-46142 (F)'));
    await page.waitForSelector('body[data-pages]');
    return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}

export async function benchIngestFormats(): Promise<{ forty: ReadBench; book: ReadBench | null }> {
  // Warm-up: load PDF.js with a small read, as a running app would have.
  await readDocumentFile(new Uint8Array(readFileSync(join(FORMATS_DIR, 'idm-2008-retour-document-de-travail.pdf'))), 'warm.pdf');
  const forty = await timeRead(await fortyPagePdf(), 'forty.pdf');
  const book = BOOK !== '' && existsSync(BOOK) ? await timeRead(new Uint8Array(readFileSync(BOOK)), 'freeculture.pdf') : null;
  return { forty, book };
}

if (process.argv[1]?.endsWith('ingest-formats.ts')) console.log(JSON.stringify(await benchIngestFormats(), null, 2));
