/**
 * The real corpus, ingested as the app ingests it, for the alignment tests.
 * Loaded once per test file (ingestion is pure and fast).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestDocument, parseCatalog } from '../../../common/ingest';
import type { StructuredDocument } from '../../../common/model';

const ROOT = fileURLToPath(new URL('../../../corpus', import.meta.url));

let cache: Map<string, StructuredDocument> | undefined;

/** Every document of corpus/catalog.json, by id, in catalog order. */
export function loadCorpus(): Map<string, StructuredDocument> {
  if (cache) return cache;
  const catalog = parseCatalog(JSON.parse(readFileSync(join(ROOT, 'catalog.json'), 'utf8')));
  if (!catalog.ok) throw new Error(catalog.error);
  cache = new Map(
    catalog.value.map((entry) => {
      const text = readFileSync(join(ROOT, 'sources', entry.source), 'utf8');
      return [entry.id, ingestDocument(entry, text).doc];
    }),
  );
  return cache;
}

export function corpusDoc(id: string): StructuredDocument {
  const doc = loadCorpus().get(id);
  if (!doc) throw new Error(`corpus has no document "${id}"`);
  return doc;
}

/** The block of `doc` whose text starts with `prefix` (exactly one, or the test is wrong). */
export function blockStartingWith(doc: StructuredDocument, prefix: string): StructuredDocument['blocks'][number] {
  const hits = doc.blocks.filter((b) => b.text.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`${doc.id}: ${hits.length} blocks start with "${prefix}"`);
  return hits[0]!;
}
