/**
 * Passages as bags of French stems, and their TF-IDF vectors.
 *
 * Analysis (the costly part: stemming) is done once per document and kept as
 * raw term counts; weighting by idf and normalising is cheap and is redone
 * whenever the idf statistics change (a document is added to the corpus), so
 * adding a document never re-analyses the others.
 */
import type { Block, BlockKind, StructuredDocument } from '../model';
import { analyze } from '../search/analyzer';

/**
 * The blocks that are compared. Headings are not passages (they only give
 * context, see `headingWeight`); quotes are, as they are running text too.
 */
export const PASSAGE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'paragraph',
  'list-item',
  'schedule-item',
  'quote',
]);

export const isPassage = (b: Block): boolean => PASSAGE_KINDS.has(b.kind);

/** Term ids for stems; ids are dense so statistics fit in typed arrays. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  get size(): number {
    return this.ids.size;
  }
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }
}

/** A sparse vector: term ids in ascending order and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** A document's passages with their raw term weights (before idf). */
export interface DocTerms {
  doc: StructuredDocument;
  passages: Block[];
  counts: SparseVector[];
}

export interface TermOptions {
  /**
   * Weight given to each stem of the nearest enclosing heading, added to the
   * passage's own term frequencies. Short list items such as « e) Le retour
   * volontaire est préférable au retour forcé » can gain from their section
   * title; 0 turns the context off. On the corpus judgments
   * (tests/unit/align/judgments.ts) 0, 0.5 and 1 rank the same passages
   * first: the headings there are few and short, so 0.5 is a mild default.
   */
  headingWeight?: number;
}

export const DEFAULT_HEADING_WEIGHT = 0.5;

/** Sublinear term frequency: a word repeated ten times is not ten times as telling. */
const tfWeight = (tf: number): number => (tf >= 1 ? 1 + Math.log(tf) : tf);

function toSparse(bag: Map<number, number>): SparseVector {
  const terms = Int32Array.from(bag.keys()).sort();
  const weights = new Float64Array(terms.length);
  for (let i = 0; i < terms.length; i++) weights[i] = tfWeight(bag.get(terms[i]!)!);
  return { terms, weights };
}

/**
 * Stems of a block, per block object. Ingested documents are immutable and
 * stemming is the costly step, so aligning a document again (the user picks
 * another document for the other side) skips it. Weak keys: a document that
 * is dropped takes its stems with it.
 */
const stemCache = new WeakMap<Block, string[]>();

function stemsOf(b: Block): string[] {
  let stems = stemCache.get(b);
  if (!stems) {
    stems = analyze(b.text);
    stemCache.set(b, stems);
  }
  return stems;
}

/** Analyzes the passages of a document into raw term weights. */
export function analyzeDocument(doc: StructuredDocument, vocab: Vocabulary, opts: TermOptions = {}): DocTerms {
  const headingWeight = opts.headingWeight ?? DEFAULT_HEADING_WEIGHT;
  const headingTerms = new Map<string, number[]>();
  if (headingWeight > 0) {
    for (const b of doc.blocks) {
      if (b.kind === 'heading') headingTerms.set(b.id, [...new Set(stemsOf(b).map((t) => vocab.id(t)))]);
    }
  }
  const passages: Block[] = [];
  const counts: SparseVector[] = [];
  for (const b of doc.blocks) {
    if (!isPassage(b)) continue;
    const bag = new Map<number, number>();
    for (const stem of stemsOf(b)) {
      const id = vocab.id(stem);
      bag.set(id, (bag.get(id) ?? 0) + 1);
    }
    const nearest = b.headingPath[b.headingPath.length - 1];
    const context = nearest === undefined ? undefined : headingTerms.get(nearest);
    if (context) for (const id of context) bag.set(id, (bag.get(id) ?? 0) + headingWeight);
    passages.push(b);
    counts.push(toSparse(bag));
  }
  return { doc, passages, counts };
}

/**
 * Inverse document frequency over a set of passages: ln(1 + N/df). Smoothed
 * so that a stem found in every passage still weighs a little (ln 2) rather
 * than nothing, which matters when the set is only two short documents.
 */
export function computeIdf(groups: Iterable<SparseVector[]>, vocabSize: number): Float64Array {
  const df = new Float64Array(vocabSize);
  let n = 0;
  for (const vectors of groups) {
    for (const v of vectors) {
      n++;
      for (let i = 0; i < v.terms.length; i++) df[v.terms[i]!]!++;
    }
  }
  const idf = df; // reuse the buffer
  for (let t = 0; t < vocabSize; t++) idf[t] = df[t]! > 0 ? Math.log(1 + n / df[t]!) : 0;
  return idf;
}

/** TF-IDF vector of unit length (an empty passage stays the zero vector). */
export function weigh(counts: SparseVector, idf: Float64Array): SparseVector {
  const weights = new Float64Array(counts.terms.length);
  let norm = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = counts.weights[i]! * (idf[counts.terms[i]!] ?? 0);
    weights[i] = w;
    norm += w * w;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < weights.length; i++) weights[i]! *= inv;
  }
  return { terms: counts.terms, weights };
}

/** Cosine of two unit vectors: a merge over the sorted term ids. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const ta = a.terms[i]!;
    const tb = b.terms[j]!;
    if (ta === tb) s += a.weights[i++]! * b.weights[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return s;
}
