/**
 * The comparison report as Word: the redline as real tracked changes
 * (w:ins / w:del), so Word shows them in its review pane and can accept or
 * reject them; aligned passages as a two-column table; unmatched passages
 * under their own headings.
 */
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild } from 'docx';
import type { CompareReport, ComparePassage } from '../../common/export/compare-report';
import { xmlSafe } from './docx-note';

const heading = (text: string, level: 1 | 2): Paragraph =>
  new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun({ text: xmlSafe(text) })] });

const passage = (p: ComparePassage, lang: string): Paragraph[] => [
  new Paragraph({ children: [new TextRun({ text: xmlSafe(p.citation), bold: true, size: 18 })] }),
  new Paragraph({ children: [new TextRun({ text: xmlSafe(p.text), language: { value: lang } })] }),
];

export function compareToDocument(r: CompareReport, author: string): Document {
  const w = r.words;
  const who = xmlSafe(author.trim() || 'Plenary');
  const when = `${r.date.slice(0, 10)}T00:00:00Z`;
  let revision = 1;
  const children: (Paragraph | Table)[] = [
    heading(r.title, 1),
    new Paragraph({ children: [r.left.citation, r.right.citation, `${r.labels.date}${r.labels.colon} ${r.labels.formatDate(r.date)}`].map((m, i) => new TextRun({ text: xmlSafe(m), ...(i ? { break: 1 } : {}) })) }),
    new Paragraph({ children: [new TextRun({ text: xmlSafe(w.key), italics: true })] }),
    heading(w.aligned, 2),
  ];
  if (!r.pairs.length) children.push(new Paragraph({ text: xmlSafe(w.none) }));
  for (const p of r.pairs) {
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            children: [
              new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: passage(p.left, r.left.language) }),
              new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: passage(p.right, r.right.language) }),
            ],
          }),
        ],
      }),
    );
    if (p.diff) {
      const runs: ParagraphChild[] = p.diff.map((s) => {
        const text = xmlSafe(s.text);
        if (s.type === 'insert') return new InsertedTextRun({ id: revision++, author: who, date: when, text, color: '0B6B2F', underline: {} });
        if (s.type === 'delete') return new DeletedTextRun({ id: revision++, author: who, date: when, text, color: 'A3111A', strike: true });
        return new TextRun({ text });
      });
      children.push(new Paragraph({ children: runs }));
    }
    children.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(w.similarity(p.score)), size: 18, color: '555555' })] }));
  }
  for (const [title, list, lang] of [
    [w.onlyLeft, r.onlyLeft, r.left.language],
    [w.onlyRight, r.onlyRight, r.right.language],
  ] as const) {
    children.push(heading(title, 2));
    if (!list.length) children.push(new Paragraph({ text: xmlSafe(w.none) }));
    for (const p of list) children.push(...passage(p, lang));
  }
  return new Document({
    creator: who,
    lastModifiedBy: who,
    title: xmlSafe(r.title),
    styles: { default: { document: { run: { language: { value: r.labels.lang } } } } },
    sections: [{ children }],
  });
}

export async function compareToDocx(r: CompareReport, author: string): Promise<Buffer> {
  return Packer.toBuffer(compareToDocument(r, author));
}
