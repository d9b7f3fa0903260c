import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, STORE_METHODS, type Store } from '../../../main/store';
import { AnnotationSchema, DEFAULT_SETTINGS } from '../../../common/model';
import { UserError } from '../../../common/result';
import { listFiles, newAnnotation, tempDir } from './helpers';

const open: Store[] = [];
function openStore(dir: string, opts?: Parameters<typeof createStore>[1]): Store {
  const s = createStore(dir, opts);
  open.push(s);
  return s;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

describe('createStore', () => {
  it('exposes every store method of the contract, also as a plain handlers object', () => {
    const store = openStore(tempDir());
    for (const m of STORE_METHODS) {
      expect(typeof store[m]).toBe('function');
      expect(typeof store.handlers[m]).toBe('function');
    }
    expect({ ...store.handlers }).toHaveProperty('createAnnotation');
  });

  it('creates an annotation with id, author from settings and times, valid against the schema', () => {
    const store = openStore(tempDir());
    store.setSettings({ author: 'Délégation du Chili' });
    const a = store.createAnnotation(newAnnotation({ note: 'À suivre', tags: ['retour'] }));
    expect(AnnotationSchema.parse(a)).toEqual(a);
    expect(a.author).toBe('Délégation du Chili');
    expect(a.created).toBe(a.modified);
    expect(store.listAnnotations('a-68-370')).toEqual([a]);
    expect(store.listAnnotations('ic-2009-1')).toEqual([]);
  });

  it('keeps every change after closing and reopening', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const a = store.createAnnotation(newAnnotation());
    const b = store.createAnnotation(newAnnotation({ docId: 'ic-2009-1' }));
    store.updateAnnotation(a.id, { note: 'Nouvelle note', color: 'red', tags: ['x'] });
    store.deleteAnnotation(b.id);
    store.setBookmark('a-68-370', 'p-3', true);
    store.setReadingPosition('a-68-370', 'p-7');
    store.setSettings({ fontSize: 20, theme: 'sepia' });
    const before = {
      list: store.listAnnotations(),
      trash: store.listTrash(),
      bookmarks: store.listBookmarks(),
      settings: store.getSettings(),
    };
    await store.close();

    const again = openStore(dir);
    expect(again.listAnnotations()).toEqual(before.list);
    expect(again.listTrash()).toEqual(before.trash);
    expect(again.listBookmarks()).toEqual(before.bookmarks);
    expect(again.getSettings()).toEqual(before.settings);
    expect(again.getReadingPosition('a-68-370')).toBe('p-7');
    expect(again.getReadingPosition('ic-2009-1')).toBeNull();
    expect(again.storeNotices()).toEqual([]);
  });

  it('finds saves that were never folded into the JSON file (journal only, as after a crash)', () => {
    const dir = tempDir();
    const store = openStore(dir);
    const a = store.createAnnotation(newAnnotation({ note: 'crash' }));
    // No close(): the process "dies" here.
    const other = createStore(dir);
    expect(other.listAnnotations().map((x) => x.id)).toEqual([a.id]);
    void other.close();
  });

  it('writes one file per document, and a save touches only its document', () => {
    const dir = tempDir();
    const store = openStore(dir, { compactEvery: 1 });
    store.createAnnotation(newAnnotation({ docId: 'a-68-370' }));
    store.createAnnotation(newAnnotation({ docId: 'ic-2009-1' }));
    const other = path.join(dir, 'annotations-ic-2009-1.json');
    const before = fs.statSync(other).mtimeMs;
    const inode = fs.statSync(other).ino;
    store.createAnnotation(newAnnotation({ docId: 'a-68-370' }));
    expect(fs.statSync(other).mtimeMs).toBe(before);
    expect(fs.statSync(other).ino).toBe(inode);
    expect(listFiles(dir).filter((f) => f.startsWith('annotations-') && f.endsWith('.json'))).toEqual([
      'annotations-a-68-370.json',
      'annotations-ic-2009-1.json',
    ]);
  });

  it('moves to the Trash, restores, and empties the Trash for good', async () => {
    const dir = tempDir();
    const store = openStore(dir);
    const a = store.createAnnotation(newAnnotation());
    const b = store.createAnnotation(newAnnotation({ docId: 'ic-2009-1' }));
    const c = store.createAnnotation(newAnnotation());
    expect(store.deleteAnnotation(a.id)).toHaveProperty('deleted');
    store.deleteAnnotation(b.id);
    expect(store.listAnnotations().map((x) => x.id)).toEqual([c.id]);
    expect(store.listTrash().map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(store.restoreAnnotation(a.id)).not.toHaveProperty('deleted');
    expect(store.emptyTrash()).toBe(1);
    expect(store.listTrash()).toEqual([]);
    expect(() => store.restoreAnnotation(b.id)).toThrow(UserError);
    await store.close();
    const again = openStore(dir);
    expect(again.listAnnotations().map((x) => x.id).sort()).toEqual([a.id, c.id].sort());
    expect(again.listTrash()).toEqual([]);
  });

  it('refuses unknown ids, bad arguments and unknown documents with UserError messages', () => {
    const store = openStore(tempDir(), { docIds: ['a-68-370'] });
    expect(() => store.updateAnnotation('abcdefgh123', { note: 'x' })).toThrow(/no annotation with id "abcdefgh123"/);
    expect(() => store.deleteAnnotation('__proto__')).toThrow(UserError);
    expect(() => store.updateAnnotation('bad id!', { note: 'x' })).toThrow(/argument 1/);
    expect(() => store.createAnnotation(newAnnotation({ docId: 'ic-2009-1' }))).toThrow(/no document "ic-2009-1"/);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(() => store.createAnnotation({ ...newAnnotation(), id: 'x' } as any)).toThrow(UserError);
    expect(() => store.setSettings({ fontSize: 99 })).toThrow(UserError);
    expect(store.listAnnotations()).toEqual([]);
  });

  it('refuses to edit an annotation in the Trash', () => {
    const store = openStore(tempDir());
    const a = store.createAnnotation(newAnnotation());
    store.deleteAnnotation(a.id);
    expect(() => store.updateAnnotation(a.id, { note: 'x' })).toThrow(/Trash/);
  });

  it('returns frozen annotations, so callers cannot change the stored copy', () => {
    const store = openStore(tempDir());
    const a = store.createAnnotation(newAnnotation()) as { note: string; tags: string[] }; // frozen at run time
    expect(() => {
      a.note = 'changed';
    }).toThrow(TypeError);
    expect(() => a.tags.push('x')).toThrow(TypeError);
  });

  it('toggles bookmarks and merges settings', () => {
    const store = openStore(tempDir());
    expect(store.setBookmark('a-68-370', 'p-1', true)).toHaveLength(1);
    expect(store.setBookmark('a-68-370', 'p-1', true)).toHaveLength(1);
    expect(store.setBookmark('a-68-370', 'p-2', true)).toHaveLength(2);
    expect(store.setBookmark('ic-2009-1', 'p-2', true)).toHaveLength(1);
    expect(store.setBookmark('a-68-370', 'p-1', false)).toHaveLength(1);
    expect(store.listBookmarks()).toHaveLength(2);
    expect(store.getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(store.setSettings({ lang: 'fr' })).toEqual({ ...DEFAULT_SETTINGS, lang: 'fr' });
    expect(store.setSettings({ lang: undefined })).toEqual(DEFAULT_SETTINGS);
  });

  it('says where its data folder is', () => {
    const dir = tempDir();
    expect(openStore(dir).dataLocation()).toBe(path.resolve(dir));
  });
});
