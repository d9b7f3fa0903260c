/**
 * The export service as the twin runs it (no Electron printer): a real PDF
 * file, the brief composed from a request (order by hand, a highlight left
 * out, bookmarks), the settings' language and author, and bad requests
 * refused at the contract.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../common/contract';
import { createServices } from '../../../main/services/handlers';

const corpusDir = resolve(import.meta.dirname, '../../../corpus/out');

async function withServices<T>(fn: (h: Awaited<ReturnType<typeof createServices>>['handlers']) => Promise<T>): Promise<T> {
  const services = await createServices({ corpusDir, dataDir: mkdtempSync(join(tmpdir(), 'plenary-exchange-')), warmSearchAfterMs: 60_000 });
  try {
    return await fn(services.handlers);
  } finally {
    await services.close();
  }
}

/** Highlights the first 40 code points of numbered paragraphs of A/68/370. */
async function annotate(h: Awaited<ReturnType<typeof createServices>>['handlers'], numbers: string[]): Promise<Record<string, string>> {
  const doc = await h.getDocument('a-68-370');
  const ids: Record<string, string> = {};
  let offset = 0;
  for (const b of doc.blocks) {
    if (b.number && numbers.includes(b.number)) {
      const exact = [...b.text].slice(0, 40).join('');
      const a = await h.createAnnotation({
        docId: doc.id,
        blockId: b.id,
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: offset, end: offset + [...exact].length },
        color: 'yellow',
        note: '',
        tags: [],
      });
      ids[b.number] = a.id;
    }
    offset += [...b.text].length + 2;
  }
  return ids;
}

describe('ExchangeService.export', () => {
  it('writes a real PDF in the twin, in the settings\' language, with the author', async () => {
    await withServices(async (h) => {
      await annotate(h, ['17']);
      await h.setSettings({ lang: 'es', author: 'Amina Diallo' });
      const file = await h.exportAnnotations({ format: 'pdf', grouping: 'document', title: 'Nota' });
      expect(file.mime).toBe('application/pdf');
      expect(file.filename).toBe('Nota.pdf');
      const bytes = Buffer.from(file.data, 'base64');
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.toString('latin1')).toContain('/Lang (es)');
    });
  }, 30_000);

  it('composes the brief a request describes: hand order, one left out, bookmarks', async () => {
    await withServices(async (h) => {
      const ids = await annotate(h, ['17', '23', '30']);
      const doc = await h.getDocument('a-68-370');
      await h.setBookmark('a-68-370', doc.blocks.find((b) => b.number === '40')!.id, true);
      const file = await h.exportAnnotations({
        format: 'markdown',
        grouping: 'document',
        title: 'Note',
        lang: 'fr',
        brief: { itemIds: [ids['30']!, ids['17']!], order: 'manual', introduction: 'Pour jeudi.', includeBookmarks: true },
      });
      const md = file.data;
      expect(md).toContain('Pour jeudi.');
      expect(md).not.toContain('par. 23');
      expect(md.indexOf('A/68/370, par. 30')).toBeGreaterThan(0);
      expect(md.indexOf('A/68/370, par. 30')).toBeLessThan(md.indexOf('A/68/370, par. 17'));
      expect(md).toContain('## Signets');
      expect(md).toContain('A/68/370, par. 40');
    });
  }, 30_000);

  it('JSON export names its collection and the languages', async () => {
    await withServices(async (h) => {
      await annotate(h, ['17']);
      const c = JSON.parse((await h.exportAnnotations({ format: 'json', grouping: 'document', title: 'x', lang: 'en' })).data);
      expect(c.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(c.first.items[0].target.language).toBe('fr');
      expect(c['plenary:legend'].yellow).toBe('Key point');
    });
  });
});

describe('ExportRequestSchema (brief)', () => {
  it('refuses a brief with unknown fields or a bad order, naming the problem', () => {
    const bad = parseArgs('exportAnnotations', [{ format: 'pdf', grouping: 'document', title: 't', brief: { itemIds: [], order: 'random' } }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^exportAnnotations: invalid input \(argument 1\.brief\.order/);
    const extra = parseArgs('exportAnnotations', [{ format: 'pdf', grouping: 'document', title: 't', brief: { itemIds: [], order: 'manual', script: 'x' } }]);
    expect(extra.ok).toBe(false);
    const lang = parseArgs('exportAnnotations', [{ format: 'pdf', grouping: 'document', title: 't', lang: 'de' }]);
    expect(lang.ok).toBe(false);
  });
});
