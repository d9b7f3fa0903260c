/**
 * The document's plain text as annotations address it: the blocks' `text`
 * joined by "\n\n", positions counted in Unicode code points. Computed once
 * per document object and cached, since import and brief both ask often.
 */
import type { Block, StructuredDocument } from '../model';

export const BLOCK_SEPARATOR = '\n\n';

export interface DocLayout {
  text: string;
  /** The text as code points, so slicing by annotation offsets is direct. */
  points: string[];
  /** Code-point offset at which each block starts, in block order. */
  starts: number[];
  /** Block id → index in `doc.blocks`. */
  index: Map<string, number>;
}

const cache = new WeakMap<StructuredDocument, DocLayout>();

export function layoutOf(doc: StructuredDocument): DocLayout {
  const hit = cache.get(doc);
  if (hit) return hit;
  const points: string[] = [];
  const starts: number[] = [];
  const index = new Map<string, number>();
  doc.blocks.forEach((b, i) => {
    if (i > 0) points.push('\n', '\n');
    starts.push(points.length);
    index.set(b.id, i);
    for (const cp of b.text) points.push(cp);
  });
  const layout = { text: points.join(''), points, starts, index };
  cache.set(doc, layout);
  return layout;
}

/** Length of a string in code points. */
export const codePointLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/** The text between two code-point offsets. */
export const sliceText = (layout: DocLayout, start: number, end: number): string =>
  layout.points.slice(start, end).join('');

/** Index of the block that contains the code point at `offset` (separators belong to the block before). */
export function blockIndexAt(layout: DocLayout, offset: number): number {
  let lo = 0;
  let hi = layout.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((layout.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function blockAt(doc: StructuredDocument, offset: number): Block | undefined {
  return doc.blocks[blockIndexAt(layoutOf(doc), offset)];
}

/**
 * Every code-point offset at which `exact` occurs in the document, found on
 * the UTF-16 string and converted once.
 */
export function findAll(layout: DocLayout, exact: string, limit = 1000): number[] {
  const text = layout.text;
  const found: number[] = [];
  let cu = text.indexOf(exact);
  let lastCu = 0;
  let lastCp = 0;
  while (cu !== -1 && found.length < limit) {
    lastCp += codePointLength(text.slice(lastCu, cu));
    lastCu = cu;
    found.push(lastCp);
    cu = text.indexOf(exact, cu + 1);
  }
  return found;
}
