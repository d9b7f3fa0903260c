/**
 * PDF text items → layout lines. PDF.js gives positioned strings in content
 * order; a line is the run of items that share a baseline. An item set
 * smaller and above the baseline of the text around it is a raised mark (a
 * note reference, or the mark that opens a note at the page foot) and is
 * kept as a raised run. A line is cut at a two-column page's gutter, and
 * the page's lines put in column order (common/ingest/layout-columns). Items in the outer margins that are only a
 * (prefixed) number are a proof's line numbers and never reach the text.
 */
import type { LayoutLine, LayoutRun } from '../../../common/ingest/layout';
import { columnOrder, splitsAtGutter } from '../../../common/ingest/layout-columns';

export interface PdfItem {
  str: string;
  /** Left edge and baseline, from the page's top-left. */
  x: number;
  base: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

/** "17", "S32", "Po17": a line counter in the margin of a printer's proof. */
const MARGIN_NUMBER = /^[A-Za-z]{0,2}\d{1,3}$/;
const MARK = /^(?:\d{1,3}|\*{1,3}|[a-z])$/;

export function isMarginNumber(it: PdfItem, pageWidth: number): boolean {
  const t = it.str.trim();
  return MARGIN_NUMBER.test(t) && (it.x > pageWidth * 0.82 || it.x + it.width < pageWidth * 0.12);
}

/** The size and baseline most of the line's characters are set in. */
function dominant(items: readonly PdfItem[]): { size: number; base: number } {
  const count = new Map<string, number>();
  let best = items[0]!;
  let bestN = -1;
  for (const it of items) {
    const key = `${Math.round(it.size * 10)}:${Math.round(it.base)}`;
    const n = (count.get(key) ?? 0) + it.str.trim().length;
    count.set(key, n);
    if (n > bestN) [best, bestN] = [it, n];
  }
  return { size: best.size, base: best.base };
}

function toLine(items: readonly PdfItem[], page: number): LayoutLine {
  const { size, base } = dominant(items);
  const runs: LayoutRun[] = [];
  let end = -Infinity;
  for (const it of items) {
    const raised = MARK.test(it.str.trim()) && it.size < size * 0.85 && it.base < base - size * 0.15;
    const gap = it.x - end;
    const last = runs[runs.length - 1];
    if (last && !raised && gap > it.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(it.str)) runs.push({ text: ' ' });
    const run: LayoutRun = { text: raised ? it.str.trim() : it.str };
    if (raised) run.raised = true;
    if (it.bold) run.bold = true;
    if (it.italic) run.italic = true;
    runs.push(run);
    end = Math.max(end, it.x + it.width);
  }
  return { runs, page, x: items[0]!.x, y: base - size, size, width: end - items[0]!.x };
}

export function itemsToLines(items: readonly PdfItem[], page: number, pageWidth: number): LayoutLine[] {
  const lines: LayoutLine[] = [];
  let cur: PdfItem[] = [];
  let curBase = 0;
  let curSize = 0;
  let curEnd = 0;
  const flush = () => {
    if (cur.some((i) => i.str.trim() !== '')) lines.push(toLine(cur, page));
    cur = [];
  };
  for (const it of items) {
    // PDF.js spans a wide gap (a column gutter) with one blank item: kept, it would
    // glue the two columns together. A word space's blank item stays.
    const wideBlank = it.str.trim() === '' && it.width > it.size * 1.5;
    if (it.str === '' || wideBlank || isMarginNumber(it, pageWidth)) continue;
    if (cur.length > 0) {
      const tol = Math.max(curSize, it.size) * 0.6;
      const sameLine =
        Math.abs(it.base - curBase) <= tol &&
        it.x >= curEnd - Math.max(curSize, it.size) * 2 &&
        !splitsAtGutter(curEnd, it.x, Math.max(curSize, it.size), pageWidth);
      if (!sameLine) flush();
    }
    if (cur.length === 0) {
      curBase = it.base;
      curSize = it.size;
      curEnd = it.x;
    }
    cur.push(it);
    // The baseline follows the larger text: a small opening mark must not pull the line up.
    if (it.size > curSize) {
      curSize = it.size;
      curBase = it.base;
    }
    curEnd = Math.max(curEnd, it.x + it.width);
  }
  flush();
  return columnOrder(lines, pageWidth);
}
