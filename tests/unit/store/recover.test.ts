/**
 * openJsonFile: the store's recovery path for any other JSON file of the
 * data folder (the document library's manifest uses it), with a zod schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backupJsonFile, openJsonFile, saveJsonFile } from '../../../main/store/recover';
import { tempDir } from './helpers';

const Manifest = z.object({ version: z.literal(1), docs: z.array(z.string()) }).strict();
const defaults = () => ({ version: 1 as const, docs: [] });

describe('openJsonFile', () => {
  it('reads a good file quietly, and a missing one as the defaults', () => {
    const dir = tempDir('recover');
    const file = path.join(dir, 'library.json');
    expect(openJsonFile(file, Manifest, defaults)).toMatchObject({ value: { docs: [] }, notice: null, needsWrite: false });
    saveJsonFile(file, JSON.stringify({ version: 1, docs: ['a'] }));
    expect(openJsonFile(file, Manifest, defaults)).toMatchObject({ value: { docs: ['a'] }, notice: null, storeNotice: null });
  });

  it('moves a bad file aside, restores the newest good backup, and says so', () => {
    const dir = tempDir('recover');
    const file = path.join(dir, 'library.json');
    saveJsonFile(file, JSON.stringify({ version: 1, docs: ['a', 'b'] }));
    backupJsonFile(file);
    fs.writeFileSync(file, '{"version":1,"docs":["a",');
    const opened = openJsonFile(file, Manifest, defaults);
    expect(opened.value.docs).toEqual(['a', 'b']);
    expect(opened.needsWrite).toBe(true);
    const aside = fs.readdirSync(dir).filter((f) => f.startsWith('library.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(fs.existsSync(file)).toBe(false); // moved, not copied
    expect(opened.storeNotice).toEqual({
      docId: null,
      file: 'library.json',
      message: expect.stringMatching(/^library\.json could not be read \(.+\)\. It was moved aside to .*library\.json\.corrupt-.*\. The backup saved at .* \(backups\/library\.json\.1\) was restored\.$/),
    });
    expect(opened.notice).toContain(path.join(dir, aside[0]!));
  });

  it('a file of the wrong shape, with no backup: the defaults, and the schema problem named', () => {
    const dir = tempDir('recover');
    const file = path.join(dir, 'library.json');
    fs.writeFileSync(file, '{"version":1,"docs":[3]}');
    const opened = openJsonFile(file, Manifest, defaults);
    expect(opened.value).toEqual(defaults());
    expect(opened.notice).toMatch(/^library\.json could not be read \(docs\.0: .*\)\..* No backup could be read, so it starts from the defaults\.$/);
  });

  it('a save that fails names the file, not a temporary file, and leaves no temporary file', () => {
    const dir = tempDir('recover');
    const file = path.join(dir, 'library.json');
    fs.mkdirSync(file); // a folder in its place: the rename over it fails
    fs.writeFileSync(path.join(file, 'x'), '');
    expect(() => saveJsonFile(file, '{}')).toThrow(`library.json could not be saved in ${dir} (`);
    expect(fs.readdirSync(dir)).toEqual(['library.json']);
  });
});
