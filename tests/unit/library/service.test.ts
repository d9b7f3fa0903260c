/**
 * The library service through the real handlers: real files in a temporary
 * data folder, the real search engine, the real annotation store.
 */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../common/anchoring';
import { createServices } from '../../../main/services/handlers';
import { add, corpusDir, finish, servicesClosedAfterEach } from './services';

const { open, start } = servicesClosedAfterEach();
const newDataDir = () => fs.mkdtempSync(join(tmpdir(), 'plenary-library-'));

export const SAMPLE = `# Note on cooperation for the return of migrants

A/AC.99/2026/7

Geneva, 12 March 2026

1. The working group examined the quintessential arrangements for dignified return and reintegration.

2. Delegations stressed that readmission agreements must respect the rights of every returnee.

3. The secretariat will publish a revised draft before the next session.
`;

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
}

describe('LibraryService', () => {
  it('adds a Markdown file: listed, readable, searchable at once, stored on disk', async () => {
    const dataDir = newDataDir();
    const s = await start(dataDir);
    await s.handlers.search('migration'); // the engine is loaded: the new shard must join it
    const job = await add(s, 'cooperation.md', SAMPLE);
    expect(job.error).toBeUndefined();
    expect(job.state).toBe('done');
    const entry = job.entry!;
    expect(entry.id).toMatch(/^a-ac-99-2026-7-[a-f0-9]{8}$/);
    expect(entry).toMatchObject({ origin: 'added', format: 'markdown', symbol: 'A/AC.99/2026/7', date: '2026-03-12', language: 'en', source: 'cooperation.md' });
    expect((await s.handlers.listDocuments()).map((e) => e.id)).toContain(entry.id);
    const doc = await s.handlers.getDocument(entry.id);
    expect(doc.blocks.find((b) => b.number === '2')?.text).toContain('readmission agreements');
    const hits = await s.handlers.search('quintessential');
    expect(hits.hits.map((h) => h.docId)).toEqual([entry.id]);
    const folder = join(dataDir, 'library/docs', entry.id);
    expect(fs.readFileSync(join(folder, 'original.md'), 'utf8')).toBe(SAMPLE);
    expect(tree(join(dataDir, 'library'))).not.toContainEqual(expect.stringMatching(/tmp-|staging/));
  });

  it('the same content twice says it is already there and adds nothing', async () => {
    const s = await start(newDataDir());
    const first = await add(s, 'a.md', SAMPLE);
    const again = await add(s, 'copy of a.md', SAMPLE);
    expect(again).toMatchObject({ state: 'done', duplicate: true });
    expect(again.entry!.id).toBe(first.entry!.id);
    expect((await s.handlers.listDocuments()).filter((e) => e.origin === 'added')).toHaveLength(1);
  });

  it.each([
    ['empty.txt', '', /empty\.txt: the file is empty/],
    ['photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /photo\.png: this is a PNG image/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), /latin1\.txt: no text was found/],
  ])('refuses %s with a message naming it, leaving library and folder unchanged', async (name, bytes, message) => {
    const dataDir = newDataDir();
    const s = await start(dataDir);
    const before = tree(join(dataDir, 'library'));
    const job = await add(s, name, bytes);
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(message);
    expect((await s.handlers.listDocuments()).some((e) => e.origin === 'added')).toBe(false);
    expect(tree(join(dataDir, 'library'))).toEqual(before);
  });

  it('refuses a file over the size limit at the boundary, naming it', async () => {
    const { parseArgs } = await import('../../../common/contract');
    const big = 'A'.repeat(Math.ceil((26 * 1024 * 1024) / 3) * 4);
    const r = parseArgs('addDocument', ['huge.txt', big]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/huge\.txt is about 26\.0 MB; the limit is 25\.0 MB/);
    expect(parseArgs('addDocument', ['../etc/passwd', 'AAAA']).ok).toBe(false);
  });

  it('remove sends its annotations to the Trash; adding the same file again restores them under the same id', async () => {
    const dataDir = newDataDir();
    let s = await start(dataDir);
    const entry = (await add(s, 'coop.md', SAMPLE)).entry!;
    const doc = await s.handlers.getDocument(entry.id);
    const model = docText(doc);
    const block = doc.blocks.find((b) => b.number === '2')!;
    const at = [...model.text].join('').indexOf('readmission agreements');
    const ann = await s.handlers.createAnnotation({
      docId: entry.id,
      blockId: block.id,
      quote: { type: 'TextQuoteSelector', exact: 'readmission agreements', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: at, end: at + 'readmission agreements'.length },
      color: 'yellow',
      note: '',
      tags: [],
    });
    expect(await s.handlers.removeDocument(entry.id)).toBe(1);
    expect((await s.handlers.listDocuments()).some((e) => e.id === entry.id)).toBe(false);
    expect((await s.handlers.listTrash()).map((a) => a.id)).toEqual([ann.id]);
    expect((await s.handlers.search('quintessential')).total).toBe(0);
    await expect(async () => s.handlers.restoreAnnotation(ann.id)).rejects.toThrow(/add the same file again/);
    expect(fs.existsSync(join(dataDir, 'library/docs', entry.id))).toBe(false);

    // A restart in between: the removal record is on disk.
    await open.pop()!.close();
    s = await start(dataDir);
    const back = await add(s, 'renamed.md', SAMPLE);
    expect(back.entry!.id).toBe(entry.id);
    expect(back.restored).toBe(1);
    expect((await s.handlers.listAnnotations(entry.id)).map((a) => a.id)).toEqual([ann.id]);
  });

  it('corrects metadata: search filters and the entry follow; bundled documents refuse', async () => {
    const s = await start(newDataDir());
    await s.handlers.search('x');
    const entry = (await add(s, 'coop.md', SAMPLE)).entry!;
    const next = await s.handlers.updateDocumentMetadata(entry.id, { date: '2019-05-02', docType: 'report', symbol: '' });
    expect(next).toMatchObject({ date: '2019-05-02', docType: 'report' });
    expect(next.symbol).toBeUndefined();
    expect((await s.handlers.search('quintessential', { years: [2019] })).total).toBe(1);
    expect((await s.handlers.search('quintessential', { years: [2026] })).total).toBe(0);
    expect((await s.handlers.getDocument(entry.id)).date).toBe('2019-05-02');
    expect(() => s.handlers.updateDocumentMetadata('a-68-370', { title: 'x' })).toThrow(/ships with Plenary/);
    expect(() => s.handlers.removeDocument('a-68-370')).toThrow(/ships with Plenary/);
  });

  it('openOriginal hands back the bytes in the twin, or opens the file through the injected function', async () => {
    const s = await start(newDataDir());
    const entry = (await add(s, 'coop.md', SAMPLE)).entry!;
    const file = await s.handlers.openOriginal(entry.id);
    expect(file).toMatchObject({ fileName: 'coop.md', mime: 'text/markdown', opened: false });
    expect(Buffer.from(file.data!, 'base64').toString('utf8')).toBe(SAMPLE);

    const dataDir = newDataDir();
    const opened: string[] = [];
    const d = await createServices({ corpusDir, dataDir, warmSearchAfterMs: 60_000, openPath: async (p) => (opened.push(p), ''), pickFiles: async () => [{ name: 'picked.md', bytes: Buffer.from(SAMPLE) }] });
    open.push(d);
    const [job] = await d.handlers.addDocumentsFromDialog();
    const done = await finish(d, job!);
    expect(await d.handlers.openOriginal(done.entry!.id)).toMatchObject({ opened: true });
    expect(opened[0]).toBe(join(dataDir, 'library/docs', done.entry!.id, 'original.md'));
    await expect(async () => s.handlers.addDocumentsFromDialog()).rejects.toThrow(/Add documents/);
  });

  it('compare includes added documents: a revision shows its changed paragraph', async () => {
    const s = await start(newDataDir());
    const a = (await add(s, 'draft.md', SAMPLE)).entry!;
    const b = (await add(s, 'rev1.md', SAMPLE.replace('a revised draft', 'a second revised draft').replace('A/AC.99/2026/7', 'A/AC.99/2026/7/Rev.1'))).entry!;
    const alignment = await s.handlers.alignDocuments(a.id, b.id);
    // The edited paragraph still pairs with its original (the redline is drawn from this pair).
    expect(alignment.pairs).toContainEqual(expect.objectContaining({ leftId: 'p-3', rightId: 'p-3' }));
    expect((await s.handlers.getDocument(b.id)).blocks.find((x) => x.id === 'p-3')!.text).toContain('second revised draft');
  });
});
