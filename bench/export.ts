/**
 * Export of 10,000 annotations from the notebook, in the twin and Chromium,
 * in every format: for each, the time from the Export click to the
 * download, the file size, the progress the dialog showed (every distinct
 * text of its status line, so the bench says whether the figures moved),
 * and every renderer task over 50 ms (PerformanceObserver 'longtask') from
 * the click until the file has arrived, with the longest one. Also pdfkit
 * alone on the same brief, in Node.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrief } from '../common/export/brief';
import { DEFAULT_LEGEND, type Annotation } from '../common/model';
import { toPdf } from '../main/export/pdf';
import { launchChromium, newTwinContext, startTwin } from './browser';
import { loadBuiltDoc, makeAnnotations, seedAnnotations } from './store';

export interface ExportBench {
  annotations: number;
  formats: {
    format: string;
    ms: number;
    bytes: number;
    /** Renderer tasks over 50 ms during the export, in ms (empty: none). */
    longTasksMs: number[];
    longestTaskMs: number;
    /** How many distinct progress texts the dialog showed, the first and last few of them. */
    progressUpdates: number;
    progressSample: string[];
    /** The machine's 1-minute load average when the format's export ended. */
    load: number;
  }[];
  /**
   * The control: renderer tasks over 50 ms while the same notebook page sits
   * idle for 10 s, no export running. A loaded machine stretches every task
   * (the long-task clock is wall time), so read the figures above against it.
   */
  idleLongTasksMs: number[];
  cores: number;
  pdfNodeMs: number;
}

const ALL_FORMATS = 'markdown,html,csv,json,docx,pdf';

export async function benchExport(root: string, count = 10_000): Promise<ExportBench> {
  const doc = loadBuiltDoc(root, 'a-68-370');
  const list = makeAnnotations(doc, count, 7);
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-bench-export-'));
  await seedAnnotations(dataDir, ['a-68-370'], list);

  // pdfkit alone, on the brief of all of them.
  const now = new Date().toISOString();
  const annotations: Annotation[] = list.map((a, i) => ({ ...a, id: `bench-${String(i).padStart(8, '0')}`, author: '', created: now, modified: now }));
  const t0 = performance.now();
  await toPdf(buildBrief({ annotations, docs: [doc], legend: DEFAULT_LEGEND, grouping: 'document', title: 'Bench', date: now.slice(0, 10), lang: 'fr' }));
  const pdfNodeMs = Math.round(performance.now() - t0);

  const twin = await startTwin(root, dataDir);
  const browser = await launchChromium();
  const formats: ExportBench['formats'] = [];
  let idleLongTasksMs: number[] = [];
  try {
    const page = await (await newTwinContext(browser, twin.url, { acceptDownloads: true })).newPage();
    await page.goto(`${twin.url}#/notebook`);
    await page.locator('.notebook .ann-card').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    await page.evaluate(`window.__idle = []; window.__idleObs = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__idle.push(Math.round(e.duration)); }); window.__idleObs.observe({ type: 'longtask' })`);
    await page.waitForTimeout(10_000);
    idleLongTasksMs = (await page.evaluate('window.__idleObs.disconnect(), window.__idle')) as number[];
    for (const format of (process.env.EXPORT_FORMATS ?? ALL_FORMATS).split(',')) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
      await dialog.getByLabel('Format').selectOption(format);
      // Long tasks, and every text the progress line shows, from here until the file has arrived.
      await page.evaluate(`(() => {
        window.__long = []; window.__progress = [];
        window.__obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); });
        window.__obs.observe({ type: 'longtask' });
        const seen = () => { const s = document.querySelector('.export-progress [role=status]'); const t = s && s.textContent; if (t && window.__progress[window.__progress.length - 1] !== t) window.__progress.push(t); };
        window.__mut = new MutationObserver(seen); window.__mut.observe(document.body, { subtree: true, childList: true, characterData: true });
      })()`);
      const t = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      const path = await download.path();
      const ms = Math.round(performance.now() - t);
      // Long-task entries are delivered after the task: let the observer catch up.
      await page.waitForTimeout(300);
      const { longTasksMs, progress } = (await page.evaluate('window.__obs.disconnect(), window.__mut.disconnect(), ({ longTasksMs: window.__long, progress: window.__progress })')) as {
        longTasksMs: number[];
        progress: string[];
      };
      formats.push({
        format,
        ms,
        bytes: path ? statSync(path).size : 0,
        longTasksMs,
        longestTaskMs: Math.max(0, ...longTasksMs),
        progressUpdates: progress.length,
        progressSample: progress.length > 6 ? [...progress.slice(0, 3), '…', ...progress.slice(-3)] : progress,
        load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      });
    }
  } finally {
    await browser.close();
    await twin.stop();
  }
  return { annotations: count, formats, pdfNodeMs, idleLongTasksMs, cores: cpus().length };
}

if (process.argv[1]?.endsWith('export.ts')) {
  benchExport(process.cwd()).then((r) => console.log(JSON.stringify(r, null, 2)));
}
