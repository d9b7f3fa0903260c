/**
 * The comparison report as PDF, with the brief's writer settings (tagged,
 * language set, DejaVu subsets, running title and page numbers, an outline):
 * each aligned pair as the two passages, then the redline, inserted words
 * underlined in green and deleted words struck through in red.
 */
import type { CompareReport, ComparePassage } from '../../common/export/compare-report';
import { createPdf, runningHeads, type PdfOptions } from './pdf';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

export async function compareToPdf(r: CompareReport, author: string, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, done } = createPdf({ title: r.title, lang: r.labels.lang, author }, options);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  const text = (parent: Struct, tag: string, s: string, font: string, size: number, color = '#1a1a1a', lang?: string): void => {
    const el = doc.struct(tag, lang ? { lang } : {}, () => {
      doc.font(font).fontSize(size).fillColor(color).text(s, left, doc.y, { width });
    });
    parent.add(el);
    el.end();
    doc.moveDown(0.3);
  };
  const heading = (level: 1 | 2, s: string): void => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
    doc.outline.addItem(s);
    text(root, `H${level}`, s, 'sansBold', level === 1 ? 18 : 14);
  };
  const passage = (parent: Struct, p: ComparePassage, lang: string): void => {
    text(parent, 'P', p.citation, 'sansBold', 9, '#333333');
    text(parent, 'P', p.text, 'serif', 10, '#1a1a1a', lang);
  };

  heading(1, r.title);
  text(root, 'P', [r.left.citation, r.right.citation, `${r.labels.date}${r.labels.colon} ${r.labels.formatDate(r.date)}`].join('\n'), 'sans', 9, '#555555');
  text(root, 'P', r.words.key, 'italic', 9.5, '#333333');
  heading(2, r.words.aligned);
  if (!r.pairs.length) text(root, 'P', r.words.none, 'serif', 10);
  for (const p of r.pairs) {
    const sect = doc.struct('Sect');
    root.add(sect);
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    passage(sect, p.left, r.left.language);
    passage(sect, p.right, r.right.language);
    if (p.diff) redline(doc, sect, p.diff, left, width, r.right.language);
    text(sect, 'P', r.words.similarity(p.score), 'sans', 8.5, '#555555');
    sect.end();
    doc.moveDown(0.5);
  }
  for (const [title, list, lang] of [
    [r.words.onlyLeft, r.onlyLeft, r.left.language],
    [r.words.onlyRight, r.onlyRight, r.right.language],
  ] as const) {
    heading(2, title);
    if (!list.length) text(root, 'P', r.words.none, 'serif', 10);
    for (const p of list) passage(root, p, lang);
  }
  root.end();
  await runningHeads(doc, r.title, r.labels.page);
  doc.end();
  return done;
}

/** One paragraph of runs: equal text plain, insertions green and underlined, deletions red and struck through. */
function redline(doc: Doc, parent: Struct, diff: readonly { type: string; text: string }[], left: number, width: number, lang: string): void {
  const el = doc.struct('P', { lang }, () => {
    doc.font('serif').fontSize(10);
    diff.forEach((s, i) => {
      const last = i === diff.length - 1;
      const style = s.type === 'insert' ? { color: '#0b6b2f', underline: true, strike: false } : s.type === 'delete' ? { color: '#a3111a', underline: false, strike: true } : { color: '#1a1a1a', underline: false, strike: false };
      doc.fillColor(style.color);
      const opts = { continued: !last, underline: style.underline, strike: style.strike, width };
      if (i === 0) doc.text(s.text, left, doc.y, opts);
      else doc.text(s.text, opts);
    });
  });
  parent.add(el);
  el.end();
  doc.fillColor('#1a1a1a');
  doc.moveDown(0.3);
}
