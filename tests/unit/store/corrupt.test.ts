import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../main/store';
import { DEFAULT_SETTINGS, type Annotation } from '../../../common/model';
import { newAnnotation, tempDir } from './helpers';

const open: Store[] = [];
function openStore(dir: string): Store {
  const s = createStore(dir);
  open.push(s);
  return s;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  // Nothing read from a damaged file may reach the global prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

const FILE = 'annotations-a-68-370.json';

/** A folder with three saved annotations, closed and reopened once so a backup holds them all. */
async function savedFolder(): Promise<{ dir: string; ids: string[] }> {
  const dir = tempDir('corrupt');
  const store = createStore(dir);
  const ids = [0, 1, 2].map((i) => (store.createAnnotation(newAnnotation({ note: `n${i}` })) as Annotation).id);
  store.setSettings({ fontSize: 22 });
  await store.close();
  await createStore(dir).close(); // backs up the folded file
  return { dir, ids };
}

const asideFiles = (dir: string, name = FILE) => fs.readdirSync(dir).filter((f) => f.startsWith(`${name}.corrupt-`));

describe('a damaged annotations file', () => {
  const damages: [string, (p: string) => void][] = [
    ['truncated JSON', (p) => fs.truncateSync(p, Math.floor(fs.statSync(p).size / 2))],
    ['a 0-byte file', (p) => fs.writeFileSync(p, '')],
    ['wrong types at the top', (p) => fs.writeFileSync(p, '{"version":1,"docId":"a-68-370","annotations":"oops"}')],
    ['a version that is not a number', (p) => fs.writeFileSync(p, '{"version":"1","docId":"a-68-370","annotations":[]}')],
    ['a file of another document', (p) => fs.writeFileSync(p, '{"version":1,"docId":"ic-2009-1","annotations":[]}')],
    [
      '__proto__ keys',
      (p) =>
        fs.writeFileSync(
          p,
          '{"version":1,"docId":"a-68-370","annotations":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        ),
    ],
    ['a newer version', (p) => fs.writeFileSync(p, '{"version":99,"docId":"a-68-370","annotations":[]}')],
    ['binary garbage', (p) => fs.writeFileSync(p, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b]))],
  ];

  it.each(damages)('%s: kept aside, the backup restored, a notice recorded', async (_label, damage) => {
    const { dir, ids } = await savedFolder();
    const p = path.join(dir, FILE);
    damage(p);
    const damaged = fs.readFileSync(p);
    const store = openStore(dir);
    expect(store.listAnnotations().map((a) => a.id).sort()).toEqual([...ids].sort());
    const notices = store.storeNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ docId: 'a-68-370', file: FILE });
    expect(notices[0]!.message).toMatch(/was restored/);
    const aside = asideFiles(dir);
    expect(aside).toHaveLength(1);
    expect(notices[0]!.message).toContain(aside[0]);
    expect(fs.readFileSync(path.join(dir, aside[0]!)).equals(damaged)).toBe(true);
    // The repaired file is good again: the next start is quiet.
    await store.close();
    expect(openStore(dir).storeNotices()).toEqual([]);
  });

  it('starts empty, with a notice, when no backup can be read either', () => {
    const dir = tempDir('corrupt');
    fs.writeFileSync(path.join(dir, FILE), '{"version":1,');
    const store = openStore(dir);
    expect(store.listAnnotations()).toEqual([]);
    expect(store.storeNotices()[0]!.message).toMatch(/No backup could be read, so it starts empty/);
    expect(asideFiles(dir)).toHaveLength(1);
    store.createAnnotation(newAnnotation());
    expect(store.listAnnotations()).toHaveLength(1);
  });

  it('a folder where the file should be: moved aside, the store works', async () => {
    const { dir, ids } = await savedFolder();
    const p = path.join(dir, FILE);
    fs.rmSync(p);
    fs.mkdirSync(p);
    fs.writeFileSync(path.join(p, 'inside.txt'), 'kept');
    const store = openStore(dir);
    expect(store.listAnnotations().map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(store.storeNotices()[0]!.message).toMatch(/a folder is where the file should be/);
    const aside = asideFiles(dir);
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, aside[0]!, 'inside.txt'), 'utf8')).toBe('kept');
    store.createAnnotation(newAnnotation());
    expect(fs.statSync(p).isFile()).toBe(true);
  });

  it('never overwrites a file kept aside earlier', () => {
    const dir = tempDir('corrupt');
    const p = path.join(dir, FILE);
    const fixed = new Date('2025-03-01T10:00:00.000Z');
    fs.writeFileSync(p, 'first');
    void createStore(dir, { now: () => fixed }).close();
    fs.writeFileSync(p, 'second');
    void createStore(dir, { now: () => fixed }).close();
    const contents = asideFiles(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    expect(contents.sort()).toEqual(['first', 'second']);
  });

  it('restores a missing file from its backup', async () => {
    const { dir, ids } = await savedFolder();
    fs.rmSync(path.join(dir, FILE));
    const store = openStore(dir);
    expect(store.listAnnotations()).toHaveLength(ids.length);
    expect(store.storeNotices()[0]!.message).toMatch(/was missing.*was restored/);
  });

  it('falls back to an older backup when the newest is damaged too', async () => {
    const { dir, ids } = await savedFolder();
    fs.writeFileSync(path.join(dir, 'backups', `${FILE}.1`), '{');
    fs.writeFileSync(path.join(dir, 'backups', `${FILE}.2`), fs.readFileSync(path.join(dir, FILE)));
    fs.writeFileSync(path.join(dir, FILE), '');
    const store = openStore(dir);
    expect(store.listAnnotations()).toHaveLength(ids.length);
    expect(store.storeNotices()[0]!.message).toContain(`backups/${FILE}.2`);
  });
});

describe('a file with some bad entries', () => {
  it('keeps the good annotations, reports the bad ones and keeps the original aside', async () => {
    const { dir, ids } = await savedFolder();
    const p = path.join(dir, FILE);
    const data = JSON.parse(fs.readFileSync(p, 'utf8'));
    data.annotations[1].color = 'pink';
    data.annotations[2].__proto__ = { polluted: true }; // an own "__proto__" key once serialized
    const text = JSON.stringify(data).replace('"note":"n2"', '"note":"n2","__proto__":{"polluted":true}');
    fs.writeFileSync(p, text);
    const store = openStore(dir);
    expect(store.listAnnotations().map((a) => a.id)).toEqual([ids[0]]);
    const [notice] = store.storeNotices();
    expect(notice!.message).toMatch(/^2 entries of annotations-a-68-370\.json could not be read/);
    expect(notice!.message).toContain(ids[1]);
    expect(fs.readFileSync(path.join(dir, asideFiles(dir)[0]!), 'utf8')).toBe(text);
  });

  it('settings: a bad value falls back to its default, the others are kept', async () => {
    const { dir } = await savedFolder();
    fs.writeFileSync(
      path.join(dir, 'settings.json'),
      '{"version":1,"settings":{"fontSize":"huge","theme":"dark","__proto__":{"polluted":true},"extra":1}}',
    );
    const store = openStore(dir);
    expect(store.getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const [notice] = store.storeNotices();
    expect(notice).toMatchObject({ docId: null, file: 'settings.json' });
    expect(notice!.message).toMatch(/fontSize/);
    expect(asideFiles(dir, 'settings.json')).toHaveLength(1);
  });

  it('a damaged journal: the readable saves are kept, the journal is kept aside', () => {
    const dir = tempDir('corrupt');
    const store = createStore(dir);
    const a = store.createAnnotation(newAnnotation()) as Annotation;
    const b = store.createAnnotation(newAnnotation()) as Annotation;
    // Simulate a crash (no close), then damage the journal between the two saves.
    const journal = path.join(dir, 'annotations-a-68-370.journal');
    const lines = fs.readFileSync(journal, 'utf8').split('\n');
    fs.writeFileSync(journal, [lines[0], '{"v":1,"op":"put","a":{"id":"x"}}', 'garbage', lines[1], '{"v":1,'].join('\n'));
    const again = openStore(dir);
    expect(again.listAnnotations().map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    const [notice] = again.storeNotices();
    expect(notice!.message).toMatch(/3 entries of the save journal/);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('annotations-a-68-370.journal.corrupt-'))).toBe(true);
  });
});

describe('start-up repairs', () => {
  it('removes temporary files of an interrupted atomic write, leaving the file intact', async () => {
    const { dir, ids } = await savedFolder();
    const tmp = path.join(dir, `${FILE}.tmp-1234567890abcdef`);
    fs.writeFileSync(tmp, '{"half');
    const store = openStore(dir);
    expect(store.listAnnotations()).toHaveLength(ids.length);
    expect(fs.existsSync(tmp)).toBe(false);
    expect(store.storeNotices()).toEqual([]);
  });
});
