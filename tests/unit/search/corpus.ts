/**
 * The real corpus, ingested the way the build step does it: catalog.json,
 * the sources, `ingestDocument`. For the relevance suite and the bench.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ingestDocument } from '../../../common/ingest';
import { CatalogEntrySchema, type StructuredDocument } from '../../../common/model';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../../corpus');

let cached: StructuredDocument[] | null = null;

/** Every document of the catalog, in catalog order. */
export function loadCorpus(): StructuredDocument[] {
  if (cached) return cached;
  const catalog = z.array(CatalogEntrySchema).parse(JSON.parse(readFileSync(join(CORPUS_DIR, 'catalog.json'), 'utf8')));
  cached = catalog.map((entry) => ingestDocument(entry, readFileSync(join(CORPUS_DIR, 'sources', entry.source), 'utf8')).doc);
  return cached;
}
