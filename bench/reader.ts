/**
 * The reader's highlight popover: from a click on a highlight to the popover
 * placed under it and painted, on A/68/370 holding 10,000 highlights (the
 * same seeded data folder as the other browser measures). Target: 50 ms.
 *
 * `npx tsx bench/reader.ts` runs it alone (it seeds its own data folder);
 * `npm run bench` runs it with the rest (bench/run.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, newTwinContext, startTwin } from './browser';
import { loadBuiltDoc, makeAnnotations, percentile, seedAnnotations } from './store';

export interface PopoverBench {
  runsMs: number[];
  medianMs: number;
  p95Ms: number;
  highlights: number;
}

/** Opens the popover of `runs` different highlights on screen, each measured from the click to the frame after it is placed. */
export async function benchPopover(browser: Browser, baseUrl: string, docId: string, runs = 15): Promise<PopoverBench> {
  const context = await newTwinContext(browser, baseUrl, { viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}#/doc/${docId}/para/23`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.doc[data-highlights="complete"]', { timeout: 60_000 });
    const highlights = await page.locator('mark.hl[tabindex="0"]').count();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A string, not a function: tsx would wrap a function's inner helpers in names the page does not have.
      times.push(
        await page.evaluate<number>(`new Promise((done) => {
          const marks = [...document.querySelectorAll('mark.hl[tabindex="0"]')].filter((m) => {
            const r = m.getBoundingClientRect();
            return r.top > 80 && r.bottom < window.innerHeight - 200;
          });
          const mark = marks[${i} % marks.length];
          const t0 = performance.now();
          mark.click();
          const tick = () => {
            const box = document.querySelector('.hl-popover');
            if (box && box.style.visibility !== 'hidden') requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
            else requestAnimationFrame(tick);
          };
          tick();
        })`),
      );
      await page.keyboard.press('Escape');
      await page.waitForSelector('.hl-popover', { state: 'detached' });
    }
    return { runsMs: times.map((t) => Math.round(t * 10) / 10), medianMs: Math.round(percentile(times, 50) * 10) / 10, p95Ms: Math.round(percentile(times, 95) * 10) / 10, highlights };
  } finally {
    await context.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, '..');
  const docId = 'a-68-370';
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-popover-'));
  const ids = (JSON.parse(readFileSync(join(root, 'corpus/catalog.json'), 'utf8')) as Array<{ id: string }>).map((e) => e.id);
  await seedAnnotations(dataDir, ids, makeAnnotations(loadBuiltDoc(root, docId), 10_000));
  const twin = await startTwin(root, dataDir);
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await benchPopover(browser, twin.url, docId)));
  } finally {
    await browser.close();
    await twin.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
