/**
 * Word export of a brief, with real structure: Heading 1/2/3 for title,
 * document and section (one level lower under a colour or tag group), each
 * quote in the "Quote" paragraph style, the details of an item as a bulleted
 * list, the colour legend as a table. Word's navigation pane and styles work
 * on it as on a document written by hand.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Brief, BriefItem } from '../../common/export/brief';
import { countLabel } from '../../common/export/labels';
import type { ColorId } from '../../common/model';
import { noteParagraphs, xmlSafe } from './docx-note';
import { NO_PACE, type Pace } from './pace';

const HEX: Record<ColorId, string> = {
  yellow: 'F5D90A',
  green: '30A46C',
  red: 'E5484D',
  blue: '0090FF',
  purple: '8E4EC6',
};

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

const heading = (text: string, level: 1 | 2 | 3 | 4): Paragraph =>
  new Paragraph({ heading: HEADINGS[level - 1], children: [new TextRun({ text: xmlSafe(text) })] });

/** Quote paragraphs: one per paragraph of the quote, line breaks kept as breaks. */
function quoteParagraphs(quote: string, lang: string): Paragraph[] {
  return quote
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map(
      (p) =>
        new Paragraph({
          style: 'Quote',
          children: p
            .split('\n')
            .map((line, i) => new TextRun({ text: xmlSafe(line.trim()), language: { value: lang }, ...(i ? { break: 1 } : {}) })),
        }),
    );
}

const detail = (label: string, value: string, colon: string, extra: TextRun[] = []): Paragraph =>
  new Paragraph({
    bullet: { level: 0 },
    children: [new TextRun({ text: xmlSafe(`${label}${colon} `), bold: true }), ...extra, new TextRun({ text: xmlSafe(value) })],
  });

function item(i: BriefItem, b: Brief, lang: string): Paragraph[] {
  const l = b.labels;
  const out = [...(i.lead?.trim() ? noteParagraphs(i.lead) : []), ...quoteParagraphs(i.quote, lang)];
  out.push(detail(l.citation, i.citation, l.colon));
  out.push(detail(l.colour, `${i.meaning} (${i.colorName})`, l.colon, [new TextRun({ text: '■ ', color: HEX[i.color] })]));
  if (i.tags.length) out.push(detail(l.tags, i.tags.join(l.tagSeparator), l.colon));
  if (i.note.trim()) {
    out.push(new Paragraph({ children: [new TextRun({ text: xmlSafe(`${l.note}${l.colon}`), bold: true })] }));
    out.push(...noteParagraphs(i.note));
  }
  out.push(new Paragraph({ children: [] }));
  return out;
}

function legendTable(b: Brief): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: b.legend.map(
      (e) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 6, type: WidthType.PERCENTAGE },
              shading: { type: ShadingType.CLEAR, fill: HEX[e.color], color: 'auto' },
              children: [new Paragraph({ children: [] })],
            }),
            new TableCell({ width: { size: 24, type: WidthType.PERCENTAGE }, children: [new Paragraph({ text: xmlSafe(e.name) })] }),
            new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, children: [new Paragraph({ text: xmlSafe(e.meaning) })] }),
          ],
        }),
    ),
  });
}

export async function briefToDocument(b: Brief, pace: Pace = NO_PACE): Promise<Document> {
  const l = b.labels;
  const shift = b.grouping === 'document' ? 0 : 1;
  const children: (Paragraph | Table)[] = [heading(b.title, 1)];
  const meta = [`${l.date}${l.colon} ${l.formatDate(b.date)}`, ...(b.scope ? [`${l.scope}${l.colon} ${b.scope}`] : []), countLabel(l, b.count)];
  children.push(new Paragraph({ children: meta.map((m, i) => new TextRun({ text: xmlSafe(m), ...(i ? { break: 1 } : {}) })) }));
  if (b.introduction) children.push(...noteParagraphs(b.introduction));
  children.push(heading(l.legend, 2), legendTable(b));
  if (b.count === 0) children.push(new Paragraph({ text: xmlSafe(l.noHighlights) }));

  for (const g of b.groups) {
    if (g.heading !== null) children.push(heading(g.heading, 2));
    for (const d of g.documents) {
      children.push(heading(d.citation, (2 + shift) as 2 | 3));
      for (const s of d.sections) {
        if (s.trail.length) children.push(heading(s.trail.join(l.trailSeparator), (3 + shift) as 3 | 4));
        for (const i of s.items) {
          children.push(...item(i, b, d.language));
          await pace.step();
        }
      }
    }
  }
  if (b.closing) children.push(...noteParagraphs(b.closing));
  if (b.bookmarks?.length) {
    children.push(heading(l.bookmarks, 2));
    for (const m of b.bookmarks) children.push(detail(m.citation, m.text, l.colon));
  }

  // docx writes "Un-named" as the last author unless told: both name the delegate.
  const author = xmlSafe(b.author?.trim() || 'Plenary');
  return new Document({
    creator: author,
    lastModifiedBy: author,
    title: xmlSafe(b.title),
    styles: {
      // The brief's language, for Word's proofing and screen readers.
      default: { document: { run: { language: { value: l.lang } } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '404040' },
          paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 60 }, alignment: AlignmentType.LEFT },
        },
      ],
    },
    sections: [{ children }],
  });
}

/** The brief as a .docx file; `pace` counts each highlight laid out and yields between slices. */
export async function toDocx(b: Brief, pace: Pace = NO_PACE): Promise<Buffer> {
  const document = await briefToDocument(b, pace);
  // Serialising and zipping is one call of the docx library; its phase has no finer count.
  await pace.phase('packing', 1);
  return Packer.toBuffer(document);
}
