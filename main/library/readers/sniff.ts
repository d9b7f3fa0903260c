/**
 * What a file is, by its content: the extension is only believed to choose
 * between Markdown and plain text, which no byte pattern tells apart. A file
 * named .pdf that is not a PDF, an image, an archive that is not a Word
 * document, or binary data is refused with its name and the reason.
 */
import { readError } from './errors';

export type SourceFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

/** Image and other binary signatures, for a precise refusal. */
const BINARY_KINDS: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word (.doc) or Office file; save it as .docx or PDF'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF file; save it as .docx or PDF'],
];

/** Does the zip's directory name a Word main part? The names are stored uncompressed. */
function zipHasWordDocument(bytes: Uint8Array): boolean {
  const needle = 'word/document.xml';
  const text = new TextDecoder('latin1').decode(bytes.length > 4_000_000 ? bytes.subarray(bytes.length - 4_000_000) : bytes);
  return text.includes(needle) || new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).includes(needle);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n * 0.02;
}

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;

export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat {
  if (bytes.length === 0) throw readError(fileName, 'the file is empty');
  // "%PDF-" may follow a little junk; PDF readers look in the first kilobyte.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (zipHasWordDocument(bytes)) return 'docx';
    throw readError(fileName, 'this is a zip archive, not a Word (.docx) document; Plenary reads PDF, Word (.docx), HTML, Markdown and text');
  }
  for (const [sig, what] of BINARY_KINDS) {
    if (startsWith(bytes, sig)) throw readError(fileName, `this is ${what}, which Plenary does not read (Plenary does not read images)`);
  }
  if (looksBinary(bytes)) throw readError(fileName, 'unsupported file type: binary data that is not PDF or Word (.docx)');
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (HTML_START.test(head)) return 'html';
  if (/\.(?:x?html?)$/i.test(fileName) && /<(?:p|h[1-6]|div|table)[\s>]/i.test(head)) return 'html';
  if (/\.(?:md|markdown|mdown|mkd)$/i.test(fileName)) return 'markdown';
  if (/\.(?:pdf|docx)$/i.test(fileName)) {
    throw readError(fileName, `the name says .${fileName.split('.').pop()!.toLowerCase()} but the content is text; the file is damaged or misnamed`);
  }
  return 'text';
}
