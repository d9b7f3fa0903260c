/**
 * In-browser bench, for the bench runner (`npm run bench`): the real browser
 * twin (main/twin/cli.ts, needs `npm run build`) on a seeded data folder,
 * driven by Chromium through playwright-core.
 *
 *   open document   the library is shown, the document is opened → the
 *                   highlights on screen painted and the annotations panel
 *                   listing them, then → every highlight painted; and cold:
 *                   a new page on the document's address (performance.now()
 *                   in the page, whose origin is the navigation start); each
 *                   run in a new context
 *   search          5-document library: fill the search box, wait for the
 *                   first result option (measured from Node, so it includes a
 *                   few ms of Playwright round trips), each run on a new page
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { percentile } from './store';

export interface Twin {
  url: string;
  stop(): Promise<void>;
}

/**
 * The twin's session cookie for each base URL: the bench trades the printed
 * one-time URL's key for it once (as a browser would), then gives it to each
 * fresh browser context, since each cold run needs a context of its own.
 */
const sessions = new Map<string, { name: string; value: string }>();

/** A new browser context that holds the twin's session. */
export async function newTwinContext(browser: Browser, baseUrl: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const session = sessions.get(baseUrl);
  if (session) await context.addCookies([{ ...session, url: baseUrl }]);
  return context;
}

async function exchangeKey(accessUrl: string): Promise<string> {
  const res = await fetch(accessUrl, { redirect: 'manual' });
  const [pair = ''] = (res.headers.getSetCookie()[0] ?? '').split(';');
  const eq = pair.indexOf('=');
  if (res.status !== 303 || eq < 0) throw new Error(`the twin's one-time URL answered ${res.status}`);
  const base = new URL('/', accessUrl).href;
  sessions.set(base, { name: pair.slice(0, eq), value: pair.slice(eq + 1) });
  return base;
}

export async function startTwin(root: string, dataDir: string, corpusDir?: string): Promise<Twin> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'main/twin/cli.ts'),
      ...['--port', '0', '--data-dir', dataDir, '--lang', 'en'],
      ...(corpusDir ? ['--corpus-dir', corpusDir] : []),
    ],
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
        exchangeKey(m[1]!).then(resolveUrl, reject);
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
  /** In the app: the library is up, the document is opened (as a click on it does) → painted. */
  runsMs: number[];
  medianMs: number;
  /** In the app, until every highlight of the document is painted. */
  completeRunsMs: number[];
  completeMedianMs: number;
  /** Cold: a new page loads the document's address → painted (includes loading the app). */
  coldRunsMs: number[];
  coldMedianMs: number;
  /** Distinct annotations with a painted mark, and items in the panel, once every highlight was painted. */
  markedAtMeasure: number;
  listItemsAtMeasure: number;
}

interface Counts {
  marked: number;
  items: number;
}

const COUNT = (): Counts => ({
  marked: new Set([...document.querySelectorAll('mark.hl')].flatMap((m) => (m.getAttribute('data-annotation-ids') ?? '').split(' '))).size,
  items: document.querySelectorAll('.ann-panel .ann-list li').length,
});

/** Ms from the open (or the navigation start) until the frame that shows them. */
interface PaintTimes {
  /** The highlights on screen are painted and the panel lists annotations. */
  visible: number;
  /** Every highlight of the document is painted (the reader paints off-screen blocks in slices). */
  complete: number;
}

/**
 * In the page: opens `open` (a document id) if given, then resolves with the
 * ms from that moment (or from the navigation start) until highlights are in
 * the document and the panel lists annotations, and until every highlight is
 * painted, each after the frame that shows it (the timeout queued from
 * requestAnimationFrame runs after that frame's style, layout and paint).
 * Page code as a string: tsx's compiled functions call helpers (`__name`)
 * that the page does not have.
 */
const PAINTED = (open: string | null, limitMs: number): string => `new Promise((resolve, reject) => {
    const open = ${JSON.stringify(open)};
    const t0 = open ? performance.now() : 0;
    if (open) window.location.hash = '#/doc/' + open;
    let visible = 0;
    const tick = () => {
      if (!visible && document.querySelector('mark.hl') && document.querySelector('.ann-panel .ann-list li')) setTimeout(() => (visible = performance.now() - t0));
      if (visible && document.querySelector('[data-highlights="complete"] mark.hl')) setTimeout(() => resolve({ visible, complete: performance.now() - t0 }));
      else if (performance.now() - t0 > ${limitMs}) reject(new Error('timeout'));
      else requestAnimationFrame(tick);
    };
    tick();
  })`;

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
  const coldTimes: number[] = [];
  const completeTimes: number[] = [];
  let at: Counts = { marked: 0, items: 0 };
  const fail = async (page: Page, e: unknown): Promise<never> => {
    // The page may still be busy: do not wait for it long.
    const c = await Promise.race([page.evaluate(COUNT).catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    void page.context().close().catch(() => undefined);
    throw new Error(`> ${timeoutMs / 1000} s: highlights not painted within the time limit (marks: ${c?.marked ?? '?'}, panel items: ${c?.items ?? '?'}): ${(e as Error).message.split('\n')[0]}`);
  };
  const newPage = async () => {
    const context = await newTwinContext(browser, baseUrl);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
    });
    return page;
  };
  for (let i = 0; i < runs; i++) {
    // In the app: the library is shown and idle, then the document is opened.
    {
      const page = await newPage();
      await page.goto(baseUrl, { waitUntil: 'networkidle' });
      await page.locator('.library a[href^="#/doc/"]').first().waitFor();
      try {
        const ms = await page.evaluate<PaintTimes>(PAINTED(docId, timeoutMs));
        times.push(ms.visible);
        completeTimes.push(ms.complete);
      } catch (e) {
        await fail(page, e);
      }
      at = await page.evaluate(COUNT);
      await page.context().close();
    }
    // Cold: a new page on the document's address; performance.now() counts from the navigation start.
    {
      const page = await newPage();
      await page.goto(`${baseUrl}#/doc/${docId}`, { waitUntil: 'commit' });
      try {
        coldTimes.push((await page.evaluate<PaintTimes>(PAINTED(null, timeoutMs))).visible);
      } catch (e) {
        await fail(page, e);
      }
      await page.context().close();
    }
  }
  return {
    docId,
    annotations,
    runsMs: times.map((t) => Math.round(t)),
    medianMs: Math.round(percentile(times, 50)),
    completeRunsMs: completeTimes.map((t) => Math.round(t)),
    completeMedianMs: Math.round(percentile(completeTimes, 50)),
    coldRunsMs: coldTimes.map((t) => Math.round(t)),
    coldMedianMs: Math.round(percentile(coldTimes, 50)),
    markedAtMeasure: at.marked,
    listItemsAtMeasure: at.items,
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
  const context = await newTwinContext(browser, baseUrl);
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(baseUrl);
    const box = page.getByRole('combobox', { name: 'Search', exact: true });
    await box.waitFor();
    const t = performance.now();
    await box.fill(query);
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor({ timeout: 30_000 });
    times.push(performance.now() - t);
    options = await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count();
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

export interface NotebookBench {
  runsMs: number[];
  medianMs: number;
  cards: number;
  /** Tasks over 50 ms while typing a word in the notebook's text filter. */
  typingLongTasksMs: number[];
}

/**
 * The notebook with every annotation of the seeded folder: from the library,
 * the notebook is opened → its first cards shown (after their frame); then a
 * word is typed in its text filter, key by key, watching for long tasks.
 */
export async function benchNotebook(browser: Browser, baseUrl: string, runs = 3): Promise<NotebookBench> {
  const times: number[] = [];
  let cards = 0;
  let typingLongTasksMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await newTwinContext(browser, baseUrl);
    const page = await context.newPage();
    try {
      await page.goto(baseUrl, { waitUntil: 'networkidle' });
      times.push(
        await page.evaluate<number>(`new Promise((resolve) => {
          const t0 = performance.now();
          window.location.hash = '#/notebook';
          const tick = () => {
            if (document.querySelector('.notebook .ann-card')) setTimeout(() => resolve(performance.now() - t0));
            else requestAnimationFrame(tick);
          };
          tick();
        })`),
      );
      cards = await page.locator('.notebook .ann-card').count();
      if (i === runs - 1) {
        await page.evaluate(`window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' })`);
        await page.locator('.notebook input[type="text"]').pressSequentially('migrants', { delay: 60 });
        await page.waitForTimeout(800);
        typingLongTasksMs = await page.evaluate<number[]>('window.__long');
      }
    } finally {
      await context.close();
    }
  }
  return { runsMs: times.map((t) => Math.round(t)), medianMs: Math.round(percentile(times, 50)), cards, typingLongTasksMs };
}

export interface TabSwitchBench {
  /** Switching to the heavily annotated document, and to the other one, ms per run. */
  toAnnotatedRunsMs: number[];
  toAnnotatedMedianMs: number;
  toOtherRunsMs: number[];
  toOtherMedianMs: number;
}

/**
 * Switching tabs: the annotated document and another one open in tabs, the
 * app idle; Ctrl+Tab (dispatched in the page) → the other tab's reader is
 * ready with its highlights on screen painted, frame included. The readers of
 * open tabs stay mounted (renderer/app/ReaderDeck.tsx), so this is showing a
 * kept reader and putting it back at its place.
 */
export async function benchTabSwitch(browser: Browser, baseUrl: string, annotatedDocId: string, otherDocId: string, runs = 5): Promise<TabSwitchBench> {
  const context = await newTwinContext(browser, baseUrl);
  const page = await context.newPage();
  const toA: number[] = [];
  const toB: number[] = [];
  const SWITCH = (target: string, marks: boolean) => `new Promise((resolve, reject) => {
    const t0 = performance.now();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', code: 'Tab', ctrlKey: true, bubbles: true, cancelable: true }));
    const tick = () => {
      const shown = document.querySelector('.tab[aria-selected="true"]')?.getAttribute('data-tab') === ${JSON.stringify(target)}
        && document.querySelector('.reader[data-ready="true"]') && (${marks} ? document.querySelector('.reader mark.hl') : true);
      if (shown) setTimeout(() => resolve(performance.now() - t0));
      else if (performance.now() - t0 > 20000) reject(new Error('timeout'));
      else requestAnimationFrame(tick);
    };
    tick();
  })`;
  try {
    await page.goto(`${baseUrl}#/doc/${annotatedDocId}`, { waitUntil: 'networkidle' });
    await page.locator('.reader mark.hl').first().waitFor({ timeout: 30_000 });
    await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), otherDocId);
    await page.locator('.tab[aria-selected="true"][data-tab="' + otherDocId + '"]').waitFor();
    await page.locator('.reader[data-ready="true"]').waitFor();
    await page.waitForTimeout(500);
    for (let i = 0; i < runs; i++) {
      toA.push(await page.evaluate<number>(SWITCH(annotatedDocId, true)));
      await page.waitForTimeout(300);
      toB.push(await page.evaluate<number>(SWITCH(otherDocId, false)));
      await page.waitForTimeout(300);
    }
  } finally {
    await context.close();
  }
  return {
    toAnnotatedRunsMs: toA.map((t) => Math.round(t)),
    toAnnotatedMedianMs: Math.round(percentile(toA, 50)),
    toOtherRunsMs: toB.map((t) => Math.round(t)),
    toOtherMedianMs: Math.round(percentile(toB, 50)),
  };
}
