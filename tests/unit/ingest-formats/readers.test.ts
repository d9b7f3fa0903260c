/**
 * The readers one by one, on small inputs: text keeps the bundled rules,
 * Markdown and HTML keep their own structure (levels, list numbering, notes),
 * and the PDF reader reports progress per page and stops when cancelled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../common/result';
import { readDocumentFile, type ReadProgress } from '../../../main/library/readers/index';
import { FORMATS_DIR, ROOT } from '../../fixtures/formats/make-shared';

const enc = (s: string) => new TextEncoder().encode(s);
const outline = (r: Awaited<ReturnType<typeof readDocumentFile>>) => r.blocks.map((b) => [b.kind, b.level, b.label, b.text]);

describe('text reader', () => {
  it('reads a bundled source exactly as the build step does', async () => {
    const r = await readDocumentFile(new Uint8Array(readFileSync(join(ROOT, 'corpus/sources/a-68-370.txt'))), 'a-68-370.txt');
    const bundled = JSON.parse(readFileSync(join(ROOT, 'corpus/out/docs/a-68-370.json'), 'utf8')) as { blocks: unknown[] };
    expect(r.format).toBe('text');
    expect(r.blocks).toEqual(bundled.blocks);
    expect(r.detected).toMatchObject({ symbol: 'A/68/370', language: 'fr' });
  });

  it('reads Windows-1252 text when the bytes are not UTF-8', async () => {
    const latin = new Uint8Array([...enc('Le d'), 0xe9, ...enc('l'), 0xe9, ...enc('gu'), 0xe9, ...enc(' a parl'), 0xe9, ...enc('.')]);
    expect((await readDocumentFile(latin, 'note.txt')).blocks[0]!.text).toBe('Le délégué a parlé.');
  });
});

describe('Markdown reader', () => {
  it('keeps heading levels, list numbering, emphasis as text and [^n] notes', async () => {
    const md = [
      '# Note sur la migration de retour',
      '',
      '## Introduction',
      '',
      '1. Premier paragraphe numéroté[^1].',
      '2. Deuxième *paragraphe* avec un [lien](https://example.org).',
      '',
      '### Détails',
      '',
      '- un point',
      '- un autre point',
      '',
      '[^1]: Voir le document A/68/370.',
    ].join('\n');
    const r = await readDocumentFile(enc(md), 'note.md');
    expect(r.detected.title).toBe('Note sur la migration de retour');
    expect(outline(r)).toEqual([
      ['heading', 1, undefined, 'Introduction'],
      ['paragraph', undefined, '1.', 'Premier paragraphe numéroté.'],
      ['paragraph', undefined, '2.', 'Deuxième paragraphe avec un lien.'],
      ['heading', 2, undefined, 'Détails'],
      ['list-item', 1, '•', 'un point'],
      ['list-item', 1, '•', 'un autre point'],
    ]);
    expect(r.footnotes).toMatchObject([{ mark: '1', text: 'Voir le document A/68/370.', refBlockId: 'p-1' }]);
  });
});

describe('HTML reader', () => {
  it('numbers ordered lists from their start and letters, and reads note links', async () => {
    const html = `<!doctype html><html><head><title>Projet de résolution</title></head><body>
      <h1>Projet de résolution</h1><h2>Dispositif</h2>
      <ol start="3"><li>Prie les États<sup><a href="#n1">1</a></sup> de coopérer ;</li><li>Décide :
        <ol type="a"><li>de poursuivre ;</li><li>de rendre compte.</li></ol></li></ol>
      <section class="notes"><p id="n1">A/RES/67/219.</p></section></body></html>`;
    const r = await readDocumentFile(enc(html), 'projet.html');
    expect(r.detected.title).toBe('Projet de résolution');
    expect(outline(r)).toEqual([
      ['heading', 1, undefined, 'Dispositif'],
      ['paragraph', undefined, '3.', 'Prie les États de coopérer ;'],
      ['paragraph', undefined, '4.', 'Décide :'],
      ['list-item', 1, 'a)', 'de poursuivre ;'],
      ['list-item', 1, 'b)', 'de rendre compte.'],
    ]);
    expect(r.blocks.map((b) => b.id)).toEqual([r.blocks[0]!.id, 'p-3', 'p-4', 'p-4-a', 'p-4-b']);
    expect(r.footnotes).toMatchObject([{ mark: '1', text: 'A/RES/67/219.', refBlockId: 'p-3' }]);
  });
});

describe('PDF reader', () => {
  const pdf = () => new Uint8Array(readFileSync(join(FORMATS_DIR, 'idm-2008-retour-document-de-travail.pdf')));

  it('reports progress page by page', async () => {
    const seen: ReadProgress[] = [];
    const r = await readDocumentFile(pdf(), 'retour.pdf', { onProgress: (p) => seen.push(p) });
    const pages = seen.filter((p) => p.phase === 'pages');
    expect(pages.map((p) => p.done)).toEqual(Array.from({ length: r.pages! }, (_, i) => i + 1));
    expect(pages.every((p) => p.total === r.pages)).toBe(true);
  });

  it('stops when cancelled', async () => {
    const ctl = new AbortController();
    const reading = readDocumentFile(pdf(), 'retour.pdf', { signal: ctl.signal, onProgress: (p) => p.done === 2 && ctl.abort() });
    await expect(reading).rejects.toThrow(UserError);
    await expect(reading).rejects.toThrow(/retour\.pdf: reading was cancelled/);
  });

  it('reads the Node Buffer the twin decodes an upload into, and leaves it intact', async () => {
    const buf = readFileSync(join(FORMATS_DIR, 'idm-2008-retour-document-de-travail.pdf'));
    const r = await readDocumentFile(buf, 'retour.pdf');
    expect(r.format).toBe('pdf');
    expect(r.blocks.length).toBeGreaterThan(10);
    expect(buf.byteLength).toBeGreaterThan(0);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
