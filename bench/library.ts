/**
 * Library bench: added documents.
 *  - add: a real text (A/68/370's source, as a delegate's .txt) through the
 *    library service, until it is readable and searchable (median of 5, each
 *    in a fresh data folder);
 *  - start-up: createServices (store, library manifest, corpus) with 0 and
 *    with 200 added documents in the data folder (median of 7);
 *  - search: 1,000 added documents (the synthetic library, stored as added
 *    documents with their shards) behind the real services: index load on
 *    the first query, then query p50 / p95 (the search bench's queries,
 *    5 timed rounds after 10 untimed ones).
 * Run alone: `npx tsx bench/library.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DocumentJob } from '../common/contract';
import type { AddedEntry, StructuredDocument } from '../common/model';
import { buildShard } from '../common/search';
import { contentHash } from '../main/library/ids';
import { LibraryStore } from '../main/library/store';
import { createServices, type Services } from '../main/services/handlers';
import { loadCorpus } from '../tests/unit/search/corpus';
import { syntheticLibrary } from './synthetic';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS_OUT = join(ROOT, 'corpus/out');
const QUERIES = [
  'migration', 'vulnerabilite des enfants', "droits de l'homme", 'migration de retour', 'migrtion', 'vulnér*',
  '"droits de l’homme"', 'pacte mondial', 'société civile', 'travailleurs migrants', 'retour volontaire -forcé',
  'coopération internationale', 'enfants non accompagnés', 'gouvernance des migrations', 'AVRR', 'diaspora développement',
];

export interface LibraryBench {
  addTextMs: number[];
  startupEmptyMs: number[];
  startup200Ms: number[];
  load1000Ms: number;
  p50Ms: number;
  p95Ms: number;
  seeded: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const round = (x: number) => Math.round(x * 100) / 100;

/** Stores documents as added ones, the way the service does (entry, body, shard, original). */
function seed(dataDir: string, docs: readonly StructuredDocument[]): void {
  const store = new LibraryStore(dataDir);
  docs.forEach((d, i) => {
    const original = Buffer.from(d.blocks.map((b) => b.text).join('\n\n'));
    const { blocks, footnotes, ...rest } = d;
    const entry: AddedEntry = {
      ...rest,
      id: `added-${i}-${d.id}`.slice(0, 80),
      source: `${d.id}.txt`,
      origin: 'added',
      format: 'text',
      addedAt: new Date().toISOString(),
      contentHash: contentHash(Buffer.concat([original, Buffer.from(String(i))])),
    };
    store.add(entry, original, { blocks, footnotes, warnings: [] }, buildShard({ ...entry, blocks, footnotes }));
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
}

async function until(s: Services, job: DocumentJob): Promise<DocumentJob> {
  let j = job;
  while (j.state === 'running') {
    await new Promise((r) => setImmediate(r));
    j = await s.handlers.documentJob(j.id);
  }
  return j;
}

export async function benchLibrary(log: (m: string) => void = console.log): Promise<LibraryBench> {
  const dirs: string[] = [];
  const fresh = () => {
    const d = mkdtempSync(join(tmpdir(), 'plenary-bench-library-'));
    dirs.push(d);
    return d;
  };
  try {
    // Add a real text: readable (getDocument) and searchable (its phrase found) when the job is done.
    const text = readFileSync(join(ROOT, 'corpus/sources/a-68-370.txt'));
    const addTextMs: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s = await createServices({ corpusDir: CORPUS_OUT, dataDir: fresh(), warmSearchAfterMs: 60_000 });
      s.search.warm();
      const [job, ms] = await timed(async () => {
        const j = await until(s, await s.handlers.addDocument('A-68-370.txt', text.toString('base64')));
        await s.handlers.getDocument(j.entry!.id);
        const found = await s.handlers.search('"auditions informelles"', { docIds: [j.entry!.id] });
        if (found.total === 0) throw new Error('the added text is not searchable');
        return j;
      });
      if (job.state !== 'done') throw new Error(job.error);
      addTextMs.push(round(ms));
      await s.close();
    }
    log(`add a text document: ${addTextMs.join(', ')} ms`);

    const base = loadCorpus();
    const startup = async (dataDir: string) => {
      const runs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const [s, ms] = await timed(async () => {
          const services = await createServices({ corpusDir: CORPUS_OUT, dataDir, warmSearchAfterMs: 60_000 });
          await services.handlers.listDocuments();
          return services;
        });
        runs.push(round(ms));
        await s.close();
      }
      return runs;
    };
    const startupEmptyMs = await startup(fresh());
    const with200 = fresh();
    seed(with200, syntheticLibrary(base, 200));
    const startup200Ms = await startup(with200);
    log(`start-up: empty ${startupEmptyMs.join(', ')} ms; 200 added ${startup200Ms.join(', ')} ms`);

    const with1000 = fresh();
    seed(with1000, syntheticLibrary(base, 1000));
    const s = await createServices({ corpusDir: CORPUS_OUT, dataDir: with1000, warmSearchAfterMs: 60_000 });
    try {
      const [, load1000Ms] = await timed(async () => s.handlers.search('asile'));
      for (let r = 0; r < 10; r++) for (const q of QUERIES) await s.handlers.search(q, { limit: 20 });
      const times: number[] = [];
      for (let r = 0; r < 5; r++) {
        for (const q of QUERIES) {
          const t = performance.now();
          await s.handlers.search(q, { limit: 20 });
          times.push(performance.now() - t);
        }
      }
      const out = { addTextMs, startupEmptyMs, startup200Ms, load1000Ms: round(load1000Ms), p50Ms: round(median(times)), p95Ms: round(pct(times, 95)), seeded: 1000 + 5 };
      log(`1,000 added documents: first query (index load) ${out.load1000Ms} ms, p50 ${out.p50Ms} ms, p95 ${out.p95Ms} ms`);
      return out;
    } finally {
      await s.close();
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

export const libraryMedian = median;

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchLibrary();
}
