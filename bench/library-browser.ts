/**
 * Adding the 352-page book through the interface, in Chromium against the
 * browser twin: is the renderer ever blocked while the file is sent, read
 * and indexed with progress? A PerformanceObserver in the page records every
 * long task (> 50 ms, the browser's definition of a task that blocks input)
 * from the moment the file is chosen to "Ready to read and search".
 * Run alone: `npx tsx bench/library-browser.ts` (needs ../shared/validators/pdfs/).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, newTwinContext, startTwin } from './browser';
import { BOOK } from './ingest-formats';

export interface AddBookBench {
  pages: number;
  /** File chosen → the intake says the document is readable and searchable, ms. */
  totalMs: number;
  /** Every task over 50 ms in the page meanwhile, ms. */
  longTasksMs: number[];
  longestTaskMs: number;
  /** Progress updates the intake showed (distinct texts). */
  progressSteps: number;
}

const OBSERVE = `(() => {
  window.__long = [];
  window.__at = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) { window.__long.push(Math.round(e.duration)); window.__at.push(Math.round(e.startTime - (window.__t0 || 0))); } }).observe({ type: 'longtask' });
  document.addEventListener('change', () => { window.__t0 = performance.now(); }, true);
})()`;

export async function benchAddBook(browser: Browser, baseUrl: string): Promise<AddBookBench> {
  const context = await newTwinContext(browser, baseUrl, { viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(baseUrl);
    await page.locator('.doc-card').first().waitFor();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    await page.evaluate(() => { const w = window as unknown as { __long: number[]; __at: number[] }; w.__long.length = 0; w.__at.length = 0; });
    const seen = new Set<string>();
    const t0 = Date.now();
    await page.locator('#add-documents-input').setInputFiles(BOOK);
    const intake = page.getByRole('region', { name: 'Documents being added' });
    const poll = setInterval(() => {
      intake.locator('li').first().textContent({ timeout: 200 }).then((t) => t && seen.add(t), () => undefined);
    }, 100);
    try {
      await intake.getByRole('status').filter({ hasText: 'Ready to read and search' }).waitFor({ timeout: 180_000 });
    } finally {
      clearInterval(poll);
    }
    const totalMs = Date.now() - t0;
    const longTasksMs = await page.evaluate(() => (window as unknown as { __long: number[] }).__long.slice());
    if (process.env.BENCH_DEBUG) console.error('long tasks start (ms after the file was chosen):', await page.evaluate(() => (window as unknown as { __at: number[] }).__at), [...seen]);
    return { pages: 352, totalMs, longTasksMs, longestTaskMs: Math.max(0, ...longTasksMs), progressSteps: seen.size };
  } finally {
    await context.close();
  }
}

/** The whole run: a twin on an empty data folder, Chromium, the book added once; null without the book. */
export async function benchAddBookInTwin(): Promise<AddBookBench | null> {
  if (BOOK === '' || !existsSync(BOOK)) return null;
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-book-'));
  const twin = await startTwin(resolve(import.meta.dirname, '..'), dataDir);
  const browser = await launchChromium();
  try {
    return await benchAddBook(browser, twin.url);
  } finally {
    await browser.close();
    await twin.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('library-browser.ts')) console.log(JSON.stringify(await benchAddBookInTwin(), null, 2));
