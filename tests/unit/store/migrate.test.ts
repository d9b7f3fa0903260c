import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../main/store';
import { AnnotationSchema, DEFAULT_SETTINGS } from '../../../common/model';
import { tempDir } from './helpers';

const open: Store[] = [];
function openStore(dir: string): Store {
  const s = createStore(dir);
  open.push(s);
  return s;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

/** Version 0: a bare list with flat selector fields, as written before files had a version. */
const V0_ANNOTATIONS = [
  {
    id: 'legacy-0001',
    blockId: 'p-3',
    text: 'les auditions informelles',
    prefix: '1. ',
    suffix: ' interactives',
    start: 3,
    end: 28,
    color: 'blue',
    note: 'Ancienne note',
    createdAt: '2024-05-01T08:00:00.000Z',
  },
  {
    id: 'legacy-0002',
    docId: 'a-68-370',
    blockId: 'p-4',
    text: 'Président',
    start: 40,
    end: 49,
    createdAt: '2024-05-02T08:00:00.000Z',
    updatedAt: '2024-05-03T08:00:00.000Z',
    trashedAt: '2024-05-04T08:00:00.000Z',
  },
];

describe('migrations', () => {
  it('brings a version-0 annotations file forward, keeping the old file as a backup', () => {
    const dir = tempDir('migrate');
    const file = path.join(dir, 'annotations-a-68-370.json');
    const original = JSON.stringify(V0_ANNOTATIONS);
    fs.writeFileSync(file, original);

    const store = openStore(dir);
    expect(store.storeNotices()).toEqual([]);
    const [a] = store.listAnnotations('a-68-370');
    expect(AnnotationSchema.parse(a)).toEqual({
      id: 'legacy-0001',
      docId: 'a-68-370',
      blockId: 'p-3',
      quote: { type: 'TextQuoteSelector', exact: 'les auditions informelles', prefix: '1. ', suffix: ' interactives' },
      position: { type: 'TextPositionSelector', start: 3, end: 28 },
      color: 'blue',
      note: 'Ancienne note',
      tags: [],
      author: '',
      created: '2024-05-01T08:00:00.000Z',
      modified: '2024-05-01T08:00:00.000Z',
    });
    const [trashed] = store.listTrash();
    expect(trashed).toMatchObject({ id: 'legacy-0002', deleted: '2024-05-04T08:00:00.000Z', color: 'yellow' });

    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(onDisk.version).toBe(1);
    expect(onDisk.annotations).toHaveLength(2);
    const backups = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.startsWith('annotations-a-68-370.json.'));
    const contents = backups.map((b) => fs.readFileSync(path.join(dir, 'backups', b), 'utf8'));
    expect(contents).toContain(original);
  });

  it('migrates version-0 settings, bookmarks and reading positions', () => {
    const dir = tempDir('migrate');
    fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ author: 'Ana', theme: 'dark' }));
    fs.writeFileSync(
      path.join(dir, 'bookmarks.json'),
      JSON.stringify([{ docId: 'ic-2009-1', blockId: 'p-1', created: '2024-01-01T00:00:00.000Z' }]),
    );
    fs.writeFileSync(path.join(dir, 'reading-positions.json'), '{"ic-2009-1":"p-9","__proto__":"p-1"}');
    const store = openStore(dir);
    expect(store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, author: 'Ana', theme: 'dark' });
    expect(store.listBookmarks('ic-2009-1')).toHaveLength(1);
    expect(store.getReadingPosition('ic-2009-1')).toBe('p-9');
    // The "__proto__" entry is not a document id: left out and reported, never assigned.
    expect(store.storeNotices()).toHaveLength(1);
    expect(store.storeNotices()[0]!.file).toBe('reading-positions.json');
    expect(({} as Record<string, unknown>)['ic-2009-1']).toBeUndefined();
    for (const f of ['settings.json', 'bookmarks.json', 'reading-positions.json']) {
      expect(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).version).toBe(1);
    }
  });

  it('refuses to overwrite a file written by a newer version, keeping it aside', () => {
    const dir = tempDir('migrate');
    const newer = '{"version":7,"settings":{"author":"future"}}';
    fs.writeFileSync(path.join(dir, 'settings.json'), newer);
    const store = openStore(dir);
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(store.storeNotices()[0]!.message).toMatch(/newer version of Plenary/);
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('settings.json.corrupt-'))!;
    expect(fs.readFileSync(path.join(dir, aside), 'utf8')).toBe(newer);
  });
});
