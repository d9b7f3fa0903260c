/**
 * Word (.docx), through mammoth: it reads the paragraph styles (Heading 1-6
 * become h1-h6, Title is mapped to the title), numbered and bulleted lists
 * (ol/ul) and the footnotes part (note links and the notes list), and gives
 * HTML that the HTML reader turns into the layout. Word's automatic numbers
 * are typed into their paragraphs first (docx-numbering.ts): mammoth drops them. The archive is checked
 * for zip bombs before mammoth inflates anything (zip-guard.ts).
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { parseNumbering, typeNumbers } from './docx-numbering';
import { checkAborted, readError } from './errors';
import { htmlLayout } from './html';
import type { ReaderOutput, ReadOptions } from './index';
import { checkZip } from './zip-guard';

const STYLE_MAP = [
  "p[style-name='Title'] => h1.doc-title:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  // Word's quotation styles are indented blocks (a programme's sub-items, a quoted passage).
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
];

/** The archive with its numbered paragraphs' numbers typed in, or as it was when nothing is numbered. */
async function withTypedNumbers(bytes: Uint8Array): Promise<Buffer> {
  const original = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await JSZip.loadAsync(original);
  const numbering = await zip.file('word/numbering.xml')?.async('string');
  const document = await zip.file('word/document.xml')?.async('string');
  if (numbering === undefined || document === undefined) return original;
  const defs = parseNumbering(numbering, (await zip.file('word/styles.xml')?.async('string')) ?? '');
  zip.file('word/document.xml', typeNumbers(document, defs));
  // Stored, not deflated: the archive only lives until mammoth has read it.
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

export async function docxLayout(bytes: Uint8Array, fileName: string, opts: ReadOptions): Promise<ReaderOutput> {
  const verdict = checkZip(bytes);
  if (!verdict.ok) throw readError(fileName, verdict.problem);
  checkAborted(fileName, opts.signal);
  let html: string;
  const warnings: string[] = [];
  try {
    const result = await mammoth.convertToHtml({ buffer: await withTypedNumbers(bytes) }, { styleMap: STYLE_MAP });
    html = result.value;
    for (const m of result.messages) if (m.type === 'error') warnings.push(`Word: ${m.message}`);
  } catch (e) {
    throw readError(fileName, `the Word document is damaged and cannot be read (${(e as Error).message.split('\n')[0]})`);
  }
  opts.onProgress?.({ phase: 'document', done: 1, total: 1 });
  const out = htmlLayout(`<!doctype html><html><body>${html}</body></html>`);
  // The Title style is the declared title; mammoth has put it in an h1 with that class.
  const title = /<h1 class="doc-title">([\s\S]*?)<\/h1>/.exec(html)?.[1];
  if (title !== undefined) {
    const text = htmlLayout(`<p>${title}</p>`).layout.lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ').trim();
    if (text !== '') out.declaredTitle = text;
    const first = out.layout.lines.find((l) => l.role === 'heading');
    if (first && first.runs.map((r) => r.text).join('').trim() === text) first.role = 'title';
  }
  return { ...out, warnings: [...warnings, ...out.warnings] };
}
