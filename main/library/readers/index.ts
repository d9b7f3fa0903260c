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
import { detectMetadata, type TitleCandidate } from '../../../common/ingest/detect';
import { layoutToBlocks } from '../../../common/ingest/from-layout';
import { type Layout, lineText } from '../../../common/ingest/layout';
import { markTitleBlock } from '../../../common/ingest/layout-title';
import { parseNumbered, parseSectionLabel } from '../../../common/ingest/markers';
import type { Block, DocType, Footnote } from '../../../common/model';
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

export interface DetectedMetadata {
  symbol?: string;
  title?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
  /** 'fr' | 'en' | 'es' | another ISO 639-1 code ('und' when too short to tell). */
  language: string;
  docType: DocType;
}

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
 * Reading an added file into blocks: the one entry point the library calls.
 * INTERIM VERSION (area C2). The format readers (PDF, DOCX, HTML) are being
 * written in another branch with exactly this interface; until it is merged
 * this file reads plain text and Markdown through the same ingestion the
 * bundled texts use (common/ingest), and refuses the other formats with a
 * message that names the file. Detection here is deliberately simple.
import { franc } from 'franc-min';
import { ingestDocument } from '../../../common/ingest';
import type { Block, CatalogEntry, DocType, Footnote } from '../../../common/model';
import { UserError } from '../../../common/result';
export type SourceFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';
const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
/** The format of a file by its content (the extension only tells Markdown from plain text). */
export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.docx$/i.test(fileName)) return 'docx';
    throw new UserError(`${fileName}: this is a ZIP archive, not a Word (.docx) document; Plenary cannot read it.`);
  const head = bytes.subarray(0, 4096);
  // Text never contains NUL; binary files (images, executables, old .doc) almost always do.
  if (head.includes(0)) {
    throw new UserError(`${fileName}: unsupported file type (binary content); Plenary reads PDF, Word (.docx), HTML, Markdown and text files.`);
  const start = new TextDecoder('utf-8', { fatal: false }).decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (/\.(md|markdown)$/i.test(fileName)) return 'markdown';
  return 'text';
function decodeText(bytes: Uint8Array, fileName: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${fileName}: the text is not valid UTF-8; save it as UTF-8 and add it again.`);
const LANGS: Record<string, string> = { fra: 'fr', eng: 'en', spa: 'es', deu: 'de', ita: 'it', por: 'pt', rus: 'ru', arb: 'ar', cmn: 'zh' };
/** UN-style symbols: "A/68/370", "A/C.3/78/L.60/Rev.1", "IC/2009/1". */
const SYMBOL = /\b([A-Z]{1,4}(?:\/[A-Z0-9][A-Za-z0-9.]*){2,6})\b/;
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, 'février': 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, 'août': 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, 'décembre': 12, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const pad = (n: number) => String(n).padStart(2, '0');
function detectDate(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const m = /\b(\d{1,2})(?:er)?\s+(?:de\s+)?([A-Za-zéèûô]+)\s+(?:de\s+)?(\d{4})\b/i.exec(text);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month && Number(m[1]) >= 1 && Number(m[1]) <= 31) return `${m[3]}-${pad(month)}-${pad(Number(m[1]))}`;
  return undefined;
function detect(text: string): DetectedMetadata {
  const head = text.slice(0, 3000);
  const firstLine = text.split('\n').map((l) => l.replace(/^#+\s*/, '').replace(/[*_]+/g, '').trim()).find((l) => l !== '');
  const code = franc(text.slice(0, 20_000), { minLength: 20 });
  const detected: DetectedMetadata = { language: LANGS[code] ?? 'und', docType: 'other' };
  const symbol = SYMBOL.exec(head)?.[1];
  if (symbol) detected.symbol = symbol;
  if (firstLine) detected.title = firstLine.slice(0, 300);
  const date = detectDate(head);
  if (date) detected.date = date;
  return detected;
export async function readDocumentFile(
  bytes: Uint8Array,
  fileName: string,
  opts: { onProgress?(p: ReadProgress): void; signal?: AbortSignal; maxBytes?: number } = {},
): Promise<ReadResult> {
  if (bytes.length === 0) throw new UserError(`${fileName}: the file is empty.`);
  if (bytes.length > max) {
    throw new UserError(`${fileName}: the file is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${Math.round(max / 1048576)} MB.`);
  if (format !== 'text' && format !== 'markdown') {
    throw new UserError(`${fileName}: reading ${format.toUpperCase()} files is not available in this version yet.`);
  opts.onProgress?.({ phase: 'reading', done: 0, total: 1 });
  const text = decodeText(bytes, fileName);
  if (text.trim() === '') throw new UserError(`${fileName}: the file has no text.`);
  opts.signal?.throwIfAborted();
  const detected = detect(text);
  // The provisional entry lets the ingester recognise the title lines (see title-block.ts).
  const entry: CatalogEntry = {
    id: 'added',
    source: 'added.txt',
    shortName: detected.symbol ?? fileName,
    title: detected.title ?? fileName,
    date: detected.date ?? '1970-01-01',
    place: '-',
    organizer: '-',
    docType: detected.docType,
    language: detected.language,
    ...(detected.symbol ? { symbol: detected.symbol } : {}),
  const { doc, warnings } = ingestDocument(entry, text);
  if (doc.blocks.length === 0) throw new UserError(`${fileName}: no readable text was found after the title.`);
  opts.onProgress?.({ phase: 'reading', done: 1, total: 1 });
  return { format, blocks: doc.blocks, footnotes: doc.footnotes, detected, warnings };
