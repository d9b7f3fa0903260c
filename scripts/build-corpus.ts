/**
 * Build step: corpus/sources + corpus/catalog.json → corpus/out/
 *   docs/<id>.json    structured document (blocks, footnotes)
 *   index/<id>.json   serialized Lunr shard for that document
 *   manifest.json     what was built, with a hash of each document's inputs
 *
 * Incremental: a document whose source, catalog entry and pipeline are
 * unchanged is not rebuilt, so adding a document only builds that document.
 * Blocks the ingester could not classify are reported, never dropped.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ingestDocument } from '../common/ingest';
import { CatalogEntrySchema } from '../common/model';
import { buildShard, serializeShard } from '../common/search';
import { ManifestSchema, type Manifest } from '../main/services/corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Hash of the code that shapes the output: a change to it rebuilds everything. */
function pipelineHash(): string {
  const h = createHash('sha256');
  for (const dir of ['common/ingest', 'common/search']) {
    for (const f of readdirSync(join(root, dir), { recursive: true }) as string[]) {
      if (f.endsWith('.ts')) h.update(f).update(readFileSync(join(root, dir, f)));
    }
  }
  return h.digest('hex').slice(0, 16);
}

export function buildCorpus(opts: { corpusDir: string; outDir: string; force?: boolean; log?: (m: string) => void }) {
  const log = opts.log ?? ((m: string) => console.log(m));
  const started = performance.now();
  const catalog = z.array(CatalogEntrySchema).parse(JSON.parse(readFileSync(join(opts.corpusDir, 'catalog.json'), 'utf8')));
  const ids = new Set<string>();
  for (const e of catalog) {
    if (ids.has(e.id)) throw new Error(`catalog.json: document id "${e.id}" appears twice`);
    ids.add(e.id);
  }
  const previous: Manifest | null = (() => {
    try {
      return ManifestSchema.parse(JSON.parse(readFileSync(join(opts.outDir, 'manifest.json'), 'utf8')));
    } catch {
      return null;
    }
  })();
  mkdirSync(join(opts.outDir, 'docs'), { recursive: true });
  mkdirSync(join(opts.outDir, 'index'), { recursive: true });
  const pipeline = pipelineHash();
  const manifest: Manifest = { version: 1, documents: [] };
  let built = 0;
  let warnings = 0;
  for (const entry of catalog) {
    const text = readFileSync(join(opts.corpusDir, 'sources', entry.source), 'utf8');
    const inputHash = createHash('sha256').update(pipeline).update(JSON.stringify(entry)).update(text).digest('hex').slice(0, 24);
    const item = { entry, doc: `docs/${entry.id}.json`, index: `index/${entry.id}.json`, inputHash };
    const prev = previous?.documents.find((d) => d.entry.id === entry.id);
    if (!opts.force && prev?.inputHash === inputHash && existsSync(join(opts.outDir, item.doc)) && existsSync(join(opts.outDir, item.index))) {
      manifest.documents.push(item);
      continue;
    }
    const { doc, warnings: w } = ingestDocument(entry, text);
    for (const message of w) log(`warning: ${entry.id}: ${message}`);
    warnings += w.length;
    writeFileSync(join(opts.outDir, item.doc), JSON.stringify(doc));
    writeFileSync(join(opts.outDir, item.index), serializeShard(buildShard(doc)));
    manifest.documents.push(item);
    built += 1;
  }
  // Drop outputs of documents that left the catalog.
  for (const prev of previous?.documents ?? []) {
    if (!ids.has(prev.entry.id)) {
      rmSync(join(opts.outDir, prev.doc), { force: true });
      rmSync(join(opts.outDir, prev.index), { force: true });
    }
  }
  writeFileSync(join(opts.outDir, 'manifest.json'), JSON.stringify(manifest, null, 1));
  const ms = performance.now() - started;
  log(`corpus: ${catalog.length} documents, ${built} built, ${warnings} warnings, ${ms.toFixed(0)} ms`);
  return { built, warnings, ms, manifest };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildCorpus({
    corpusDir: join(root, 'corpus'),
    outDir: join(root, 'corpus/out'),
    force: process.argv.includes('--force'),
  });
}
