import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nameProblem, writeInside } from '../../../main/export/write';

let root: string;
let folder: string;
let outside: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plenary-write-'));
  folder = path.join(root, 'exports');
  outside = path.join(root, 'elsewhere');
  mkdirSync(folder);
  mkdirSync(outside);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeInside', () => {
  it('writes the file inside the folder and returns its path', async () => {
    const written = await writeInside(folder, 'notes de séance.md', '# Notes\n');
    expect(written).toBe(path.join(folder, 'notes de séance.md'));
    expect(readFileSync(written, 'utf8')).toBe('# Notes\n');
    expect(readdirSync(folder)).toEqual(['notes de séance.md']);
  });

  it('writes bytes and replaces an existing file', async () => {
    await writeInside(folder, 'a.docx', 'old');
    await writeInside(folder, 'a.docx', new Uint8Array([80, 75, 3, 4]));
    expect([...readFileSync(path.join(folder, 'a.docx'))]).toEqual([80, 75, 3, 4]);
    expect(readdirSync(folder)).toEqual(['a.docx']);
  });

  it.each([
    ['../escape.md', /folder separator/],
    ['..', /not a file name/],
    ['sub/x.md', /folder separator/],
    ['sub\\x.md', /folder separator/],
    [path.resolve('/', 'abs.md'), /folder separator|absolute/],
    ['C:evil.md', /absolute/],
    ['', /empty/],
    ['nul\0.md', /NUL/],
  ])('refuses the name %j', async (name, message) => {
    await expect(writeInside(folder, name, 'x')).rejects.toThrow(message);
    expect(readdirSync(root).sort()).toEqual(['elsewhere', 'exports']);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses to write through a link that leads out of the folder', async () => {
    const victim = path.join(outside, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, path.join(folder, 'brief.md'));
    await expect(writeInside(folder, 'brief.md', 'overwritten')).rejects.toThrow(/link to a place outside/);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('refuses a dangling link, which would create a file wherever it points', async () => {
    symlinkSync(path.join(outside, 'new.txt'), path.join(folder, 'brief.md'));
    await expect(writeInside(folder, 'brief.md', 'x')).rejects.toThrow(/link to a place outside/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('follows a linked folder the user chose, and writes inside its target', async () => {
    const link = path.join(root, 'link-to-exports');
    symlinkSync(folder, link);
    const written = await writeInside(link, 'x.md', 'ok');
    expect(written).toBe(path.join(folder, 'x.md'));
  });

  it('refuses a folder that does not exist', async () => {
    await expect(writeInside(path.join(root, 'missing'), 'x.md', 'x')).rejects.toThrow(/does not exist/);
  });
});

describe('nameProblem', () => {
  it('accepts a plain name', () => {
    expect(nameProblem('Pacte mondial - notes.md')).toBeNull();
  });
});
