/**
 * One cold load of one engine's serialized index, in this (fresh) process:
 *   node --import tsx bench/cold-load.ts <engine> <dir>
 * prints {"ms": …}: read the files and make the engine ready to search,
 * nothing else (the module imports are loaded before the clock starts, as
 * the app has them loaded before it reads the index). bench/search.bench.ts
 * runs it five times per engine and reports the median, because a single
 * in-process figure swings with the machine's load and with what the JIT
 * has already compiled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import type { CatalogEntry } from '../common/model';
import { SearchEngine, type SerializedShard } from '../common/search';

const [engine, dir] = process.argv.slice(2) as [string, string];
const entries = JSON.parse(readFileSync(join(dir, 'entries.json'), 'utf8')) as CatalogEntry[];

let ms = 0;
if (engine === 'plenary') {
  const t = performance.now();
  const e = new SearchEngine();
  for (const entry of entries) e.addShard(JSON.parse(readFileSync(join(dir, 'plenary', `${entry.id}.json`), 'utf8')) as SerializedShard, entry);
  ms = performance.now() - t;
} else if (engine === 'minisearch') {
  const t = performance.now();
  MiniSearch.loadJSON(readFileSync(join(dir, 'minisearch/index.json'), 'utf8'), {
    fields: ['text', 'heading'],
    idField: 'id',
    searchOptions: { boost: { heading: 1.5 }, combineWith: 'AND' as const },
  });
  JSON.parse(readFileSync(join(dir, 'minisearch/store.json'), 'utf8'));
  ms = performance.now() - t;
} else if (engine === 'flexsearch') {
  const t = performance.now();
  const index = new FlexSearch.Index({ tokenize: 'strict', encoder: FlexSearch.Charset.LatinBalance, resolution: 9 });
  const loaded = JSON.parse(readFileSync(join(dir, 'flexsearch/index.json'), 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(loaded)) index.import(k, v);
  JSON.parse(readFileSync(join(dir, 'flexsearch/store.json'), 'utf8'));
  ms = performance.now() - t;
} else {
  throw new Error(`unknown engine "${engine}"`);
}
process.stdout.write(`${JSON.stringify({ ms })}\n`);
