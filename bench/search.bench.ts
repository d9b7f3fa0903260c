/**
 * Search bench: run by `npm run bench` (bench/run.ts), or alone with
 * `npx vitest run --config bench/vitest.bench.config.ts`.
 *
 * For the 5 real documents and a deterministic synthetic library of 1,000
 * (bench/synthetic.ts), and for each engine:
 *   build      serialize the index at "build time" into files (not a target)
 *   cold load  read those files and make the engine ready to search
 *   heap       heapUsed after load minus heapUsed before, after full GCs
 *   latency    the first query after load is reported alone (cold JIT and
 *              caches); a few other queries run; then the fixed list: its
 *              first round alone gives the first-run p95 (each query's
 *              caches cold, the JIT still tiering up), JIT_ROUNDS untimed
 *              rounds follow, and QUERY_ROUNDS timed rounds give the
 *              steady-state median, p95 and max
 * Engines: Plenary (per-document shards, this repo), MiniSearch and
 * FlexSearch on the same passages (block text + section headings, texts kept
 * in memory for snippets as Plenary does), and stock Lunr with lunr-languages'
 * French pipeline (5 documents only unless BENCH_LUNR_1000=1: it takes
 * minutes to build at 1,000). Plenary's latency includes building snippets
 * and segments for the hits; the baselines only return ids.
 * Cold load is also measured the way issue 15 asks: the median of five
 * loads, each in a fresh Node process (bench/cold-load.ts), for Plenary and
 * the peers alike, with each peer's ratio to Plenary. Suggestions (the
 * completions of a typed prefix, engine.suggest) are timed at p95 over a
 * fixed list of prefixes, after one untimed round.
 * Results go to bench/results-search.json (or $BENCH_SEARCH_OUT: bench/run.ts
 * folds them into bench/results.json) and a table on stdout.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { spawnSync } from 'node:child_process';
import { afterAll, it } from 'vitest';
import type { CatalogEntry, StructuredDocument } from '../common/model';
import { buildShard, SearchEngine, serializeShard, type SerializedShard } from '../common/search';
import { lunr } from '../common/search/lunr-fr';
import { loadCorpus } from '../tests/unit/search/corpus';
import { syntheticLibrary } from './synthetic';

const QUERIES = [
  'migration',
  'vulnerabilite des enfants',
  "droits de l'homme",
  'droits de l’homme',
  'migration de retour',
  'migrtion',
  'vulnérabilté des migrants',
  'retour volontaire -forcé',
  'vulnér*',
  '"migrations sûres, ordonnées et régulières"',
  '"droits de l’homme"',
  'pacte mondial',
  'société civile',
  'travailleurs migrants',
  'coopération internationale',
  'xénophobie racisme',
  'durabilité des retours',
  'recrutement éthique',
  'diaspora développement',
  'enfants non accompagnés',
  'traite des êtres humains',
  'gouvernance des migrations',
  'AVRR',
  'catastrophe environnement',
];
/** Run once before measuring, so the JIT is warm but the measured queries' caches are not. */
const WARM_UP = ['asile', 'frontières protection', 'santé éducation', '"travail décent"', 'famil*', 'intégraton', 'emploi -jeunes', 'réfugiés'];
const PLAIN_WARM_UP = WARM_UP.map((q) => q.replace(/(^|\s)-\S+/g, ' ').replace(/["*]/g, ' ').replace(/\s+/g, ' ').trim());
/** The same queries without Plenary's syntax, for the baselines. */
const PLAIN = QUERIES.map((q) => q.replace(/(^|\s)-\S+/g, ' ').replace(/["*]/g, ' ').replace(/\s+/g, ' ').trim());
const QUERY_ROUNDS = 5;
/** Untimed runs of the list between the first round and the timed rounds. */
const JIT_ROUNDS = 10;
const LIMIT = 20;

interface Row {
  engine: string;
  docs: number;
  blocks: number;
  buildMs: number;
  diskMiB: number;
  loadMs: number;
  heapMiB: number;
  /** The very first query after load (cold JIT and caches). */
  firstQueryMs: number;
  p50Ms: number;
  p95Ms: number;
  /** p95 of the first round: each query's first run (its caches cold, the JIT still tiering up). */
  coldP95Ms: number;
  maxMs: number;
}

const rows: Row[] = [];
/** Per-query timings of the last engine measured, kept for Plenary's rows. */
let lastPerQuery: Record<string, number[]> = {};
const plenaryPerQuery: Record<string, Record<string, number[]>> = {};
const gc = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  if (!gc) throw new Error('run the bench with --expose-gc (bench/vitest.bench.config.ts does)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const mib = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const ms = (x: number): number => Math.round(x * 100) / 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function latencies(run: (i: number) => void, warmUp: () => void): Pick<Row, 'firstQueryMs' | 'p50Ms' | 'p95Ms' | 'coldP95Ms' | 'maxMs'> {
  let t = performance.now();
  run(0);
  const first = performance.now() - t;
  warmUp();
  heapUsed(); // start measuring from a collected heap, for every engine alike
  // First round: each query's first run (its caches cold, the JIT barely warm).
  const cold: number[] = [];
  for (let i = 0; i < QUERIES.length; i++) {
    t = performance.now();
    run(i);
    cold.push(performance.now() - t);
  }
  // Steady state, as in a session of searching: the JIT settles over more runs of the list.
  for (let round = 0; round < JIT_ROUNDS; round++) for (let i = 0; i < QUERIES.length; i++) run(i);
  const all: number[] = [];
  const perQuery: number[][] = QUERIES.map(() => []);
  for (let round = 0; round < QUERY_ROUNDS; round++) {
    for (let i = 0; i < QUERIES.length; i++) {
      t = performance.now();
      run(i);
      const d = performance.now() - t;
      all.push(d);
      perQuery[i]?.push(d);
    }
  }
  all.sort((a, b) => a - b);
  cold.sort((a, b) => a - b);
  lastPerQuery = Object.fromEntries(QUERIES.map((q, i) => [q, (perQuery[i] ?? []).map(ms)]));
  return {
    firstQueryMs: ms(first),
    p50Ms: ms(percentile(all, 50)),
    p95Ms: ms(percentile(all, 95)),
    coldP95Ms: ms(percentile(cold, 95)),
    maxMs: ms(all[all.length - 1] as number),
  };
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
}

interface Passage {
  ref: string;
  text: string;
  heading: string;
}

function passagesOf(docs: StructuredDocument[]): Passage[] {
  const out: Passage[] = [];
  for (const d of docs) {
    const byId = new Map(d.blocks.map((b) => [b.id, b.text]));
    for (const b of d.blocks) {
      out.push({ ref: `${d.id}#${b.id}`, text: b.text, heading: b.headingPath.map((h) => byId.get(h) ?? '').join('\n') });
    }
  }
  return out;
}

function benchPlenary(docs: StructuredDocument[], root: string, blocks: number): void {
  const dir = join(root, 'plenary');
  mkdirSync(dir);
  let t = performance.now();
  for (const d of docs) writeFileSync(join(dir, `${d.id}.json`), serializeShard(buildShard(d)));
  const buildMs = performance.now() - t;
  const entries: CatalogEntry[] = docs.map(({ blocks: _b, footnotes: _f, ...e }) => e);
  const base = heapUsed();
  t = performance.now();
  const engine = new SearchEngine();
  for (const e of entries) engine.addShard(JSON.parse(readFileSync(join(dir, `${e.id}.json`), 'utf8')) as SerializedShard, e);
  const loadMs = performance.now() - t;
  const heap = heapUsed() - base;
  const lat = latencies(
    (i) => engine.search(QUERIES[i] as string, { limit: LIMIT }),
    () => WARM_UP.forEach((q) => engine.search(q, { limit: LIMIT })),
  );
  plenaryPerQuery[`${docs.length} docs`] = lastPerQuery;
  suggestRows.push({ docs: docs.length, ...suggestLatency(engine) });
  writeFileSync(join(root, 'entries.json'), JSON.stringify(entries));
  rows.push({ engine: 'Plenary', docs: docs.length, blocks, buildMs: ms(buildMs), diskMiB: mib(dirBytes(dir)), loadMs: ms(loadMs), heapMiB: mib(heap), ...lat });
}

const MINI_OPTIONS = {
  fields: ['text', 'heading'],
  idField: 'id',
  searchOptions: { boost: { heading: 1.5 }, combineWith: 'AND' as const },
};

function benchMiniSearch(passages: Passage[], root: string, docs: number): void {
  const dir = join(root, 'minisearch');
  mkdirSync(dir);
  let t = performance.now();
  const ms0 = new MiniSearch(MINI_OPTIONS);
  ms0.addAll(passages.map((p, id) => ({ id, text: p.text, heading: p.heading })));
  writeFileSync(join(dir, 'index.json'), JSON.stringify(ms0));
  writeFileSync(join(dir, 'store.json'), JSON.stringify(passages.map((p) => [p.ref, p.text])));
  const buildMs = performance.now() - t;
  const base = heapUsed();
  t = performance.now();
  const index = MiniSearch.loadJSON(readFileSync(join(dir, 'index.json'), 'utf8'), MINI_OPTIONS);
  const store = JSON.parse(readFileSync(join(dir, 'store.json'), 'utf8')) as Array<[string, string]>;
  const loadMs = performance.now() - t;
  const heap = heapUsed() - base;
  const lat = latencies(
    (i) => {
      const hits = index.search(PLAIN[i] as string).slice(0, LIMIT);
      for (const h of hits) void store[h.id as number];
    },
    () => PLAIN_WARM_UP.forEach((q) => index.search(q)),
  );
  rows.push({ engine: 'MiniSearch', docs, blocks: passages.length, buildMs: ms(buildMs), diskMiB: mib(dirBytes(dir)), loadMs: ms(loadMs), heapMiB: mib(heap), ...lat });
}

const FLEX_OPTIONS = { tokenize: 'strict' as const, encoder: FlexSearch.Charset.LatinBalance, resolution: 9 };

function benchFlexSearch(passages: Passage[], root: string, docs: number): void {
  const dir = join(root, 'flexsearch');
  mkdirSync(dir);
  let t = performance.now();
  const idx0 = new FlexSearch.Index(FLEX_OPTIONS);
  passages.forEach((p, id) => idx0.add(id, `${p.heading}\n${p.text}`));
  const parts: Record<string, string> = {};
  void idx0.export((key: string, data: string) => {
    parts[key] = data;
  });
  writeFileSync(join(dir, 'index.json'), JSON.stringify(parts));
  writeFileSync(join(dir, 'store.json'), JSON.stringify(passages.map((p) => [p.ref, p.text])));
  const buildMs = performance.now() - t;
  const base = heapUsed();
  t = performance.now();
  const index = new FlexSearch.Index(FLEX_OPTIONS);
  const loaded = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(loaded)) index.import(k, v);
  const store = JSON.parse(readFileSync(join(dir, 'store.json'), 'utf8')) as Array<[string, string]>;
  const loadMs = performance.now() - t;
  const heap = heapUsed() - base;
  const lat = latencies(
    (i) => {
      const hits = index.search(PLAIN[i] as string, { limit: LIMIT }) as number[];
      for (const h of hits) void store[h];
    },
    () => PLAIN_WARM_UP.forEach((q) => index.search(q, { limit: LIMIT })),
  );
  rows.push({ engine: 'FlexSearch', docs, blocks: passages.length, buildMs: ms(buildMs), diskMiB: mib(dirBytes(dir)), loadMs: ms(loadMs), heapMiB: mib(heap), ...lat });
}

function benchStockLunr(passages: Passage[], root: string, docs: number): void {
  const dir = join(root, 'lunr');
  mkdirSync(dir);
  let t = performance.now();
  const fr = (lunr as unknown as { fr: lunr.Builder.Plugin }).fr;
  const idx0 = lunr(function () {
    this.use(fr);
    this.ref('id');
    this.field('text');
    this.field('heading', { boost: 1.5 });
    passages.forEach((p, id) => this.add({ id: String(id), text: p.text, heading: p.heading }));
  });
  writeFileSync(join(dir, 'index.json'), JSON.stringify(idx0));
  writeFileSync(join(dir, 'store.json'), JSON.stringify(passages.map((p) => [p.ref, p.text])));
  const buildMs = performance.now() - t;
  const base = heapUsed();
  t = performance.now();
  const index = lunr.Index.load(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as object);
  const store = JSON.parse(readFileSync(join(dir, 'store.json'), 'utf8')) as Array<[string, string]>;
  const loadMs = performance.now() - t;
  const heap = heapUsed() - base;
  const search = (plain: string): void => {
    const q = plain.split(' ').filter((w) => w.length > 0).map((w) => `+${w.replace(/[:~^+-]/g, ' ').trim()}`).join(' ');
    try {
      for (const h of index.search(q).slice(0, LIMIT)) void store[Number(h.ref)];
    } catch {
      // lunr's query parser rejects some inputs; count the time anyway.
    }
  };
  const lat = latencies(
    (i) => search(PLAIN[i] as string),
    () => PLAIN_WARM_UP.forEach(search),
  );
  rows.push({ engine: 'Lunr (stock fr)', docs, blocks: passages.length, buildMs: ms(buildMs), diskMiB: mib(dirBytes(dir)), loadMs: ms(loadMs), heapMiB: mib(heap), ...lat });
}

/** Prefixes a delegate types on the way to a query: words, accents, apostrophes, symbols. */
const SUGGEST_PREFIXES = ['mi', 'migr', 'vul', 'vulné', 'ret', 'réin', 'dro', 'enf', 'trai', 'xéno', 'coop', 'diaspo', 'l’ho', 'A/6', 'A/68/', 'IC/', 'rés', 'acc', 'prot', 'tra'];
const SUGGEST_ROUNDS = 5;

const suggestRows: Array<{ docs: number; firstRunP95Ms: number; p50Ms: number; p95Ms: number; maxMs: number }> = [];

/** First round: each prefix's first run (prefix scan and printed forms not cached yet); then steady state. */
function suggestLatency(engine: SearchEngine): { firstRunP95Ms: number; p50Ms: number; p95Ms: number; maxMs: number } {
  const first: number[] = [];
  for (const p of SUGGEST_PREFIXES) {
    const t = performance.now();
    engine.suggest(p);
    first.push(performance.now() - t);
  }
  first.sort((a, b) => a - b);
  const times: number[] = [];
  for (let r = 0; r < SUGGEST_ROUNDS; r++) {
    for (const p of SUGGEST_PREFIXES) {
      const t = performance.now();
      engine.suggest(p);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { firstRunP95Ms: ms(percentile(first, 95)), p50Ms: ms(percentile(times, 50)), p95Ms: ms(percentile(times, 95)), maxMs: ms(times[times.length - 1] as number) };
}

const COLD_RUNS = 5;
const coldRows: Array<{ engine: string; docs: number; runsMs: number[]; medianMs: number; ratioToPlenary?: number }> = [];

/** Median of COLD_RUNS loads, each in a fresh process, for each engine whose files are in `root`. */
function coldLoads(root: string, docs: number): void {
  const engines: Array<[string, string]> = [['plenary', 'Plenary'], ['minisearch', 'MiniSearch'], ['flexsearch', 'FlexSearch']];
  let plenary = 0;
  for (const [key, name] of engines) {
    const runs: number[] = [];
    for (let i = 0; i < COLD_RUNS; i++) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'cold-load.ts'), key, root], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '..') });
      if (r.status !== 0) throw new Error(`cold load of ${name} failed: ${r.stderr}`);
      runs.push(ms((JSON.parse(r.stdout.trim().split('\n').pop() as string) as { ms: number }).ms));
    }
    const median = [...runs].sort((a, b) => a - b)[Math.floor(COLD_RUNS / 2)] as number;
    if (key === 'plenary') plenary = median;
    coldRows.push({ engine: name, docs, runsMs: runs, medianMs: median, ...(key === 'plenary' ? {} : { ratioToPlenary: Math.round((median / plenary) * 100) / 100 }) });
  }
}

function runAll(docs: StructuredDocument[], withLunr: boolean): void {
  const root = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
  try {
    const passages = passagesOf(docs);
    benchPlenary(docs, root, passages.length);
    benchMiniSearch(passages, root, docs.length);
    benchFlexSearch(passages, root, docs.length);
    if (withLunr) benchStockLunr(passages, root, docs.length);
    coldLoads(root, docs.length);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

afterAll(() => {
  const header = ['engine', 'docs', 'blocks', 'build ms', 'disk MiB', 'cold load ms', 'heap MiB', '1st query ms', 'p50 ms', 'p95 ms', 'first-run p95 ms', 'max ms'];
  const lines = [header.join(' | '), header.map(() => '---').join(' | ')];
  for (const r of rows) {
    lines.push([r.engine, r.docs, r.blocks, r.buildMs, r.diskMiB, r.loadMs, r.heapMiB, r.firstQueryMs, r.p50Ms, r.p95Ms, r.coldP95Ms, r.maxMs].join(' | '));
  }
  console.log(`\n${lines.map((l) => `| ${l} |`).join('\n')}\n`);
  for (const c of coldRows) console.log(`cold load, ${c.engine}, ${c.docs} docs: median ${c.medianMs} ms of ${c.runsMs.join(', ')}${c.ratioToPlenary ? ` (×${c.ratioToPlenary} Plenary)` : ''}`);
  for (const r of suggestRows) console.log(`suggest, ${r.docs} docs: first-run p95 ${r.firstRunP95Ms} ms; steady p50 ${r.p50Ms} ms, p95 ${r.p95Ms} ms, max ${r.maxMs} ms`);
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadavgBefore: loadBefore,
    loadavgAfter: loadavg(),
    queries: QUERIES,
    rounds: QUERY_ROUNDS,
    jitRounds: JIT_ROUNDS,
    limit: LIMIT,
    rows,
    coldLoadFreshProcess: coldRows,
    suggest: suggestRows,
    plenaryPerQueryMs: plenaryPerQuery,
  };
  writeFileSync(process.env.BENCH_SEARCH_OUT ?? resolve(import.meta.dirname, 'results-search.json'), `${JSON.stringify(out, null, 2)}\n`);
});

const loadBefore = loadavg();

it('5 documents', () => {
  runAll(loadCorpus(), true);
});

it('1,000 documents', () => {
  runAll(syntheticLibrary(loadCorpus(), 1000), process.env.BENCH_LUNR_1000 === '1');
});
