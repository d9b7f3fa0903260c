/**
 * PDF, through Mozilla's PDF.js (pdfjs-dist 5, its legacy build runs on the
 * Node of the twin and the tests). Each page's text items, with position,
 * size and font, become layout lines (pdf-lines.ts); weight and slant come
 * from the font's PostScript name ("…-Bold", "…Italic"), which PDF.js only
 * knows once a page's operator list is loaded, so that is done only for
 * pages that bring a font not seen before. Progress is reported per page.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LayoutLine } from '../../../common/ingest/layout';
import { checkAborted, readError } from './errors';
import type { ReaderOutput, ReadOptions } from './index';
import { itemsToLines, type PdfItem } from './pdf-lines';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

interface FontStyle {
  bold: boolean;
  italic: boolean;
}

function styleOf(name: string): FontStyle {
  const n = name.replace(/^[A-Z]{6}\+/, '');
  return { bold: /bold|black|heavy|semibold|demi/i.test(n), italic: /italic|oblique/i.test(n) };
}

/** A file cut short loses its trailer: "%%EOF" must close the last kilobyte. */
function isTruncated(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return !tail.includes('%%EOF');
}

export async function pdfLayout(bytes: Uint8Array, fileName: string, opts: ReadOptions): Promise<ReaderOutput> {
  if (isTruncated(bytes)) throw readError(fileName, 'the PDF is truncated or damaged (its end is missing)');
  const lib = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy, and a
    // plain Uint8Array (it refuses a Node Buffer, which is what the twin's
    // upload and the file dialog produce; Buffer#slice would also be a view).
    doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0, stopAtErrors: false })
      .promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw readError(fileName, 'the PDF is protected by a password; remove the protection and add it again');
    if (name === 'InvalidPDFException') throw readError(fileName, 'the PDF is damaged and cannot be read');
    throw readError(fileName, `the PDF cannot be read (${(e as Error).message})`);
  }
  try {
    const styles = new Map<string, FontStyle>();
    const lines: LayoutLine[] = [];
    let pageHeight = 842;
    const total = doc.numPages;
    for (let p = 1; p <= total; p++) {
      checkAborted(fileName, opts.signal);
      const page = await doc.getPage(p);
      const [, , width, height] = page.view as [number, number, number, number];
      pageHeight = height;
      const content = await page.getTextContent();
      const fonts = Object.keys(content.styles);
      if (fonts.some((f) => !styles.has(f))) {
        await page.getOperatorList();
        for (const f of fonts) {
          if (styles.has(f)) continue;
          const font = page.commonObjs.has(f) ? (page.commonObjs.get(f) as { name?: string }) : undefined;
          styles.set(f, styleOf(font?.name ?? ''));
        }
      }
      const items: PdfItem[] = [];
      for (const it of content.items) {
        if (!('str' in it)) continue;
        const [a, b, c, d, e, f] = it.transform as number[];
        const size = Math.hypot(c!, d!) || Math.hypot(a!, b!);
        const style = styles.get(it.fontName) ?? { bold: false, italic: false };
        items.push({ str: it.str, x: e!, base: height - f!, width: it.width, size, ...style });
      }
      lines.push(...itemsToLines(items, p, width));
      page.cleanup();
      opts.onProgress?.({ phase: 'pages', done: p, total });
    }
    if (!lines.some((l) => l.runs.some((r) => /\p{L}/u.test(r.text)))) {
      throw readError(fileName, 'the PDF has no text layer (a scan?); Plenary does not read images');
    }
    return { layout: { lines, positioned: true, pageCount: total, pageHeight }, pages: total, warnings: [] };
  } finally {
    await doc.destroy();
  }
}
