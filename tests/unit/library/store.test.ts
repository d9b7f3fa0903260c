/** The added-documents store on disk: atomic layout, leftovers, a damaged manifest, ids and hashes. */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AddedEntry } from '../../../common/model';
import { contentHash, documentId, slugify } from '../../../main/library/ids';
import { LibraryStore } from '../../../main/library/store';

const dataDir = () => fs.mkdtempSync(join(tmpdir(), 'plenary-libstore-'));
const bytes = Buffer.from('1. Hello world.\n');
const entry = (id: string, hash = contentHash(bytes)): AddedEntry => ({
  id,
  source: 'hello.txt',
  shortName: 'Hello',
  title: 'Hello',
  date: '2026-01-02',
  place: '',
  organizer: '',
  docType: 'other',
  language: 'en',
  origin: 'added',
  format: 'text',
  addedAt: '2026-01-02T03:04:05.000Z',
  contentHash: hash,
});
const body = { blocks: [{ id: 'p-1', kind: 'paragraph' as const, text: 'Hello world.', md: 'Hello world.', headingPath: [] }], footnotes: [], warnings: [] };

describe('LibraryStore', () => {
  it('writes a document whole and reads it back after a restart', () => {
    const dir = dataDir();
    new LibraryStore(dir).add(entry('hello-1234abcd'), bytes, body, { shard: true });
    const again = new LibraryStore(dir);
    expect(again.entries().map((e) => e.id)).toEqual(['hello-1234abcd']);
    expect(again.body('hello-1234abcd').blocks[0]!.text).toBe('Hello world.');
    expect(again.shard('hello-1234abcd')).toEqual({ shard: true });
    expect(fs.readFileSync(again.originalPath('hello-1234abcd'))).toEqual(bytes);
  });

  it('removes staging folders and temporary files an interrupted add left behind', () => {
    const dir = dataDir();
    new LibraryStore(dir);
    fs.mkdirSync(join(dir, 'library/docs/.staging-abc'));
    fs.writeFileSync(join(dir, 'library/docs/.staging-abc/document.json'), '{"half');
    fs.writeFileSync(join(dir, 'library/manifest.json.tmp-123'), '{');
    const s = new LibraryStore(dir);
    expect(fs.readdirSync(join(dir, 'library/docs'))).toEqual([]);
    expect(fs.readdirSync(join(dir, 'library'))).not.toContain('manifest.json.tmp-123');
    expect(s.entries()).toEqual([]);
  });

  it.each([
    ['not JSON', '{"version":1,"documents":['],
    ['a wrong shape', '{"version":1,"documents":[{"id":"X"}],"removed":[]}'],
    ['empty', ''],
  ])('a manifest that is %s is kept aside, rebuilt from the folders, and a notice says so', (_what, text) => {
    const dir = dataDir();
    new LibraryStore(dir).add(entry('hello-1234abcd'), bytes, body, {});
    fs.writeFileSync(join(dir, 'library/manifest.json'), text);
    const s = new LibraryStore(dir);
    expect(s.entries().map((e) => e.id)).toEqual(['hello-1234abcd']);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]!.message).toMatch(/could not be read .* kept as manifest\.json\.corrupt-.* 1 added document/);
    const aside = fs.readdirSync(join(dir, 'library')).find((n) => n.startsWith('manifest.json.corrupt-'))!;
    expect(fs.readFileSync(join(dir, 'library', aside), 'utf8')).toBe(text);
    // The rebuilt manifest is valid: the next start has nothing to say.
    expect(new LibraryStore(dir).notices).toEqual([]);
  });

  it('remembers a removed document by content hash until the same content is added again', () => {
    const dir = dataDir();
    const s = new LibraryStore(dir);
    s.add(entry('hello-1234abcd'), bytes, body, {});
    s.remove('hello-1234abcd', ['ann-00000001']);
    expect(fs.existsSync(join(dir, 'library/docs/hello-1234abcd'))).toBe(false);
    const again = new LibraryStore(dir);
    expect(again.removedByHash(contentHash(bytes))).toMatchObject({ id: 'hello-1234abcd', annotationIds: ['ann-00000001'] });
    again.add(entry('hello-1234abcd'), bytes, body, {});
    expect(again.removedByHash(contentHash(bytes))).toBeUndefined();
  });
});

describe('document ids', () => {
  it('are a slug of the symbol, else the title, else the file name, plus the start of the hash', () => {
    const h = contentHash(bytes);
    expect(h).toMatch(/^[a-f0-9]{64}$/);
    expect(documentId(h, { symbol: 'A/C.3/78/L.60/Rev.1', title: 'x', fileName: 'f.pdf' })).toBe(`a-c-3-78-l-60-rev-1-${h.slice(0, 8)}`);
    expect(documentId(h, { title: 'Égalité des genres', fileName: 'f.pdf' })).toBe(`egalite-des-genres-${h.slice(0, 8)}`);
    expect(documentId(h, { fileName: 'Rapport final.docx' })).toBe(`rapport-final-${h.slice(0, 8)}`);
    expect(documentId(h, { fileName: '¿¿.txt' })).toBe(`document-${h.slice(0, 8)}`);
    expect(slugify('x'.repeat(100))).toHaveLength(40);
  });
});
