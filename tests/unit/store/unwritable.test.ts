/**
 * Files that cannot be written (an immutable file as root, a read-only
 * folder otherwise): the store keeps running, names the real file (never
 * conf's temporary file), keeps saves in the journal, never throws on
 * shutdown, and the next start opens with everything.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../main/store';
import type { Annotation } from '../../../common/model';
import { newAnnotation, tempDir } from './helpers';

const undo: (() => void)[] = [];
afterEach(() => {
  for (const f of undo.splice(0)) f();
});

/**
 * Makes `file` impossible to replace and returns how to undo it: `chattr +i`
 * when running as root (root ignores permissions), else a read-only folder.
 */
function makeUnwritable(file: string): boolean {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
      undo.push(() => execFileSync('chattr', ['-i', file], { stdio: 'ignore' }));
      return true;
    } catch {
      return false; // no chattr, or a file system without the flag
    }
  }
  const dir = path.dirname(file);
  fs.chmodSync(dir, 0o555);
  undo.push(() => fs.chmodSync(dir, 0o755));
  return true;
}
const release = () => {
  for (const f of undo.splice(0)) f();
};

const FILE = 'annotations-a-68-370.json';

describe('an annotations file that cannot be replaced', () => {
  it('keeps saves in the journal, closes without throwing, names the real file, and recovers once writable', async (t) => {
    const dir = tempDir('unwritable');
    const first = createStore(dir, { compactEvery: 3 });
    const before = first.createAnnotation(newAnnotation({ note: 'avant' })) as Annotation;
    await first.close();

    const store = createStore(dir, { compactEvery: 3 });
    // Skipped only where the file cannot be made unwritable (no chattr, not root): the case cannot be set up there.
    if (!makeUnwritable(path.join(dir, FILE))) return t.skip();
    // Enough saves to pass the compaction threshold: each is acknowledged all the same.
    const saved = [1, 2, 3, 4].map((i) => (store.createAnnotation(newAnnotation({ note: `pendant ${i}` })) as Annotation).id);
    const notice = store.storeNotices().find((n) => n.file === FILE);
    expect(notice?.message).toMatch(new RegExp(`^${FILE.replace(/\./g, '\\.')} could not be saved in ${dir} \\((permission denied|the disk is read-only)\\); saves are kept in its journal`));
    expect(notice!.message).not.toMatch(/\.tmp/);
    await expect(store.close()).resolves.toBeUndefined(); // shutdown never throws

    // A later start still opens, with every acknowledged save, and says why the file is not rewritten.
    const again = createStore(dir);
    expect(again.listAnnotations().map((a) => a.id).sort()).toEqual([before.id, ...saved].sort());
    expect(again.storeNotices().map((n) => n.message).join('\n')).toMatch(/could not be saved/);
    expect(again.storeNotices().map((n) => n.message).join('\n')).not.toMatch(/\.tmp/);
    await again.close();

    release();
    const fixed = createStore(dir);
    expect(fixed.storeNotices()).toEqual([]);
    expect(fixed.listAnnotations()).toHaveLength(5);
    await fixed.close();
    // Folded into the file at last: the journal is empty.
    expect(fs.readFileSync(path.join(dir, 'annotations-a-68-370.journal'), 'utf8')).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, FILE), 'utf8')).annotations).toHaveLength(5);
  });
});

describe('bookmarks and reading positions that cannot be replaced', () => {
  const changes: [string, (s: Store) => unknown][] = [
    ['bookmarks.json', (s) => s.setBookmark('a-68-370', 'p-9', true)],
    ['reading-positions.json', (s) => s.setReadingPosition('a-68-370', 'p-9')],
  ];
  for (const [name, change] of changes)
    it(`${name}: the change is refused, naming the file; the store keeps running and saves once the file is writable`, async (t) => {
    const dir = tempDir('unwritable');
    const first = createStore(dir);
    first.setBookmark('a-68-370', 'p-1', true);
    first.setReadingPosition('a-68-370', 'p-1');
    await first.close();
    const store = createStore(dir);
    // Skipped only where the file cannot be made unwritable (no chattr, not root).
    if (!makeUnwritable(path.join(dir, name))) return t.skip();
    expect(() => change(store)).toThrow(new RegExp(`^${name.replace(/\./g, '\\.')} could not be saved in `));
    expect(store.listBookmarks('a-68-370').map((b) => b.blockId)).toEqual(['p-1']);
    expect(store.getReadingPosition('a-68-370')).toBe('p-1');
    release();
    change(store);
    await expect(store.close()).resolves.toBeUndefined();
    const again = createStore(dir);
    expect(again.storeNotices()).toEqual([]);
    await again.close();
    });
});

describe('a settings file that cannot be replaced', () => {
  it('refuses the change with a message naming settings.json, keeps the old value, and the store keeps working', async (t) => {
    const dir = tempDir('unwritable');
    const first = createStore(dir);
    first.setSettings({ fontSize: 21 });
    await first.close();
    const store = createStore(dir);
    if (!makeUnwritable(path.join(dir, 'settings.json'))) return t.skip();
    expect(() => store.setSettings({ fontSize: 25 })).toThrow(/^settings\.json could not be saved in .*; the change was not saved/);
    expect(store.getSettings().fontSize).toBe(21);
    // Other files still save.
    store.setBookmark('a-68-370', 'p-2', true);
    release();
    expect(store.setSettings({ fontSize: 25 }).fontSize).toBe(25); // tried again, saved
    await store.close();
  });
});

describe('a damaged file that cannot even be moved aside', () => {
  it('is left exactly as found, the store opens with its backup, and it is never overwritten', async (t) => {
    const dir = tempDir('unwritable');
    const first = createStore(dir);
    first.setSettings({ fontSize: 21 });
    await first.close();
    await createStore(dir).close(); // backs it up
    const p = path.join(dir, 'settings.json');
    fs.writeFileSync(p, '{"version":1,"sett');
    // An immutable file (root): a read-only folder, the other way, would also refuse the lock file.
    if (process.getuid?.() !== 0 || !makeUnwritable(p)) return t.skip();
    const store = createStore(dir);
    expect(store.getSettings().fontSize).toBe(21);
    const [notice] = store.storeNotices();
    expect(notice!.message).toMatch(/^settings\.json could not be read \(.*\)\. It could not be moved aside \(.*\), so it is left as it is.*was restored\.$/);
    expect(() => store.setSettings({ fontSize: 30 })).toThrow(/not overwritten/);
    expect(fs.readFileSync(p, 'utf8')).toBe('{"version":1,"sett');
    await expect(store.close()).resolves.toBeUndefined();
  });
});

describe('a full disk', () => {
  /** A 512 KiB tmpfs (root only, where mounting is allowed); null when not possible here. */
  function smallDisk(): string | null {
    if (process.getuid?.() !== 0) return null;
    const dir = tempDir('full');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      return null;
    }
    undo.push(() => execFileSync('umount', ['-l', dir], { stdio: 'ignore' }));
    return dir;
  }
  const fill = (dir: string) => {
    const filler = path.join(dir, 'filler.bin');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024, 1));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    return () => fs.rmSync(filler);
  };

  it('a save is refused with the real file named and "the disk is full"; after space is freed, saves work and nothing is lost', async (t) => {
    const dir = smallDisk();
    if (!dir) return t.skip();
    const store = createStore(dir);
    const kept = store.createAnnotation(newAnnotation({ note: 'avant' })) as Annotation;
    store.setSettings({ fontSize: 19 });
    const free = fill(dir);
    expect(() => store.createAnnotation(newAnnotation({ note: 'x'.repeat(20_000) }))).toThrow(
      `annotations-a-68-370.journal could not be saved in ${dir} (the disk is full); the change was not saved.`,
    );
    expect(() => store.setSettings({ fontSize: 30 })).toThrow(`settings.json could not be saved in ${dir} (the disk is full)`);
    expect(store.listAnnotations().map((a) => a.id)).toEqual([kept.id]);
    free();
    const after = store.createAnnotation(newAnnotation({ note: 'après' })) as Annotation;
    await expect(store.close()).resolves.toBeUndefined();
    const again = createStore(dir);
    expect(again.listAnnotations().map((a) => a.id).sort()).toEqual([kept.id, after.id].sort());
    expect(again.getSettings().fontSize).toBe(19);
    await again.close();
  });
});
