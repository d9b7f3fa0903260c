/**
 * Typing in the search box of a 1,000-document library, in the browser twin
 * and Chromium: does any keystroke wait? The library is the search bench's
 * synthetic one (bench/synthetic.ts), written as a built corpus folder
 * (manifest, docs/, index/) that the twin serves with --corpus-dir.
 *
 * In the page, a PerformanceObserver records every long task (> 50 ms: the
 * browser's own definition of a task that blocks input) and the Event Timing
 * entries of the keystrokes (input delay and duration to the next paint,
 * reported from 16 ms); the query is typed key by key at 60 ms a key, like a
 * quick typist, then the results are awaited.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { newTwinContext } from './browser';
import type { Manifest } from '../main/services/corpus';
import { buildShard, serializeShard } from '../common/search';
import type { StructuredDocument } from '../common/model';

/** Writes `docs` as a built corpus folder the twin can serve. */
export function writeCorpusFolder(dir: string, docs: readonly StructuredDocument[]): void {
  mkdirSync(join(dir, 'docs'), { recursive: true });
  mkdirSync(join(dir, 'index'), { recursive: true });
  const manifest: Manifest = { version: 1, documents: [] };
  for (const d of docs) {
    const { blocks: _b, footnotes: _f, ...entry } = d;
    writeFileSync(join(dir, 'docs', `${d.id}.json`), JSON.stringify(d));
    writeFileSync(join(dir, 'index', `${d.id}.json`), serializeShard(buildShard(d)));
    manifest.documents.push({ entry, doc: `docs/${d.id}.json`, index: `index/${d.id}.json`, inputHash: 'synthetic' });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

export interface TypingBench {
  query: string;
  documents: number;
  keys: number;
  /** Durations of the tasks over 50 ms seen from the first key to the results, ms. */
  longTasksMs: number[];
  /** The slowest keystroke's Event Timing entry (key down to next paint), ms; 0 if none reached 16 ms. */
  slowestKeyMs: number;
  /** The longest input delay of a keystroke (key down to its handler starting), ms. */
  maxInputDelayMs: number;
  /** Last key → first result option shown, ms (includes the search box's debounce). */
  resultsAfterLastKeyMs: number;
}

const OBSERVE = `(() => {
  const w = window;
  w.__long = [];
  w.__keys = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.push(e.duration); }).observe({ type: 'longtask' });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === 'keydown' || e.name === 'keypress' || e.name === 'keyup' || e.name === 'input' || e.name === 'beforeinput') w.__keys.push([e.duration, e.processingStart - e.startTime]);
  }).observe({ type: 'event', durationThreshold: 16 });
})()`;

export async function benchTyping(browser: Browser, baseUrl: string, query: string, documents: number): Promise<TypingBench> {
  const context = await newTwinContext(browser, baseUrl);
  const page = await context.newPage();
  try {
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    const box = page.getByRole('combobox', { name: 'Search', exact: true });
    await box.waitFor();
    // The first query loads the index in the twin (not in the page): done once before measuring, as a session would.
    await box.fill('asile');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor({ timeout: 60_000 });
    await box.fill('');
    await page.waitForTimeout(500);
    await page.evaluate(OBSERVE);
    await box.focus();
    await page.keyboard.type(query, { delay: 60 });
    const last = Date.now();
    // A plain selector polled once a frame: Playwright's role queries walk the whole page and would be long tasks themselves.
    await page.waitForFunction(() => document.querySelector('[role="listbox"] [role="option"]') !== null, undefined, { polling: 'raf', timeout: 30_000 });
    const resultsAfterLastKeyMs = Date.now() - last;
    await page.waitForTimeout(500); // entries are delivered after their frame
    const [longTasksMs, keys] = await page.evaluate<[number[], Array<[number, number]>]>('[window.__long, window.__keys]');
    return {
      query,
      documents,
      keys: query.length,
      longTasksMs: longTasksMs.map((x) => Math.round(x)),
      slowestKeyMs: Math.round(Math.max(0, ...keys.map((k) => k[0]))),
      maxInputDelayMs: Math.round(Math.max(0, ...keys.map((k) => k[1])) * 10) / 10,
      resultsAfterLastKeyMs,
    };
  } finally {
    await context.close();
  }
}
