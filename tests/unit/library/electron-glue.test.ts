/** The desktop glue for "Add documents…": main's own dialog, real files read by main, limits checked before reading. */
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePickFiles, type ShowOpenDialog } from '../../../main/library/electron-glue';

describe('makePickFiles', () => {
  const dir = fs.mkdtempSync(join(tmpdir(), 'plenary-glue-'));
  fs.writeFileSync(join(dir, 'small.md'), '# Small\n\n1. One.\n');
  fs.writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));

  it('asks for several files and reads each one picked; a large or missing file becomes a named error', async () => {
    const asked: Parameters<ShowOpenDialog>[0][] = [];
    const pick = makePickFiles(async (o) => {
      asked.push(o);
      return { canceled: false, filePaths: [join(dir, 'small.md'), join(dir, 'big.txt'), join(dir, 'gone.pdf')] };
    }, 1000);
    const files = await pick();
    expect(asked[0]!.properties).toEqual(['openFile', 'multiSelections']);
    expect(files[0]).toEqual({ name: 'small.md', bytes: new Uint8Array(fs.readFileSync(join(dir, 'small.md'))) });
    expect(files[1]).toEqual({ name: 'big.txt', error: 'big.txt: the file is 0.0 MB; the limit is 0 MB.' });
    expect(files[2]).toMatchObject({ name: 'gone.pdf', error: 'gone.pdf could not be read (ENOENT).' });
  });

  it('a cancelled dialog picks nothing', async () => {
    expect(await makePickFiles(async () => ({ canceled: true, filePaths: [] }))()).toEqual([]);
  });
});
