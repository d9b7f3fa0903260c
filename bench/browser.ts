/**
 * In-browser bench, for the bench runner (`npm run bench`): the real browser
 * twin (main/twin/cli.ts, needs `npm run build`) on a seeded data folder,
 * driven by Chromium through playwright-core.
 *
 *   open document   navigation start → highlights painted and the annotations
 *                   panel listing them (performance.now() in the page, whose
 *                   origin is the navigation start), each run in a new context
 *   search          5-document library: fill the search box, wait for the
 *                   first result option (measured from Node, so it includes a
 *                   few ms of Playwright round trips), each run on a new page
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { percentile } from './store';

export interface Twin {
  url: string;
  stop(): Promise<void>;
}

export async function startTwin(root: string, dataDir: string): Promise<Twin> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'main/twin/cli.ts'), '--port', '0', '--data-dir', dataDir, '--lang', 'en'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`twin did not start in 60 s: ${stderr}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Plenary ready at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!.endsWith('/') ? m[1]! : `${m[1]!}/`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`twin exited with ${code}: ${stderr}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000); // a busy page can keep connections open
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        child.kill('SIGTERM');
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenDocBench {
  docId: string;
  annotations: number;
  runsMs: number[];
  medianMs: number;
  /** Distinct annotations with a painted mark, and items in the panel, when the time was taken and 2 s later. */
  markedAtMeasure: number;
  markedAfter2s: number;
  listItemsAtMeasure: number;
  listItemsAfter2s: number;
}

interface Counts {
  marked: number;
  items: number;
}

const COUNT = (): Counts => ({
  marked: new Set([...document.querySelectorAll('mark.hl')].map((m) => m.getAttribute('data-annotation-id'))).size,
  items: document.querySelectorAll('.ann-panel .ann-list li').length,
});

/** Page errors and console errors go to `errors`; a run that paints nothing in `timeoutMs` throws. */
export async function benchOpenDocument(
  browser: Browser,
  baseUrl: string,
  docId: string,
  annotations: number,
  runs = 3,
  errors: string[] = [],
  timeoutMs = 20_000,
): Promise<OpenDocBench> {
  const times: number[] = [];
  let at: Counts = { marked: 0, items: 0 };
  let after: Counts = { marked: 0, items: 0 };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    });
    await page.goto(`${baseUrl}#/doc/${docId}`, { waitUntil: 'commit' });
    let painted: number;
    try {
      const handle = await page.waitForFunction(
        () => {
          if (document.querySelectorAll('mark.hl').length > 0 && document.querySelector('.ann-panel .ann-list li')) {
            return performance.now();
          }
          return false;
        },
        undefined,
        { polling: 'raf', timeout: timeoutMs },
      );
      painted = (await handle.jsonValue()) as number;
    } catch (e) {
      // The page may still be busy: do not wait for it long.
      const c = await Promise.race([page.evaluate(COUNT).catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
      void context.close().catch(() => undefined);
      throw new Error(`> ${timeoutMs / 1000} s: highlights not painted within the time limit (marks: ${c?.marked ?? '?'}, panel items: ${c?.items ?? '?'}): ${(e as Error).message.split('\n')[0]}`);
    }
    times.push(painted);
    at = await page.evaluate(COUNT);
    await page.waitForTimeout(2000);
    after = await page.evaluate(COUNT);
    await context.close();
  }
  return {
    docId,
    annotations,
    runsMs: times.map((t) => Math.round(t)),
    medianMs: Math.round(percentile(times, 50)),
    markedAtMeasure: at.marked,
    markedAfter2s: after.marked,
    listItemsAtMeasure: at.items,
    listItemsAfter2s: after.items,
  };
}

export interface SearchBench {
  query: string;
  runsMs: number[];
  firstMs: number;
  medianMs: number;
  options: number;
}

export async function benchBrowserSearch(browser: Browser, baseUrl: string, query: string, runs = 5): Promise<SearchBench> {
  const times: number[] = [];
  let options = 0;
  const context = await browser.newContext();
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(baseUrl);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await box.waitFor();
    const t = performance.now();
    await box.fill(query);
    await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 30_000 });
    times.push(performance.now() - t);
    options = await page.getByRole('listbox').getByRole('option').count();
    await page.close();
  }
  await context.close();
  return {
    query,
    runsMs: times.map((t) => Math.round(t)),
    firstMs: Math.round(times[0]!),
    medianMs: Math.round(percentile(times, 50)),
    options,
  };
}
