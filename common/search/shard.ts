/**
 * One index shard per document, built at build time and stored as JSON.
 *
 * A shard is a lunr index in a compact encoding. `buildShard` runs lunr's own
 * Builder (lunr's tokenizer, then the registered `plenary-fr` pipeline) over
 * one document with two fields per block:
 *   - `text`: the block's own text;
 *   - `heading`: the texts of the headings the block sits under (boosted), so
 *     a paragraph is found by the title of its section.
 * It keeps what lunr's scoring needs — term frequencies per block and field,
 * field lengths — and drops what lunr precomputes from shard-local
 * statistics (BM25 weights with this document's idf), because scores must be
 * comparable across shards: the engine recomputes BM25 with library-wide
 * statistics at query time. `toLunrIndexJSON` expands a shard back into
 * lunr's own serialization, which `lunr.Index.load` accepts; the tests use it
 * to show the compact form loses nothing.
 *
 * Block texts travel in the shard so that snippets and "exact phrase" checks
 * need nothing else.
 *
 * Footnotes are passages too: each is appended after the blocks as a block
 * of kind "n" whose id is `fn-<footnote id>`, whose number is the printed
 * mark ("5", "*"), and whose headings are those of the block that calls it,
 * so "retour virtuel" finds the note of the 2008 paper that says it.
 *
 * The shard records its language; the builder uses that language's analysis
 * (languages.ts), and the engine analyses a query for each language present.
 */
import type { StructuredDocument } from '../model';
import { buildTermTable, encodePostings, TermTable, type Postings } from './codec';
import { lunr } from './lunr-fr';
import { languageOf, LANGUAGES, type Language } from './languages';
import { ANALYZER_VERSION, ensurePipelineRegistered, pipelineFunction, pipelineLabel } from './pipeline';
import { joinSymbols } from './symbols';

export const SHARD_FORMAT = 'plenary-search-shard';
/** 2: footnote passages, the language, pages. */
export const SHARD_VERSION = 2;
/** Id of the passage that holds a footnote. */
export const noteBlockId = (footnoteId: string): string => `fn-${footnoteId}`;

/** Field boosts and BM25 parameters, as lunr uses them. */
export const FIELD_BOOST = { text: 1, heading: 1.5 } as const;
export const BM25 = { k1: 1.2, b: 0.75 } as const;
export const FIELDS = ['text', 'heading'] as const;

/** One character per block kind, to keep the shard small. */
const KIND_CODE = { heading: 'h', paragraph: 'p', 'list-item': 'l', 'schedule-item': 's', quote: 'q', note: 'n' } as const;

export interface SerializedShard {
  format: typeof SHARD_FORMAT;
  version: typeof SHARD_VERSION;
  /** Analyzer that produced the stems; the engine rejects another. */
  analyzer: string;
  /** lunr pipeline labels, loaded with `lunr.Pipeline.load` (must be registered). */
  pipeline: string[];
  docId: string;
  /** Language whose analysis produced the terms ("fr", "en", "es"). */
  language: Language;
  fieldBoost: { text: number; heading: number };
  bm25: { k1: number; b: number };
  blocks: {
    ids: string[];
    texts: string[];
    /** One character per block: h(eading), p(aragraph), l(ist item), s(chedule item), q(uote), n(ote). */
    kinds: string;
    numbers: Array<string | null>;
    /** Ordinal of the nearest enclosing heading block, or -1. */
    parents: number[];
    /** Number of terms in the `text` field, per block. */
    textLengths: number[];
    /** Number of terms in the `heading` field, per block. */
    headingLengths: number[];
    /** Page of each block (null where unknown); absent when the source had no pages. */
    pages?: Array<number | null>;
  };
  /** Sorted `stem:OFFSET` lines (see codec.ts). */
  terms: string;
  /** Postings entries that the OFFSETs point into (see codec.ts). */
  postings: string;
}

/** A passage to index: a block of the document, or one of its footnotes. */
interface Passage {
  id: string;
  kind: string;
  text: string;
  number: string | null;
  headingPath: string[];
  page: number | null;
}

/** The document's blocks, then its footnotes (each under the headings of the block that calls it). */
function passagesOf(doc: StructuredDocument): Passage[] {
  const pageOf = (b: object): number | null => {
    const p = (b as { page?: unknown }).page;
    return typeof p === 'number' ? p : null;
  };
  const out: Passage[] = doc.blocks.map((b) => ({
    id: b.id,
    kind: KIND_CODE[b.kind] ?? 'p',
    text: b.text,
    number: b.number ?? null,
    headingPath: b.headingPath,
    page: pageOf(b),
  }));
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  for (const f of doc.footnotes ?? []) {
    const ref = byId.get(f.refBlockId);
    out.push({
      id: noteBlockId(f.id),
      kind: KIND_CODE.note,
      text: f.text,
      number: f.mark,
      headingPath: ref ? (ref.kind === 'heading' ? [...ref.headingPath, ref.id] : ref.headingPath) : [],
      page: pageOf(f) ?? (ref ? pageOf(ref) : null),
    });
  }
  return out;
}

/** The texts of the headings above each passage, outermost first. */
function headingTexts(passages: Passage[], byId: Map<string, number>): string[][] {
  return passages.map((b) =>
    b.headingPath.map((id) => byId.get(id)).filter((i): i is number => i !== undefined).map((i) => passages[i]?.text ?? ''),
  );
}

function newBuilder(language: Language): lunr.Builder {
  ensurePipelineRegistered();
  const builder = new lunr.Builder();
  const fn = pipelineFunction(language);
  builder.pipeline.add(fn);
  builder.searchPipeline.add(fn);
  // lunr splits fields on white space: join "A/ 71/ L.58" first so the symbol stays one token.
  type Tokenizer = (obj: unknown, meta?: object) => lunr.Token[];
  const split = builder.tokenizer as unknown as Tokenizer;
  const joined: Tokenizer = (obj, meta) => split(typeof obj === 'string' ? joinSymbols(obj) : obj, meta);
  builder.tokenizer = joined as unknown as typeof builder.tokenizer;
  builder.ref('ref');
  builder.field('text', { boost: FIELD_BOOST.text });
  builder.field('heading', { boost: FIELD_BOOST.heading });
  builder.k1(BM25.k1);
  builder.b(BM25.b);
  return builder;
}

function addPassages(builder: lunr.Builder, passages: Passage[], heads: string[][]): void {
  passages.forEach((b, i) => builder.add({ ref: String(i), text: b.text, heading: (heads[i] ?? []).join('\n') }));
}

/** lunr's own index of the document (same fields, pipeline and parameters as the shard). */
export function buildLunrIndex(doc: StructuredDocument): lunr.Index {
  const passages = passagesOf(doc);
  const byId = new Map(passages.map((b, i) => [b.id, i]));
  const builder = newBuilder(languageOf(doc.language));
  addPassages(builder, passages, headingTexts(passages, byId));
  return builder.build();
}

interface BuilderInternals {
  fieldTermFrequencies: Record<string, Record<string, number>>;
  fieldLengths: Record<string, number>;
}

/** Builds the serialized shard of one document, analysed in the document's language. */
export function buildShard(doc: StructuredDocument): SerializedShard {
  const language = languageOf(doc.language);
  const passages = passagesOf(doc);
  const byId = new Map(passages.map((b, i) => [b.id, i]));
  const heads = headingTexts(passages, byId);
  const builder = newBuilder(language);
  addPassages(builder, passages, heads);
  const { fieldTermFrequencies, fieldLengths } = builder as unknown as BuilderInternals;

  const n = passages.length;
  const postings = new Map<string, Postings>();
  const textLengths: number[] = new Array<number>(n).fill(0);
  const headingLengths: number[] = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    textLengths[i] = fieldLengths[`text/${i}`] ?? 0;
    headingLengths[i] = fieldLengths[`heading/${i}`] ?? 0;
    const tfText = fieldTermFrequencies[`text/${i}`] ?? {};
    const tfHead = fieldTermFrequencies[`heading/${i}`] ?? {};
    const terms = new Set([...Object.keys(tfText), ...Object.keys(tfHead)]);
    for (const t of terms) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { blocks: [], tfText: [], tfHeading: [] }));
      p.blocks.push(i);
      p.tfText.push(tfText[t] ?? 0);
      p.tfHeading.push(tfHead[t] ?? 0);
    }
  }

  const parents = passages.map((b) => {
    for (let k = b.headingPath.length - 1; k >= 0; k--) {
      const p = byId.get(b.headingPath[k] as string);
      if (p !== undefined) return p;
    }
    return -1;
  });
  const pages = passages.map((b) => b.page);

  return {
    format: SHARD_FORMAT,
    version: SHARD_VERSION,
    analyzer: ANALYZER_VERSION,
    pipeline: [pipelineLabel(language)],
    docId: doc.id,
    language,
    fieldBoost: { ...FIELD_BOOST },
    bm25: { ...BM25 },
    blocks: {
      ids: passages.map((b) => b.id),
      texts: passages.map((b) => b.text),
      kinds: passages.map((b) => b.kind).join(''),
      numbers: passages.map((b) => b.number),
      parents,
      textLengths,
      headingLengths,
      ...(pages.some((p) => p !== null) ? { pages } : {}),
    },
    ...buildTermTable([...postings].map(([t, p]) => [t, encodePostings(p)])),
  };
}

/**
 * The shard as the JSON text written to disk: JSON.stringify with every
 * non-ASCII character written as a \uXXXX escape, so the file is pure ASCII.
 * Loading is mostly decoding the file and JSON.parse; Node decodes ASCII
 * several times faster than UTF-8 with accents scattered through it (at 1,000
 * documents, 47 MiB: ~80 ms instead of ~250 ms), and JSON.parse reads the
 * escapes back into the same strings. Any JSON reader loads it.
 */
export function serializeShard(shard: SerializedShard): string {
  return JSON.stringify(shard).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Throws an Error naming the problem when `x` is not a shard this engine can load. */
export function checkShard(x: unknown): asserts x is SerializedShard {
  const fail = (msg: string): never => {
    throw new Error(`invalid search shard${typeof x === 'object' && x && 'docId' in x ? ` for "${String((x as { docId: unknown }).docId)}"` : ''}: ${msg}`);
  };
  if (typeof x !== 'object' || x === null) fail('not an object');
  const s = x as Partial<SerializedShard>;
  if (s.format !== SHARD_FORMAT) fail(`format is ${JSON.stringify(s.format)}, expected "${SHARD_FORMAT}"`);
  if (s.version !== SHARD_VERSION) fail(`version ${String(s.version)} is not supported (expected ${SHARD_VERSION}); rebuild the index`);
  if (s.analyzer !== ANALYZER_VERSION) fail(`built with analyzer ${JSON.stringify(s.analyzer)}, this build uses "${ANALYZER_VERSION}"; rebuild the index`);
  if (!Array.isArray(s.pipeline) || !s.pipeline.every((l) => typeof l === 'string')) fail('pipeline is not a list of labels');
  if (typeof s.docId !== 'string' || s.docId.length === 0) fail('docId is missing');
  if (!(LANGUAGES as readonly unknown[]).includes(s.language)) fail(`language ${JSON.stringify(s.language)} is not one of ${LANGUAGES.join(', ')}`);
  if (typeof s.terms !== 'string' || typeof s.postings !== 'string') fail('terms or postings is not a string');
  const b = s.blocks;
  if (typeof b !== 'object' || b === null) fail('blocks is missing');
  const blocks = b as SerializedShard['blocks'];
  const n = Array.isArray(blocks.ids) ? blocks.ids.length : -1;
  if (n < 0) fail('blocks.ids is not a list');
  for (const key of ['texts', 'numbers', 'parents', 'textLengths', 'headingLengths'] as const) {
    if (!Array.isArray(blocks[key]) || blocks[key].length !== n) fail(`blocks.${key} does not have one entry per block`);
  }
  if (typeof blocks.kinds !== 'string' || blocks.kinds.length !== n) fail('blocks.kinds does not have one letter per block');
  if (blocks.pages !== undefined && (!Array.isArray(blocks.pages) || blocks.pages.length !== n || !blocks.pages.every((p) => p === null || typeof p === 'number'))) {
    fail('blocks.pages does not have one page (or null) per block');
  }
  for (let i = 0; i < n; i++) {
    if (typeof blocks.ids[i] !== 'string' || typeof blocks.texts[i] !== 'string') fail(`block ${i} has no id or text`);
    const p = blocks.parents[i];
    if (typeof p !== 'number' || p < -1 || p >= i) fail(`block ${i} has an invalid parent`);
  }
  const fb = s.fieldBoost;
  if (!fb || typeof fb.text !== 'number' || typeof fb.heading !== 'number') fail('fieldBoost is missing');
  const bm = s.bm25;
  if (!bm || typeof bm.k1 !== 'number' || typeof bm.b !== 'number') fail('bm25 is missing');
  // lunr's own check: every pipeline function must be registered before an index is loaded.
  ensurePipelineRegistered();
  try {
    lunr.Pipeline.load(s.pipeline as string[]);
  } catch (e) {
    fail((e as Error).message);
  }
}

/** lunr's idf, from its document frequency counted per field. */
export function lunrIdf(dfSum: number, documentCount: number): number {
  return Math.log(1 + Math.abs((documentCount - dfSum + 0.5) / (dfSum + 0.5)));
}

/**
 * Expands a shard into lunr's serialized index format (the one
 * `lunr.Index.prototype.toJSON` writes), with BM25 weights from the shard's
 * own statistics, as lunr would compute them.
 */
export function toLunrIndexJSON(shard: SerializedShard): object {
  const table = new TermTable(shard.terms, shard.postings);
  const n = shard.blocks.ids.length;
  const avg = {
    text: shard.blocks.textLengths.reduce((a, b) => a + b, 0) / Math.max(1, n),
    heading: shard.blocks.headingLengths.reduce((a, b) => a + b, 0) / Math.max(1, n),
  };
  const { k1, b } = shard.bm25;
  const vectors: Record<string, number[]> = {};
  for (const f of FIELDS) for (let i = 0; i < n; i++) vectors[`${f}/${i}`] = [];
  const inverted: Array<[string, Record<string, unknown>]> = [];
  let ti = 0;
  for (const [line, stem] of table.lines()) {
    const idf = lunrIdf(table.dfSum(line), n);
    const posting: Record<string, unknown> = { _index: ti };
    const perField: Record<string, Record<string, object>> = { text: {}, heading: {} };
    const termIndex = ti++;
    table.forEachPosting(line, (block, tfText, tfHeading) => {
      const tfs = { text: tfText, heading: tfHeading };
      const lens = { text: shard.blocks.textLengths[block] ?? 0, heading: shard.blocks.headingLengths[block] ?? 0 };
      for (const f of FIELDS) {
        const tf = tfs[f];
        if (tf === 0) continue;
        (perField[f] as Record<string, object>)[String(block)] = {};
        const score = ((idf * ((k1 + 1) * tf)) / (k1 * (1 - b + b * (lens[f] / avg[f])) + tf)) * shard.fieldBoost[f];
        vectors[`${f}/${block}`]?.push(termIndex, Math.round(score * 1000) / 1000);
      }
    });
    posting.text = perField.text;
    posting.heading = perField.heading;
    inverted.push([stem, posting]);
  }
  return {
    version: lunr.version,
    fields: [...FIELDS],
    fieldVectors: Object.entries(vectors),
    invertedIndex: inverted,
    pipeline: shard.pipeline,
  };
}

/** A real lunr.Index for one shard, loaded the lunr way (pipeline registered first). */
export function loadLunrIndex(shard: SerializedShard): lunr.Index {
  checkShard(shard);
  return lunr.Index.load(toLunrIndexJSON(shard));
}
