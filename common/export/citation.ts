/**
 * How a passage is cited. Numbered paragraphs cite as the documents
 * themselves do ("A/68/370, para. 23"); unnumbered ones by their section and
 * their place in it ("IDM 2017 – Note conceptuelle, « Résultats », passage 3"),
 * which a reader can find by counting; a passage of a paged source (an added
 * PDF) without a number by its page ("p. 4", "pág. 4"). The UI's "Copy with citation" uses
 * `citationFor` too, so a copied passage and an exported one read the same.
 */
import type { Block, StructuredDocument } from '../model';
import { resolveLabels, type ExportLabels } from './labels';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A heading as printed, with its label ("IV. Résultats") unless the text already has it. */
export function headingTitle(block: Block): string {
  const text = oneLine(block.text);
  const label = block.label ? oneLine(block.label) : '';
  return label && !text.startsWith(label) ? `${label} ${text}` : text;
}

/** The titles of the headings enclosing a block, outermost first. */
export function sectionTrail(doc: StructuredDocument, block: Block): string[] {
  const byId = headingsById(doc);
  return block.headingPath.map((id) => byId.get(id)).filter((b) => b !== undefined).map(headingTitle);
}

/** "3-a" → "3 a)", "3-a-ii" → "3 a) ii)": sub-items are printed the way the texts print them. */
export function formatParaNumber(n: string): string {
  const [head, ...rest] = n.split('-');
  return [head, ...rest.map((p) => `${p})`)].join(' ');
}

const headingCache = new WeakMap<StructuredDocument, Map<string, Block>>();
function headingsById(doc: StructuredDocument): Map<string, Block> {
  let m = headingCache.get(doc);
  if (!m) {
    m = new Map(doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b]));
    headingCache.set(doc, m);
  }
  return m;
}

/** Block id → 1-based rank among the non-heading blocks under the same innermost heading. */
const passageCache = new WeakMap<StructuredDocument, Map<string, number>>();
function passageNumbers(doc: StructuredDocument): Map<string, number> {
  let m = passageCache.get(doc);
  if (!m) {
    m = new Map();
    const counts = new Map<string, number>();
    for (const b of doc.blocks) {
      if (b.kind === 'heading') continue;
      const key = b.headingPath.at(-1) ?? '';
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      m.set(b.id, n);
    }
    passageCache.set(doc, m);
  }
  return m;
}

const innermost = (b: Block): string => b.headingPath.at(-1) ?? '';

export interface CitationOptions {
  labels?: Partial<ExportLabels>;
  /** The block the passage ends in, to cite a range ("paras. 23–24"). */
  endBlockId?: string;
}

/** The short citation of a passage that starts in `blockId`. */
export function citationFor(doc: StructuredDocument, blockId: string, options: CitationOptions = {}): string {
  const labels = resolveLabels(options.labels);
  const block = doc.blocks.find((b) => b.id === blockId);
  if (!block) return doc.symbol ?? doc.shortName;
  const end =
    options.endBlockId && options.endBlockId !== blockId
      ? doc.blocks.find((b) => b.id === options.endBlockId)
      : undefined;

  if (block.number) {
    const where = doc.symbol ?? doc.shortName;
    if (end?.number && end.number !== block.number) {
      return `${where}, ${labels.paras} ${formatParaNumber(block.number)}–${formatParaNumber(end.number)}`;
    }
    return `${where}, ${labels.para} ${formatParaNumber(block.number)}`;
  }

  const quoted = (t: string): string => `${labels.quoteOpen}${t}${labels.quoteClose}`;
  if (block.kind === 'heading') return `${doc.shortName}, ${quoted(headingTitle(block))}`;

  // A paged source (an added PDF) is cited by its page, which a reader holding the original finds at once.
  if (block.page !== undefined) {
    const where = doc.symbol ?? doc.shortName;
    const last = end?.page;
    return last !== undefined && last !== block.page ? `${where}, ${labels.pagesRef} ${block.page}–${last}` : `${where}, ${labels.pageRef} ${block.page}`;
  }

  const trail = sectionTrail(doc, block);
  const parts = [doc.shortName];
  const heading = trail.at(-1);
  if (heading) parts.push(quoted(heading));
  const numbers = passageNumbers(doc);
  const n = numbers.get(block.id) ?? 1;
  const m = end && end.kind !== 'heading' && !end.number && innermost(end) === innermost(block) ? numbers.get(end.id) : undefined;
  parts.push(m && m !== n ? `${labels.passages} ${n}–${m}` : `${labels.passage} ${n}`);
  return parts.join(', ');
}

/** The full reference of a document: symbol (or short name, which the short citations use), title, date. */
export function documentCitation(doc: StructuredDocument, labels: Partial<ExportLabels> = {}): string {
  const l = resolveLabels(labels);
  const title = doc.subtitle ? `${oneLine(doc.title)}${l.colon} ${oneLine(doc.subtitle)}` : oneLine(doc.title);
  return `${doc.symbol ?? doc.shortName} – ${title} (${l.formatDate(doc.date)})`;
}
