/**
 * Reading an added document: bytes → blocks, footnotes and detected
 * metadata. The format is decided by content (sniff.ts); each reader turns
 * its format into the format-neutral layout (common/ingest/layout.ts), and
 * everything after that is shared: metadata detection, title block removal,
 * and common/ingest/from-layout, which applies the rules the bundled texts
 * go through. Every failure is a UserError naming the file and the problem.
 *
 * This is the entry point the library service calls; it runs in the main
 * process (or the twin's server), never on the interface thread.
 */
import { detectMetadata, type DetectedMetadata, type TitleCandidate } from '../../../common/ingest/detect';
import { layoutToBlocks } from '../../../common/ingest/from-layout';
import { type Layout, lineText } from '../../../common/ingest/layout';
import { markTitleBlock } from '../../../common/ingest/layout-title';
import { parseNumbered, parseSectionLabel } from '../../../common/ingest/markers';
import type { Block, Footnote } from '../../../common/model';
import { docxLayout } from './docx';
import { checkAborted, readError } from './errors';
import { htmlLayout } from './html';
import { markdownLayout } from './markdown';
import { pdfLayout } from './pdf';
import { type SourceFormat, sniffFormat } from './sniff';
import { decodeText, textLayout } from './text';

export type { SourceFormat } from './sniff';
export { sniffFormat } from './sniff';

export interface ReadProgress {
  phase: string;
  done: number;
  total: number;
}

/** The metadata detected from the text (common/ingest/detect.ts, one definition for both). */
export type { DetectedMetadata } from '../../../common/ingest/detect';

export interface ReadResult {
  format: SourceFormat;
  blocks: Block[];
  footnotes: Footnote[];
  detected: DetectedMetadata;
  pages?: number;
  warnings: string[];
}

export interface ReadOptions {
  onProgress?(p: ReadProgress): void;
  signal?: AbortSignal;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
}

/** 50 MB: a 1,000-page report with images stays under it; anything larger is refused before parsing. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** What a format reader hands on. */
export interface ReaderOutput {
  layout: Layout;
  declaredTitle?: string;
  pages?: number;
  warnings: string[];
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function titleCandidates(layout: Layout): TitleCandidate[] {
  const firstPage = layout.lines[0]?.page;
  return layout.lines
    .filter((l, i) => (firstPage !== undefined ? l.page === firstPage : i < 60))
    .filter((l) => {
      const t = lineText(l).trim();
      return l.role !== 'note' && !parseSectionLabel(t) && !parseNumbered(t);
    })
    .map((l) => ({
      text: lineText(l),
      prominence:
        l.role === 'title' ? 100 : l.role === 'heading' ? 10 - (l.level ?? 1) : (l.size ?? (l === layout.lines[0] && looksLikeTitle(lineText(l)) ? 1 : 0)),
    }))
    .filter((c) => c.prominence > 0);
}

/** A plain first line is a title when it is short and reads like one (no closing punctuation). */
const looksLikeTitle = (t: string) => t.trim().length <= 150 && !/[.,;:]$/.test(t.trim());

async function layoutOf(format: SourceFormat, bytes: Uint8Array, fileName: string, opts: ReadOptions): Promise<ReaderOutput> {
  switch (format) {
    case 'pdf':
      return pdfLayout(bytes, fileName, opts);
    case 'docx':
      return docxLayout(bytes, fileName, opts);
    case 'html':
      return htmlLayout(decodeText(bytes));
    case 'markdown': {
      const md = markdownLayout(decodeText(bytes));
      return { ...md, warnings: [] };
    }
    case 'text':
      return { layout: textLayout(decodeText(bytes)), warnings: [] };
  }
}

export async function readDocumentFile(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) throw readError(fileName, `the file is ${mb(bytes.length)}, over the ${mb(max)} limit`);
  checkAborted(fileName, opts.signal);
  const format = sniffFormat(bytes, fileName);
  const read = await layoutOf(format, bytes, fileName, opts);
  checkAborted(fileName, opts.signal);
  opts.onProgress?.({ phase: 'structure', done: 0, total: 1 });

  const { layout } = read;
  const firstPage = layout.lines[0]?.page;
  const firstLines = layout.lines.filter((l, i) => (firstPage !== undefined ? l.page === firstPage : i < 60)).map(lineText);
  const detectInput = {
    firstPageLines: firstLines,
    titleCandidates: titleCandidates(layout),
    fullText: layout.lines.map(lineText).join('\n'),
  };
  const detected = detectMetadata(read.declaredTitle !== undefined ? { ...detectInput, declaredTitle: read.declaredTitle } : detectInput);
  markTitleBlock(layout, detected);
  const body = layoutToBlocks(layout, detected.symbol !== undefined ? { symbol: detected.symbol } : {});
  if (body.blocks.length === 0) throw readError(fileName, 'no text was found in the document');
  opts.onProgress?.({ phase: 'structure', done: 1, total: 1 });

  const result: ReadResult = {
    format,
    blocks: body.blocks,
    footnotes: body.footnotes,
    detected,
    warnings: [...read.warnings, ...body.warnings],
  };
  if (read.pages !== undefined) result.pages = read.pages;
  return result;
}
