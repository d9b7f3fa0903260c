/**
 * The import jobs behind previewImport / importProgress / cancelImport /
 * applyImport, on the real corpus and a real store in a temporary folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../main/services/handlers';

const corpusDir = resolve(import.meta.dirname, '../../corpus/out');
const open = () => createServices({ corpusDir, dataDir: mkdtempSync(join(tmpdir(), 'plenary-import-')), warmSearchAfterMs: 60_000 });

/** A file of `n` items whose short quotes occur many times in A/68/370 ("migrants", "droits"...). */
function ambiguousFile(services: Services, n: number): string {
  const doc = services.corpus.get('a-68-370');
  const text = doc.blocks.map((b) => b.text).join('\n\n');
  const words = ['migrants', 'droits', 'migration', 'travail', 'États'];
  const items = Array.from({ length: n }, (_, i) => {
    const w = words[i % words.length]!;
    const at = text.indexOf(w);
    return {
      type: 'Annotation',
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      body: { type: 'TextualBody', value: `note ${i}` },
      target: { source: 'urn:plenary:doc:a-68-370', selector: [{ type: 'TextQuoteSelector', exact: w }, { type: 'TextPositionSelector', start: at + i, end: at + i + w.length }] },
    };
  });
  return JSON.stringify({ type: 'AnnotationCollection', items });
}

describe('ImportService', () => {
  it('answers other calls while a preview is planned, and reports progress', async () => {
    const services = await open();
    try {
      const h = services.handlers;
      const file = ambiguousFile(services, 3000);
      const preview = Promise.resolve(h.previewImport(file, 'job-answers-1'));
      const lags: number[] = [];
      let progressSeen = 0;
      let finished = false;
      void preview.finally(() => (finished = true));
      while (!finished) {
        const t0 = Date.now();
        await h.listDocuments();
        const p = await h.importProgress('job-answers-1');
        lags.push(Date.now() - t0);
        if (p.state === 'planning' && p.done > 0 && p.done < p.total) progressSeen++;
        await new Promise((r) => setTimeout(r, 5));
      }
      const result = await preview;
      expect(result.total).toBe(3000);
      expect(result.toAdd + result.unplaceable.length + result.alreadyPresent).toBe(3000);
      expect(lags.length).toBeGreaterThan(1);
      expect(progressSeen).toBeGreaterThan(0);
      expect(Math.max(...lags)).toBeLessThan(250);
    } finally {
      await services.close();
    }
  });

  it('applies the plan it previewed, leaving out the items asked, and only once', async () => {
    const services = await open();
    try {
      const h = services.handlers;
      const file = ambiguousFile(services, 20);
      const preview = await h.previewImport(file, 'job-apply-01');
      const newItems = preview.items.filter((i) => i.status === 'new').map((i) => i.item);
      expect(newItems.length).toBe(preview.toAdd);
      const ids = await h.applyImport(preview.planId, [newItems[0]!]);
      expect(ids).toHaveLength(preview.toAdd - 1);
      expect(h.listAnnotations(undefined)).toHaveLength(preview.toAdd - 1);
      await expect(Promise.resolve().then(() => h.applyImport(preview.planId))).rejects.toThrow('This import preview is no longer available; choose the file again.');
      // The same file again: everything imported is already present; the left-out one is new.
      const again = await h.previewImport(file, 'job-apply-02');
      expect(again.toAdd).toBe(1);
      expect(again.alreadyPresent).toBe(preview.toAdd - 1);
    } finally {
      await services.close();
    }
  });

  it('stops a preview when cancelled, and the plan cannot be applied', async () => {
    const services = await open();
    try {
      const h = services.handlers;
      const preview = Promise.resolve(h.previewImport(ambiguousFile(services, 20_000), 'job-cancel-1'));
      await expect.poll(async () => (await h.importProgress('job-cancel-1')).done, { timeout: 5000 }).toBeGreaterThan(0);
      expect(h.cancelImport('job-cancel-1')).toBe(true);
      await expect(preview).rejects.toThrow('The import was cancelled.');
      expect((await h.importProgress('job-cancel-1')).state).toBe('cancelled');
      await expect(Promise.resolve().then(() => h.applyImport('job-cancel-1'))).rejects.toThrow(/no longer available/);
      expect(h.listAnnotations(undefined)).toEqual([]);
    } finally {
      await services.close();
    }
  });
});
