/** Shared helpers for the store tests: real folders under the OS temp dir. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NewAnnotation } from '../../../common/contract';

export function tempDir(label = 'store'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `plenary-${label}-`));
}

let n = 0;
export function newAnnotation(over: Partial<NewAnnotation> = {}): NewAnnotation {
  n++;
  const exact = over.quote?.exact ?? `passage numéro ${n} sur la migration de retour`;
  return {
    docId: 'a-68-370',
    blockId: `p-${n % 40}`,
    quote: { type: 'TextQuoteSelector', exact, prefix: 'Les auditions informelles ', suffix: ' se sont tenues le 15 juillet' },
    position: { type: 'TextPositionSelector', start: n * 10, end: n * 10 + exact.length },
    color: 'yellow',
    note: '',
    tags: [],
    ...over,
  };
}

/** Files of a folder, recursively, relative to it. */
export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
