/**
 * Annotations-store bench, for the bench runner (`npm run bench`).
 *
 * `seedAnnotations` fills a data folder with valid annotations on one
 * document through the real store (real selectors from `describeRange` over
 * the document's text), so the same folder can also be served by the browser
 * twin. `benchStore` copies a seeded folder and times, on the copy: opening
 * the store, saving one more annotation (each save is on disk on return), and
 * closing it (folding the journal into the file).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codePointLength, describeRange, docText } from '../common/anchoring';
import type { NewAnnotation } from '../common/contract';
import { COLOR_IDS, type StructuredDocument } from '../common/model';
import { createStore } from '../main/store';

const round = (x: number): number => Math.round(x * 100) / 100;

export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number);
}

/** Deterministic PRNG (mulberry32), so every run seeds the same annotations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadBuiltDoc(root: string, docId: string): StructuredDocument {
  return JSON.parse(readFileSync(join(root, 'corpus/out/docs', `${docId}.json`), 'utf8')) as StructuredDocument;
}

/** `count` new annotations spread over the document: 15 to 150 characters each, every tenth with a note. */
export function makeAnnotations(doc: StructuredDocument, count: number, seed = 42): NewAnnotation[] {
  const model = docText(doc);
  const total = codePointLength(model.text);
  const rand = prng(seed);
  const out: NewAnnotation[] = [];
  while (out.length < count) {
    const len = 15 + Math.floor(rand() * 136);
    const start = Math.floor(rand() * Math.max(1, total - len));
    const sel = describeRange(doc, start, start + len);
    if (!sel) continue;
    const i = out.length;
    out.push({
      docId: doc.id,
      blockId: sel.blockId,
      quote: sel.quote,
      position: sel.position,
      color: COLOR_IDS[i % COLOR_IDS.length]!,
      note: i % 10 === 0 ? `Note de banc d'essai n° ${i} : à relire avant la session.` : '',
      tags: i % 7 === 0 ? ['bench'] : [],
    });
  }
  return out;
}

export interface SeedResult {
  annotations: number;
  totalMs: number;
}

/** Creates the annotations one by one through the store, then closes it. */
export async function seedAnnotations(dataDir: string, docIds: readonly string[], list: readonly NewAnnotation[]): Promise<SeedResult> {
  const t = performance.now();
  const store = createStore(dataDir, { docIds });
  for (const a of list) store.createAnnotation(a);
  await store.close();
  return { annotations: list.length, totalMs: round(performance.now() - t) };
}

export interface StoreBench {
  existing: number;
  /** Median of `opens` store openings of the seeded folder (each closed again). */
  openMs: number;
  openRunsMs: number[];
  /** createAnnotation with `existing` annotations already on the document. */
  saves: number;
  saveP50Ms: number;
  saveP95Ms: number;
  saveMaxMs: number;
  /** Closing after the saves (folds the journal into the document's file). */
  closeMs: number;
  listAllMs: number;
}

export async function benchStore(seededDir: string, docIds: readonly string[], extra: readonly NewAnnotation[], opens = 3): Promise<StoreBench> {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-store-'));
  try {
    cpSync(seededDir, dir, { recursive: true });
    const openRuns: number[] = [];
    for (let i = 0; i < opens; i++) {
      const t = performance.now();
      const s = createStore(dir, { docIds });
      openRuns.push(performance.now() - t);
      await s.close();
    }
    const store = createStore(dir, { docIds });
    let t = performance.now();
    const existing = store.listAnnotations(extra[0]!.docId).length;
    const listAllMs = performance.now() - t;
    const saves: number[] = [];
    for (const a of extra) {
      t = performance.now();
      store.createAnnotation(a);
      saves.push(performance.now() - t);
    }
    t = performance.now();
    await store.close();
    const closeMs = performance.now() - t;
    return {
      existing,
      openMs: percentile(openRuns, 50),
      openRunsMs: openRuns.map(round),
      saves: saves.length,
      saveP50Ms: percentile(saves, 50),
      saveP95Ms: percentile(saves, 95),
      saveMaxMs: percentile(saves, 100),
      closeMs: round(closeMs),
      listAllMs: round(listAllMs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
