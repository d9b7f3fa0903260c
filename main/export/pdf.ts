/**
 * PDF export of a brief, written by pdfkit in main: the same file in the
 * desktop app and the browser twin, with no print dialog. A4 or Letter; the
 * running title and "Page n of m" on every page (marked as pagination
 * artifacts, so screen readers skip them); DejaVu fonts embedded as subsets
 * (every French and Spanish glyph); a document outline (title, introduction,
 * each document and section); tagged (a structure tree of headings,
 * paragraphs, block quotes and lists) with the brief's language set, and each
 * quote tagged with its document's language.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Brief, BriefItem } from '../../common/export/brief';
import { countLabel } from '../../common/export/labels';
import type { ColorId } from '../../common/model';
import { NO_PACE, type Pace } from './pace';
import { markdownBlocks } from './pdf-text';

export type Paper = 'a4' | 'letter';

export interface PdfOptions {
  paper?: Paper;
  /** Creation date written in the file's metadata. */
  now?: Date;
}

export const SWATCH: Record<ColorId, string> = { yellow: '#f5d90a', green: '#30a46c', red: '#e5484d', blue: '#0090ff', purple: '#8e4ec6' };

const requireFont = createRequire(import.meta.url);
export const FONTS = {
  serif: 'DejaVuSerif',
  italic: 'DejaVuSerif-Italic',
  sansBold: 'DejaVuSans-Bold',
  sans: 'DejaVuSans',
  mono: 'DejaVuSansMono',
} as const;
export type FontName = keyof typeof FONTS;

const SIZES = { h1: 20, h2: 15, h3: 12.5, h4: 11.5, body: 10.5, small: 9, footer: 8 } as const;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Outline = PDFKit.PDFOutline;

export interface PdfMeta {
  title: string;
  author?: string;
  lang: string;
}

/** A tagged pdfkit document with the DejaVu fonts registered, and the promise of its bytes. */
export function createPdf(meta: PdfMeta, options: PdfOptions = {}): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: options.paper === 'letter' ? 'LETTER' : 'A4',
    margins: { top: 62, bottom: 62, left: 60, right: 60 },
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author?.trim() || 'Plenary',
      Creator: 'Plenary',
      Producer: 'Plenary (pdfkit)',
      CreationDate: options.now ?? new Date(),
    },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, requireFont.resolve(`dejavu-fonts-ttf/ttf/${file}.ttf`));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** The brief as a PDF file; `pace` counts each highlight written and yields between slices. */
export async function toPdf(b: Brief, options: PdfOptions = {}, pace: Pace = NO_PACE): Promise<Buffer> {
  const { doc, done } = createPdf({ title: b.title, lang: b.labels.lang, ...(b.author ? { author: b.author } : {}) }, options);
  await new Writer(doc, b, pace).write();
  await pace.phase('packing', doc.bufferedPageRange().count);
  await runningHeads(doc, b.title, b.labels.page, pace);
  doc.end();
  return done;
}

class Writer {
  private readonly root: Struct;
  private readonly width: number;

  constructor(
    private readonly doc: Doc,
    private readonly b: Brief,
    private readonly pace: Pace,
  ) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  /** One tagged run of text: `tag` in the structure tree, the text laid out in `font`. */
  private text(parent: Struct, tag: string, text: string, font: FontName, size: number, opts: PDFKit.Mixins.TextOptions & { lang?: string; color?: string; gap?: number; indent?: number } = {}): void {
    const { lang, color, gap = 4, indent = 0, ...textOpts } = opts;
    const { doc } = this;
    const el = doc.struct(tag, lang ? { lang } : {}, () => {
      doc
        .font(font)
        .fontSize(size)
        .fillColor(color ?? '#1a1a1a')
        .text(text, doc.page.margins.left + indent, doc.y, { width: this.width - indent, ...textOpts });
    });
    parent.add(el);
    el.end();
    doc.moveDown(gap / size);
  }

  private heading(parent: Struct, level: 1 | 2 | 3 | 4, text: string): void {
    const size = [SIZES.h1, SIZES.h2, SIZES.h3, SIZES.h4][level - 1] ?? SIZES.h4;
    // Keep a heading with what follows it: start a new page when little room is left.
    if (this.doc.y > this.doc.page.height - this.doc.page.margins.bottom - 4 * size) this.doc.addPage();
    else if (level > 1) this.doc.moveDown(0.4);
    this.text(parent, `H${level}`, text, 'sansBold', size, { gap: 6 });
  }

  /** The delegate's Markdown (introduction, notes, paragraphs between items) as tagged paragraphs. */
  private prose(parent: Struct, markdown: string, size: number = SIZES.body, indent = 0): void {
    for (const blk of markdownBlocks(markdown)) {
      const left = indent + blk.level * 14;
      if (blk.kind === 'code') this.text(parent, 'Code', blk.text, 'mono', size - 1, { indent: left });
      else if (blk.kind === 'heading') this.text(parent, 'P', blk.text, 'sansBold', size, { indent: left });
      else if (blk.kind === 'item') this.text(parent, 'LI', blk.text, 'serif', size, { indent: left + 8 });
      else this.text(parent, 'P', blk.text, 'serif', size, { indent: left });
    }
  }

  private item(parent: Struct, i: BriefItem, lang: string): void {
    const l = this.b.labels;
    if (i.lead?.trim()) this.prose(parent, i.lead);
    const sect = this.doc.struct('Div');
    parent.add(sect);
    if (this.doc.y > this.doc.page.height - this.doc.page.margins.bottom - 60) this.doc.addPage();
    const top = this.doc.y;
    const quote = this.doc.struct('BlockQuote', { lang });
    sect.add(quote);
    this.text(quote, 'P', i.quote.replace(/\r\n?/g, '\n'), 'italic', SIZES.body, { indent: 12, gap: 3, lang });
    quote.end();
    this.text(sect, 'P', `${i.citation} · ${i.meaning} (${i.colorName})`, 'sans', SIZES.small, { indent: 12, gap: 2, color: '#333333' });
    if (i.tags.length) this.text(sect, 'P', `${l.tags}${l.colon} ${i.tags.join(l.tagSeparator)}`, 'sans', SIZES.small, { indent: 12, gap: 2, color: '#444444' });
    if (i.note.trim()) this.prose(sect, i.note, SIZES.body - 0.5, 12);
    sect.end();
    // The colour bar beside the item, on the page where the item starts (decoration: an artifact).
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    const end = this.doc.y > top ? this.doc.y : bottom;
    this.doc.markContent('Artifact', { type: 'Layout' });
    this.doc.rect(this.doc.page.margins.left, top, 3, Math.max(8, end - top - 4)).fill(SWATCH[i.color]);
    this.doc.endMarkedContent();
    this.doc.moveDown(0.6);
  }

  async write(): Promise<void> {
    const { doc, b, root } = this;
    const l = b.labels;
    const outline: Outline = doc.outline;
    outline.addItem(b.title);
    this.heading(root, 1, b.title);
    const meta = [`${l.date}${l.colon} ${l.formatDate(b.date)}`, ...(b.scope ? [`${l.scope}${l.colon} ${b.scope}`] : []), countLabel(l, b.count)];
    this.text(root, 'P', meta.join('\n'), 'sans', SIZES.small, { color: '#555555', gap: 10 });
    if (b.introduction) {
      outline.addItem(l.introduction);
      this.prose(root, b.introduction);
    }

    outline.addItem(l.legend);
    this.heading(root, 2, l.legend);
    const legend = doc.struct('L');
    root.add(legend);
    for (const e of b.legend) {
      doc.markContent('Artifact', { type: 'Layout' });
      doc.rect(doc.page.margins.left, doc.y + 2, 8, 8).fill(SWATCH[e.color]);
      doc.endMarkedContent();
      this.text(legend, 'LI', `${e.name}${l.colon} ${e.meaning}`, 'serif', SIZES.body, { indent: 14, gap: 2 });
    }
    legend.end();
    if (b.count === 0) this.text(root, 'P', l.noHighlights, 'serif', SIZES.body);

    const grouped = b.grouping !== 'document';
    for (const g of b.groups) {
      let groupOutline: Outline = outline;
      const group = doc.struct('Sect');
      root.add(group);
      if (g.heading !== null) {
        groupOutline = outline.addItem(g.heading);
        this.heading(group, 2, g.heading);
      }
      for (const d of g.documents) {
        const docOutline = groupOutline.addItem(d.citation);
        const sect = doc.struct('Sect');
        group.add(sect);
        this.heading(sect, grouped ? 3 : 2, d.citation);
        for (const s of d.sections) {
          if (s.trail.length) {
            const title = s.trail.join(l.trailSeparator);
            docOutline.addItem(title);
            this.heading(sect, grouped ? 4 : 3, title);
          }
          for (const i of s.items) {
            this.item(sect, i, d.language);
            await this.pace.step();
          }
        }
        sect.end();
      }
      group.end();
    }
    if (b.closing) this.prose(root, b.closing);
    if (b.bookmarks?.length) {
      outline.addItem(l.bookmarks);
      this.heading(root, 2, l.bookmarks);
      const list = doc.struct('L');
      root.add(list);
      for (const m of b.bookmarks) this.text(list, 'LI', `${m.citation}${l.colon} ${m.text}`, 'serif', SIZES.small, { gap: 3 });
      list.end();
    }
    root.end();
  }
}

/** Running title and "Page n of m" on every page, written once all pages exist; pagination artifacts. */
export async function runningHeads(doc: Doc, title: string, pageLabel: (page: number, pages: number) => string, pace: Pace = NO_PACE): Promise<void> {
  const range = doc.bufferedPageRange();
  for (let n = range.start; n < range.start + range.count; n++) {
    doc.switchToPage(n);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Text below the bottom margin would start a new page: lift the margin while writing there.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.font('sans').fontSize(SIZES.footer).fillColor('#666666');
    if (n > range.start) doc.text(title, margins.left, 30, { width: width - margins.left - margins.right, align: 'center', lineBreak: false, ellipsis: true, height: 12 });
    doc.text(pageLabel(n - range.start + 1, range.count), margins.left, height - 40, { width: width - margins.left - margins.right, align: 'center', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
    await pace.step();
  }
}
