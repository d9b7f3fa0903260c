/**
 * Ingestion: raw extracted text + its catalog entry → a structured document.
 * Pure: no I/O, no DOM, no Node; the build step (scripts/build-corpus.ts)
 * reads the files and writes the result.
 *
 * Stages, each in its own module:
 *   title-block   drop the printed title block (the catalog carries it)
 *   segment       lines → chunks; page furniture removed; numbering tracked
 *   rejoin        paragraphs cut by page breaks made whole again
 *   classify      chunk → heading / paragraph / list item / schedule / quote
 *   inline-parse  emphasis, superscripts, note marks, links → AST
 *   footnotes     each note linked to its one reference
 *   inline-render AST → `text` and `md`, checked against marked
 *   ids           stable ids: "p-23", or kind + hash of the block's text
 *   outline       heading paths
 *
 * Nothing is dropped silently: whatever could not be classified or linked is
 * kept in the best form available and reported in `warnings`.
 */
import type { Block, CatalogEntry, Footnote, StructuredDocument } from '../model';
import { classify } from './classify';
import { noteDrafts, pairNotes, type RefNode, type RefSite } from './footnotes';
import { assignIds } from './ids';
import { parseInline, wholeEmphasis } from './inline-parse';
import { plainText, renderInline } from './inline-render';
import { headingPaths } from './outline';
import { rejoinPageCuts } from './rejoin';
import { segment } from './segment';
import { endsSentence } from './text';
import { findTitleBlock } from './title-block';
import type { Draft, InlineNode, SourceLine } from './types';

export interface IngestResult {
  doc: StructuredDocument;
  warnings: string[];
}

/** Normalise line endings and Unicode composition; a form feed is a page break, i.e. a blank line. */
export function toLines(text: string): SourceLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .split('\n')
    .map((t, i) => ({ text: t.replace(/\t/g, '  ').replace(/ +$/, ''), lineNo: i + 1 }));
}

function collectRefs(nodes: readonly InlineNode[], block: number, lineNo: number, into: RefSite[]): void {
  for (const n of nodes) {
    if (n.t === 'ref') into.push({ node: n, block, lineNo });
    else if (n.t === 'emph') collectRefs(n.children, block, lineNo, into);
  }
}

function refIds(nodes: readonly InlineNode[], into: string[] = []): string[] {
  for (const n of nodes) {
    if (n.t === 'ref' && n.id !== undefined) into.push(n.id);
    else if (n.t === 'emph') refIds(n.children, into);
  }
  return into;
}

export function ingestDocument(entry: CatalogEntry, text: string): IngestResult {
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);

  const lines = toLines(text);
  const title = findTitleBlock(lines, entry);
  const body = ingestBody(lines.slice(title.bodyStart), entry, warn);
  return { doc: { ...entry, blocks: body.blocks, footnotes: body.footnotes }, warnings };
}

export interface BodyResult {
  blocks: Block[];
  footnotes: Footnote[];
  /** For each block, the source line it starts on (an added PDF maps it to its page). */
  blockLines: number[];
}

/**
 * The body after the title block: the rules every document goes through, the
 * bundled texts and the added documents (common/ingest/from-layout) alike.
 */
export function ingestBody(lines: readonly SourceLine[], entry: Pick<CatalogEntry, 'symbol'>, warn: (m: string) => void): BodyResult {
  const chunks = rejoinPageCuts(segment(lines, entry, warn), warn);
  const notes = noteDrafts(chunks);
  const noteMarks = new Set(notes.map((n) => n.mark));

  // Classify and parse; a heading's wrapping emphasis is its style, not its content.
  const drafts: Draft[] = [];
  const inline: InlineNode[][] = [];
  for (const d of classify(chunks)) {
    const parsed = parseInline(d.src, { noteMarks, refs: true });
    for (const m of parsed.dropped) warn(`line ${d.lineNo}: removed unbalanced emphasis marker "${m}"`);
    const whole = d.unwrap ? wholeEmphasis(parsed.nodes) : undefined;
    const nodes = whole ? whole.children : parsed.nodes;
    if (plainText(nodes).trim() === '' && !nodes.some((n) => n.t === 'ref')) {
      warn(`line ${d.lineNo}: ${d.kind} "${d.src}" has no visible text; left out`);
      continue;
    }
    drafts.push(d);
    inline.push(nodes);
  }
  if (drafts.length === 0) warn('no body text after the title block');
  // Running text that stops mid-sentence and found no continuation: some text may be missing.
  for (const d of drafts) {
    if ((d.kind === 'paragraph' || d.kind === 'list-item') && !endsSentence(d.src)) {
      warn(`line ${d.lineNo}: ${d.kind} ends mid-sentence and no continuation was found; kept as is`);
    }
  }

  const refs: RefSite[] = [];
  inline.forEach((nodes, i) => collectRefs(nodes, i, drafts[i]!.lineNo, refs));
  const pairing = pairNotes(
    notes,
    refs,
    (noteIndex, id) => {
      const mark = notes[noteIndex]!.mark;
      const orphan: RefNode = { t: 'ref', mark, raw: mark, via: 'star', id };
      inline[0]?.push(orphan); // the first block stands where the title block was
      return 0;
    },
    warn,
  );

  const rendered = inline.map((nodes, i) => {
    const r = renderInline(nodes);
    if (r.fallback === 'plain') warn(`line ${drafts[i]!.lineNo}: emphasis could not be expressed safely and was left out`);
    return r;
  });
  const ids = assignIds(
    drafts.map((d, i) => ({ kind: d.kind, number: d.number, label: d.label, text: rendered[i]!.text })),
    warn,
  );

  const paths = headingPaths(drafts.map((d, i) => ({ id: ids[i]!, kind: d.kind, level: d.level })));
  const blocks: Block[] = drafts.map((d, i) => {
    const block: Block = { id: ids[i]!, kind: d.kind, text: rendered[i]!.text, md: rendered[i]!.md, headingPath: paths[i]! };
    if (d.number !== undefined) block.number = d.number;
    if (d.level !== undefined) block.level = d.level;
    if (d.label !== undefined) block.label = d.label;
    const fns = refIds(inline[i]!);
    if (fns.length > 0) block.footnoteRefs = fns;
    return block;
  });

  const footnotes: Footnote[] = [];
  notes.forEach((n, i) => {
    const p = pairing.notes[i]!;
    const block = blocks[p.block];
    if (!block) {
      warn(`line ${n.lineNo}: note "${n.mark}" could not be attached: the document has no blocks`);
      return;
    }
    const r = renderInline(parseInline(n.src, { noteMarks, refs: false }).nodes);
    footnotes.push({ id: p.id, mark: n.mark, text: r.text, md: r.md, refBlockId: block.id });
  });

  return { blocks, footnotes, blockLines: drafts.map((d) => d.lineNo) };
}

export { parseCatalog } from './catalog';
