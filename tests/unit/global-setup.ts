// Unit tests that read the corpus use the real build output: build it
// (incrementally, so this is instant when nothing changed).
import { join, resolve } from 'node:path';
import { buildCorpus } from '../../scripts/build-corpus';

export default function setup() {
  const root = resolve(import.meta.dirname, '../..');
  buildCorpus({ corpusDir: join(root, 'corpus'), outDir: join(root, 'corpus/out'), log: () => {} });
}
