/**
 * Every class of bad input gets a UserError whose message names the file and
 * the problem. The files are made here from real tools (pdfkit for PDFs,
 * jszip for archives) or cut from the committed fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../common/result';
import { readDocumentFile, sniffFormat } from '../../../main/library/readers/index';
import { checkZip } from '../../../main/library/readers/zip-guard';
import { FORMATS_DIR } from '../../fixtures/formats/make-shared';

function pdfkitPdf(opts: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument(opts);
    const parts: Buffer[] = [];
    doc.on('data', (b: Buffer) => parts.push(b));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(parts))));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

async function rejection(bytes: Uint8Array, name: string, maxBytes?: number): Promise<UserError> {
  try {
    await readDocumentFile(bytes, name, maxBytes !== undefined ? { maxBytes } : {});
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message.startsWith(`${name}: `)).toBe(true);
    return e as UserError;
  }
  throw new Error(`${name} was read without an error`);
}

const fixture = (f: string) => new Uint8Array(readFileSync(join(FORMATS_DIR, f)));

describe('readDocumentFile refuses bad input, naming the file and the problem', () => {
  it('an empty file', async () => {
    expect((await rejection(new Uint8Array(), 'vide.pdf')).message).toMatch(/empty/);
  });

  it('a file over the size limit, before parsing it', async () => {
    expect((await rejection(fixture('a-68-370.pdf'), 'gros.pdf', 10_000)).message).toMatch(/over the 0\.0 MB limit|over the .* limit/);
  });

  it('a scanned PDF: pages with drawings and no text layer', async () => {
    const scan = await pdfkitPdf({}, (d) => {
      d.rect(50, 50, 400, 600).fill('#888');
      d.addPage().circle(200, 200, 80).fill('#444');
    });
    expect((await rejection(scan, 'scan.pdf')).message).toMatch(/no text layer.*Plenary does not read images/);
  });

  it('a password-protected PDF', async () => {
    const locked = await pdfkitPdf({ userPassword: 'secret', ownerPassword: 'owner', pdfVersion: '1.7' }, (d) => d.text('Confidentiel'));
    expect((await rejection(locked, 'protege.pdf')).message).toMatch(/password/);
  });

  it('a truncated PDF', async () => {
    const whole = fixture('a-68-370.pdf');
    expect((await rejection(whole.subarray(0, Math.floor(whole.length / 2)), 'coupe.pdf')).message).toMatch(/truncated or damaged/);
  });

  it('a corrupt PDF: a header and an end, garbage between', async () => {
    const junk = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(2000)}\n%%EOF\n`);
    expect((await rejection(junk, 'abime.pdf')).message).toMatch(/damaged|cannot be read/);
  });

  it('a truncated Word document', async () => {
    const whole = fixture('a-68-370.docx');
    expect((await rejection(whole.subarray(0, Math.floor(whole.length * 0.6)), 'coupe.docx')).message).toMatch(/truncated or damaged/);
  });

  it('a corrupt Word document: the archive is whole, its main part is not XML', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '\u0000\u0001 not xml at all <<<');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect((await rejection(bytes, 'abime.docx')).message).toMatch(/damaged|no text/);
  });

  it('a Word zip bomb, refused from its directory before anything is inflated', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    zip.file('word/media/filler.bin', new Uint8Array(8 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.length).toBeLessThan(100_000);
    expect((await rejection(bytes, 'bombe.docx')).message).toMatch(/zip bomb/);
    const lenient = checkZip(bytes, { maxTotal: 1e12, maxRatio: 1e9, maxEntries: 10 });
    expect(lenient.ok && lenient.total).toBeGreaterThanOrEqual(8 * 1024 * 1024); // the declared sizes, read without inflating
    expect(checkZip(bytes, { maxTotal: 1024 * 1024, maxRatio: 1e9, maxEntries: 10 })).toMatchObject({ ok: false });
  });

  it('an unsupported type, by content and not by name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await rejection(png, 'rapport.pdf')).message).toMatch(/PNG image.*does not read images/);
    const zip = new JSZip();
    zip.file('notes.txt', 'bonjour');
    expect((await rejection(await zip.generateAsync({ type: 'uint8array' }), 'rapport.docx')).message).toMatch(/zip archive, not a Word/);
    const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect((await rejection(binary, 'donnees.txt')).message).toMatch(/unsupported file type/);
    expect((await rejection(new TextEncoder().encode('Juste du texte.'), 'faux.pdf')).message).toMatch(/says \.pdf but the content is text/);
  });

  it('HTML carrying scripts: their text never reaches a block', async () => {
    const html = `<!doctype html><html><head><title>T</title><script>var secret = "SCRIPT-A";</script></head>
      <body onload="alert('HANDLER')"><h1>Titre du document</h1>
      <p>Premier paragraphe <a href="javascript:alert('LINK')">lien</a> du texte.<script>document.write("SCRIPT-B")</script></p>
      <iframe srcdoc="<p>FRAME</p>"></iframe><svg><text>SVG-TEXT</text></svg><style>p::after{content:"STYLE"}</style>
      <p>Second paragraphe.</p></body></html>`;
    const r = await readDocumentFile(new TextEncoder().encode(html), 'page.html');
    const all = r.blocks.map((b) => `${b.text} ${b.md}`).join('\n');
    expect(all).not.toMatch(/SCRIPT|HANDLER|alert|javascript|FRAME|SVG-TEXT|STYLE/);
    expect(r.blocks.map((b) => b.text)).toEqual(['Titre du document', 'Premier paragraphe lien du texte.', 'Second paragraphe.']);
  });
});

describe('sniffFormat', () => {
  it('reads the format from the content', () => {
    expect(sniffFormat(fixture('a-68-370.pdf'), 'sans-extension')).toBe('pdf');
    expect(sniffFormat(fixture('a-68-370.docx'), 'document.bin')).toBe('docx');
    expect(sniffFormat(fixture('a-68-370.html'), 'page.txt')).toBe('html');
    expect(sniffFormat(new TextEncoder().encode('# Titre\n\nTexte.'), 'notes.md')).toBe('markdown');
    expect(sniffFormat(new TextEncoder().encode('Texte brut.'), 'notes.txt')).toBe('text');
  });
});
