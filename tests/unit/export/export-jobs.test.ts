/**
 * Export jobs (main/services/export-jobs.ts): progress that only goes
 * forward while a real PDF of a real document is written in slices, a
 * cancel that stops the writer at its next slice and keeps no file, and,
 * through the handlers the twin serves, a file fetched in slices that is
 * byte for byte the one exportAnnotations returns.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../../common/export/brief';
import { DEFAULT_LEGEND, type Annotation, type StructuredDocument } from '../../../common/model';
import { toPdf } from '../../../main/export/pdf';
import { CHUNK_CHARS, ExportJobs } from '../../../main/services/export-jobs';
import { createServices } from '../../../main/services/handlers';
import type { ExportProgress } from '../../../common/contract';

const corpusDir = resolve(import.meta.dirname, '../../../corpus/out');

/** The first 60 code points of each of the document's first `n` blocks, as highlights. */
async function briefOf(n: number) {
  const services = await createServices({ corpusDir, dataDir: mkdtempSync(join(tmpdir(), 'plenary-expjob-')), warmSearchAfterMs: 60_000 });
  const doc: StructuredDocument = services.corpus.get('a-68-370');
  await services.close();
  const now = '2024-03-15T12:00:00.000Z';
  const blocks = doc.blocks.filter((b) => b.text.length > 20).slice(0, n);
  const annotations: Annotation[] = blocks.map((b, i) => {
    const exact = [...b.text].slice(0, 60).join('');
    return {
      id: `job-${String(i).padStart(6, '0')}`,
      docId: doc.id,
      blockId: b.id,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: [...exact].length },
      color: 'yellow',
      note: i % 3 === 0 ? `Note ${i} : à relire.` : '',
      tags: [],
      author: '',
      created: now,
      modified: now,
    } as Annotation;
  });
  return buildBrief({ annotations, docs: [doc], legend: DEFAULT_LEGEND, grouping: 'document', title: 'Note', date: now.slice(0, 10), lang: 'fr' });
}

/** Samples the job's progress on every turn of the event loop until `until` settles. */
function sample(jobs: ExportJobs, id: string, until: Promise<unknown>): ExportProgress[] {
  const seen: ExportProgress[] = [];
  let running = true;
  void until.then(
    () => (running = false),
    () => (running = false),
  );
  const tick = () => {
    seen.push(jobs.progress(id));
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return seen;
}

const ORDER: ExportProgress['state'][] = ['preparing', 'writing', 'packing', 'ready'];

describe('ExportJobs', () => {
  it('reports progress that only goes forward, highlights written of the total', async () => {
    const brief = await briefOf(120);
    const jobs = new ExportJobs(0);
    const run = jobs.run('job-forward-1', async (pace) => {
      await pace.phase('writing', brief.count);
      const pdf = await toPdf(brief, {}, pace);
      return { filename: 'Note.pdf', mime: 'application/pdf', encoding: 'base64', data: pdf.toString('base64') };
    });
    const seen = sample(jobs, 'job-forward-1', run);
    const ready = await run;
    expect(ready.filename).toBe('Note.pdf');
    const writing = seen.filter((p) => p.state === 'writing');
    // Many distinct counts while writing, each within the total, never going back.
    expect(new Set(writing.map((p) => p.done)).size).toBeGreaterThan(20);
    expect(writing.every((p) => p.total === brief.count && p.done <= p.total)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      const phase = ORDER.indexOf(b.state) - ORDER.indexOf(a.state);
      expect(phase).toBeGreaterThanOrEqual(0);
      if (phase === 0) expect(b.done).toBeGreaterThanOrEqual(a.done);
    }
    expect(jobs.progress('job-forward-1')).toMatchObject({ state: 'ready' });
  }, 30_000);

  it('stops at the next slice when cancelled and keeps no file', async () => {
    const brief = await briefOf(200);
    const jobs = new ExportJobs(0);
    let written = 0;
    const run = jobs.run('job-cancel-1', async (pace) => {
      await pace.phase('writing', brief.count);
      const pdf = await toPdf(brief, {}, { phase: (p, t) => pace.phase(p, t), step: () => (written++, pace.step()) });
      return { filename: 'Note.pdf', mime: 'application/pdf', encoding: 'base64', data: pdf.toString('base64') };
    });
    while (jobs.progress('job-cancel-1').done < 10) await new Promise((r) => setImmediate(r));
    expect(jobs.cancel('job-cancel-1')).toBe(true);
    const at = written;
    await expect(run).rejects.toThrow('The export was cancelled.');
    // The writer ran at most the slice it was in.
    expect(written).toBeLessThanOrEqual(at + 1);
    expect(written).toBeLessThan(brief.count);
    expect(jobs.progress('job-cancel-1').state).toBe('cancelled');
    expect(() => jobs.chunk('job-cancel-1', 0)).toThrow('The export was cancelled.');
  }, 30_000);
});

describe('runExport / exportChunk', () => {
  it('hands over, in slices, the same file exportAnnotations writes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'plenary-expjob-h-'));
    const services = await createServices({ corpusDir, dataDir, warmSearchAfterMs: 60_000 });
    try {
      const h = services.handlers;
      const doc = await h.getDocument('a-68-370');
      let offset = 0;
      for (const b of doc.blocks.slice(0, 400)) {
        const exact = [...b.text].slice(0, 50).join('');
        // A long note, so the Markdown file spans several slices.
        if (exact.length > 10)
          await h.createAnnotation({
            docId: doc.id,
            blockId: b.id,
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: offset, end: offset + [...exact].length },
            color: 'green',
            note: `Remarque 😀 ${'é'.repeat(9000)}`,
            tags: [],
          });
        offset += [...b.text].length + 2;
      }
      const before = readdirSync(dataDir, { recursive: true }).sort();
      const req = { format: 'markdown', grouping: 'document', title: 'Note', lang: 'fr' } as const;
      const ready = await h.runExport(req, 'job-handlers-1');
      expect(ready.chars).toBeGreaterThan(CHUNK_CHARS);
      expect(ready.chunks).toBeGreaterThan(1);
      expect(ready.chunks).toBe(Math.ceil(ready.chars / CHUNK_CHARS));
      let data = '';
      for (let i = 0; i < ready.chunks; i++) data += await h.exportChunk('job-handlers-1', i);
      const whole = await h.exportAnnotations(req);
      expect(data).toBe(whole.data);
      expect(ready.filename).toBe(whole.filename);
      // The last slice released the file.
      expect(h.exportProgress('job-handlers-1')).toMatchObject({ state: 'unknown' });
      // An export writes nothing into the data folder.
      expect(readdirSync(dataDir, { recursive: true }).sort()).toEqual(before);
    } finally {
      await services.close();
    }
  }, 60_000);
});
