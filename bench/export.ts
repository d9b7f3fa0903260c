/**
 * Export of 10,000 annotations from the notebook, in the twin and Chromium:
 * for each format, the time from the Export click to the download, the file
 * size, and every renderer task over 50 ms (PerformanceObserver 'longtask')
 * while the export runs. Also pdfkit alone on the same brief, in Node.
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBrief } from '../common/export/brief';
import { DEFAULT_LEGEND, type Annotation } from '../common/model';
import { toPdf } from '../main/export/pdf';
import { launchChromium, newTwinContext, startTwin } from './browser';
import { loadBuiltDoc, makeAnnotations, seedAnnotations } from './store';

export interface ExportBench {
  annotations: number;
  formats: { format: string; ms: number; bytes: number; longTasksMs: number[] }[];
  pdfNodeMs: number;
}

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
  try {
    const page = await (await newTwinContext(browser, twin.url, { acceptDownloads: true })).newPage();
    await page.goto(`${twin.url}#/notebook`);
    await page.locator('.notebook .ann-card').first().waitFor({ timeout: 60_000 });
    for (const format of (process.env.EXPORT_FORMATS ?? 'markdown,csv,json,docx,pdf').split(',')) {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Export highlights and notes' });
      await dialog.locator('select').filter({ has: page.locator('option[value="markdown"]') }).selectOption(format);
      await page.evaluate(`window.__long = []; window.__obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }); window.__obs.observe({ type: 'longtask' })`);
      const t = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 300_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
      const path = await download.path();
      const ms = Math.round(performance.now() - t);
      await page.waitForTimeout(300);
      const longTasksMs = (await page.evaluate('window.__obs.disconnect(), window.__long')) as number[];
      formats.push({ format, ms, bytes: path ? statSync(path).size : 0, longTasksMs });
    }
  } finally {
    await browser.close();
    await twin.stop();
  }
  return { annotations: count, formats, pdfNodeMs };
}

if (process.argv[1]?.endsWith('export.ts')) {
  benchExport(process.cwd()).then((r) => console.log(JSON.stringify(r, null, 2)));
}
