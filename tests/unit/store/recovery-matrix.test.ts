/**
 * Every file the store reads × every kind of damage: the store opens, the
 * bad file is moved aside (not copied: it no longer sits where conf would read
 * it), the newest good backup takes its place, a notice names the file and
 * where the damaged one was kept, nothing acknowledged is lost, and the next
 * start is quiet (no new `.corrupt` copy on each retry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../main/store';
import type { Annotation } from '../../../common/model';
import { newAnnotation, tempDir } from './helpers';

const open: Store[] = [];
const track = (s: Store) => (open.push(s), s);
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

const ANN = 'annotations-a-68-370.json';

/** A folder with annotations, settings, a bookmark and a reading position, all backed up. */
async function savedFolder() {
  const dir = tempDir('matrix');
  const store = createStore(dir);
  const ids = [0, 1].map((i) => (store.createAnnotation(newAnnotation({ note: `n${i}` })) as Annotation).id);
  store.setSettings({ fontSize: 22, author: 'Délégation' });
  store.setBookmark('a-68-370', 'p-3', true);
  store.setReadingPosition('a-68-370', 'p-7');
  await store.close();
  await createStore(dir).close(); // takes the backups of the folded files
  return { dir, ids };
}

type Damage = (p: string) => void;
const damages: Record<string, Damage> = {
  truncated: (p) => fs.truncateSync(p, Math.floor(fs.statSync(p).size / 2)),
  empty: (p) => fs.writeFileSync(p, ''),
  garbage: (p) => fs.writeFileSync(p, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b, 0x22])),
  'wrong schema': (p) => fs.writeFileSync(p, '{"version":1,"settings":[1],"bookmarks":7,"positions":"x","annotations":{}}'),
  'newer version': (p) => fs.writeFileSync(p, '{"version":99,"data":{"whatever":true}}'),
  'a folder in its place': (p) => {
    fs.rmSync(p);
    fs.mkdirSync(p);
    fs.writeFileSync(path.join(p, 'inside.txt'), 'kept');
  },
  // A link to itself cannot be read by anyone, root included (ELOOP).
  unreadable: (p) => {
    fs.rmSync(p);
    fs.symlinkSync(path.basename(p), p);
  },
};

/** What each file must still hold after recovery, read through the store. */
const files: Record<string, (s: Store, ids: string[]) => void> = {
  'settings.json': (s) => expect(s.getSettings()).toMatchObject({ fontSize: 22, author: 'Délégation' }),
  'bookmarks.json': (s) => expect(s.listBookmarks('a-68-370').map((b) => b.blockId)).toEqual(['p-3']),
  'reading-positions.json': (s) => expect(s.getReadingPosition('a-68-370')).toBe('p-7'),
  [ANN]: (s, ids) => expect(s.listAnnotations().map((a) => a.id).sort()).toEqual([...ids].sort()),
};

const asideOf = (dir: string, name: string) => fs.readdirSync(dir).filter((f) => f.startsWith(`${name}.corrupt-`));

describe('recovery matrix: every store file × every damage', () => {
  for (const [name, holds] of Object.entries(files)) {
    for (const [label, damage] of Object.entries(damages)) {
      it(`${name}, ${label}: moved aside, the backup restored, a notice, the store opens`, async () => {
        const { dir, ids } = await savedFolder();
        const p = path.join(dir, name);
        damage(p);
        const store = track(createStore(dir));
        for (const check of Object.values(files)) check(store, ids); // nothing acknowledged is lost, in any file
        const notices = store.storeNotices();
        expect(notices).toHaveLength(1);
        const [notice] = notices;
        expect(notice!.file).toBe(name);
        const aside = asideOf(dir, name);
        expect(aside).toHaveLength(1);
        expect(notice!.message).toContain(name);
        expect(notice!.message).toContain(aside[0]);
        expect(notice!.message).toContain(dir); // where it was kept
        expect(notice!.message).toMatch(/was restored/);
        // Moved, not copied: what sits at the file's name now is the good, restored file.
        expect(fs.lstatSync(p).isFile()).toBe(true);
        holds(store, ids);
        // Changes are saved to the restored file, and the next start is quiet with no new copy.
        store.setSettings({ theme: 'dark' });
        store.createAnnotation(newAnnotation({ note: 'after' }));
        await store.close();
        open.splice(open.indexOf(store), 1);
        const again = track(createStore(dir));
        expect(again.storeNotices()).toEqual([]);
        expect(again.getSettings().theme).toBe('dark');
        expect(again.listAnnotations()).toHaveLength(ids.length + 1);
        expect(asideOf(dir, name)).toHaveLength(1);
      });
    }
  }

  it('with no backup, a damaged settings.json starts from the defaults, and conf never reads the bad file', () => {
    const dir = tempDir('matrix');
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"version":1,"settin');
    const store = track(createStore(dir));
    expect(store.getSettings().fontSize).toBeTypeOf('number');
    expect(store.storeNotices()[0]!.message).toMatch(/settings\.json could not be read.*No backup could be read, so it starts from the defaults/);
    expect(store.setSettings({ fontSize: 20 }).fontSize).toBe(20);
    expect(asideOf(dir, 'settings.json')).toHaveLength(1);
  });
});

describe('recovery of a damaged journal', () => {
  for (const [label, text] of Object.entries({
    truncated: null,
    garbage: '\u0000\u0001not json\n',
    'wrong schema': '{"v":1,"op":"put","a":{"id":"x"}}\n',
    'newer version': '{"v":2,"op":"remove","ids":[]}\n',
  })) {
    it(`${label}: the file's annotations and the readable saves are kept, the journal moved aside with a notice`, async () => {
      const { dir, ids } = await savedFolder();
      const store = createStore(dir);
      const kept = store.createAnnotation(newAnnotation({ note: 'acknowledged' })) as Annotation;
      // A crash (no close), then the journal is damaged after its first, acknowledged line.
      const journal = path.join(dir, 'annotations-a-68-370.journal');
      if (text === null) fs.appendFileSync(journal, '{"v":1,"op":"put","a":{"id":');
      else fs.appendFileSync(journal, text);
      const again = track(createStore(dir));
      expect(again.listAnnotations().map((a) => a.id).sort()).toEqual([...ids, kept.id].sort());
      const [notice] = again.storeNotices();
      expect(notice!.file).toBe('annotations-a-68-370.journal');
      const aside = asideOf(dir, 'annotations-a-68-370.journal');
      expect(aside).toHaveLength(1);
      expect(notice!.message).toContain(aside[0]);
    });
  }

  it('a folder in place of the journal: moved aside, saves work again', async () => {
    const { dir, ids } = await savedFolder();
    fs.rmSync(path.join(dir, 'annotations-a-68-370.journal'), { force: true });
    fs.mkdirSync(path.join(dir, 'annotations-a-68-370.journal'));
    const store = track(createStore(dir));
    expect(store.listAnnotations()).toHaveLength(ids.length);
    expect(store.storeNotices()[0]!.file).toBe('annotations-a-68-370.journal');
    store.createAnnotation(newAnnotation());
    expect(store.listAnnotations()).toHaveLength(ids.length + 1);
  });
});
