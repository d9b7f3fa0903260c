/**
 * The brief: what every export format prints, computed once. A tree of
 * groups (one unnamed group, or one per colour or tag) → documents →
 * sections (runs of passages under the same heading trail) → items, each in
 * reading order. Formats only lay this tree out; they decide nothing.
 */
import { COLOR_IDS } from '../model-values';
import type { Annotation, ColorId, Legend, StructuredDocument } from '../model';
import { citationFor, documentCitation, sectionTrail } from './citation';
import { resolveLabels, type ExportLabels } from './labels';
import { exportLabels, localizeLegend } from './locale';
import type { ExportLang } from './strings';
import { blockIndexAt, layoutOf } from './layout';

export type Grouping = 'document' | 'color' | 'tag';

/** Which annotations the export covers, and how to describe that to a reader. */
export interface BriefScope {
  /** Printed under the title, e.g. "All documents" or "A/68/370, red highlights". */
  description?: string;
  docIds?: readonly string[];
  colors?: readonly ColorId[];
  /** Keep annotations that carry at least one of these tags. */
  tags?: readonly string[];
  /** Trashed annotations are left out unless this is set. */
  includeDeleted?: boolean;
}

export interface BriefInput {
  annotations: readonly Annotation[];
  /** The documents, in the order the brief lists them. */
  docs: readonly StructuredDocument[];
  legend: Legend;
  scope?: BriefScope;
  grouping: Grouping;
  title: string;
  /** ISO date of the brief; passed in so that output is reproducible. */
  date: string;
  /** The language every printed word follows; wins over `labels` defaults. */
  lang?: ExportLang;
  labels?: Partial<ExportLabels>;
  /** Who wrote the brief (document metadata: Word, PDF). */
  author?: string;
  /** A composed brief: which highlights, in which order, with the delegate's own text. */
  composition?: BriefComposition;
}

export interface BriefComposition {
  /** The highlights to include; with `manual`, also their order. */
  itemIds: readonly string[];
  manual?: boolean;
  /** Markdown printed under the title, before the legend. */
  introduction?: string;
  /** Annotation id → Markdown paragraph printed just before that item. */
  paragraphs?: Readonly<Record<string, string>>;
  /** Markdown printed after the last item. */
  closing?: string;
  bookmarks?: readonly BriefBookmark[];
}

export interface BriefBookmark {
  docId: string;
  citation: string;
  /** The start of the bookmarked passage. */
  text: string;
}

export interface BriefItem {
  id: string;
  docId: string;
  blockId: string;
  quote: string;
  citation: string;
  color: ColorId;
  colorName: string;
  meaning: string;
  tags: string[];
  note: string;
  author: string;
  created: string;
  modified: string;
  /** The delegate's paragraph printed before this item (Markdown). */
  lead?: string;
}

export interface BriefSection {
  /** Heading titles, outermost first; empty before the first heading. */
  trail: string[];
  items: BriefItem[];
}

export interface BriefDocument {
  docId: string;
  symbol?: string;
  shortName: string;
  title: string;
  date: string;
  language: string;
  /** "A/68/370 – Title (2013-07-15)" */
  citation: string;
  sections: BriefSection[];
}

export interface BriefGroup {
  /** null for the single group of a by-document brief. */
  heading: string | null;
  color?: ColorId;
  tag?: string;
  documents: BriefDocument[];
}

export interface Brief {
  title: string;
  date: string;
  scope?: string;
  grouping: Grouping;
  labels: ExportLabels;
  author?: string;
  introduction?: string;
  closing?: string;
  bookmarks?: BriefBookmark[];
  legend: { color: ColorId; name: string; meaning: string }[];
  groups: BriefGroup[];
  /** Distinct annotations in the brief (an item under two tags counts once). */
  count: number;
  /** Annotations in scope whose document was not supplied. */
  missingDocuments: string[];
}

interface Placed {
  a: Annotation;
  doc: StructuredDocument;
  docIndex: number;
  item: BriefItem;
  sectionKey: string;
  trail: string[];
}

export function buildBrief(input: BriefInput): Brief {
  const labels = input.lang ? resolveLabels({ ...exportLabels(input.lang), ...input.labels }) : resolveLabels(input.labels);
  const legend = input.lang ? localizeLegend(input.legend, input.lang) : input.legend;
  const scope = input.scope ?? {};
  const comp = input.composition;
  const chosen = comp ? new Map(comp.itemIds.map((id, i) => [id, i])) : undefined;
  const docIndex = new Map(input.docs.map((d, i) => [d.id, i]));
  const missing = new Set<string>();

  const inScope = input.annotations.filter(
    (a) =>
      (scope.includeDeleted || !a.deleted) &&
      (!scope.docIds || scope.docIds.includes(a.docId)) &&
      (!scope.colors || scope.colors.includes(a.color)) &&
      (!scope.tags || a.tags.some((t) => scope.tags?.includes(t))) &&
      (!chosen || chosen.has(a.id)),
  );

  const placed: Placed[] = [];
  for (const a of inScope) {
    const i = docIndex.get(a.docId);
    const doc = i === undefined ? undefined : input.docs[i];
    if (i === undefined || !doc) {
      missing.add(a.docId);
      continue;
    }
    const p = place(a, doc, i, legend, labels);
    const lead = comp?.paragraphs?.[a.id];
    if (lead?.trim()) p.item.lead = lead;
    placed.push(p);
  }
  const byHand = (x: Placed): number => (comp?.manual ? (chosen?.get(x.a.id) ?? 0) : 0);
  placed.sort(
    (x, y) =>
      byHand(x) - byHand(y) ||
      x.docIndex - y.docIndex ||
      x.a.position.start - y.a.position.start ||
      x.a.position.end - y.a.position.end ||
      (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : 0),
  );

  return {
    title: input.title,
    date: input.date,
    ...(scope.description ? { scope: scope.description } : {}),
    grouping: input.grouping,
    labels,
    ...(input.author ? { author: input.author } : {}),
    ...(comp?.introduction?.trim() ? { introduction: comp.introduction } : {}),
    ...(comp?.closing?.trim() ? { closing: comp.closing } : {}),
    ...(comp?.bookmarks?.length ? { bookmarks: [...comp.bookmarks] } : {}),
    legend: COLOR_IDS.map((c) => ({ color: c, name: labels.colors[c], meaning: legend[c] })),
    groups: group(placed, input.grouping, labels),
    count: placed.length,
    missingDocuments: [...missing].sort(),
  };
}

function place(a: Annotation, doc: StructuredDocument, docIndex: number, legend: Legend, labels: ExportLabels): Placed {
  const layout = layoutOf(doc);
  const known = layout.index.has(a.blockId);
  const block = known ? doc.blocks[layout.index.get(a.blockId) ?? 0] : undefined;
  const endBlock = doc.blocks[blockIndexAt(layout, Math.max(a.position.start, a.position.end - 1))];
  const trail = block ? sectionTrail(doc, block) : [];
  return {
    a,
    doc,
    docIndex,
    trail,
    sectionKey: block ? block.headingPath.join('\u0000') : '',
    item: {
      id: a.id,
      docId: a.docId,
      blockId: a.blockId,
      quote: a.quote.exact,
      citation: citationFor(doc, a.blockId, { labels, ...(endBlock ? { endBlockId: endBlock.id } : {}) }),
      color: a.color,
      colorName: labels.colors[a.color],
      meaning: legend[a.color],
      tags: [...a.tags],
      note: a.note,
      author: a.author,
      created: a.created,
      modified: a.modified,
    },
  };
}

function group(placed: Placed[], grouping: Grouping, labels: ExportLabels): BriefGroup[] {
  if (grouping === 'document') return [{ heading: null, documents: nest(placed, labels) }];
  if (grouping === 'color') {
    return COLOR_IDS.flatMap((c) => {
      const mine = placed.filter((p) => p.a.color === c);
      return mine.length
        ? [{ heading: `${mine[0]?.item.meaning} (${labels.colors[c]})`, color: c, documents: nest(mine, labels) }]
        : [];
    });
  }
  const tags = [...new Set(placed.flatMap((p) => p.a.tags))].sort((x, y) => x.localeCompare(y, 'fr'));
  const groups: BriefGroup[] = tags.map((t) => ({
    heading: t,
    tag: t,
    documents: nest(
      placed.filter((p) => p.a.tags.includes(t)),
      labels,
    ),
  }));
  const untagged = placed.filter((p) => p.a.tags.length === 0);
  if (untagged.length) groups.push({ heading: labels.untagged, documents: nest(untagged, labels) });
  return groups;
}

/** Documents in input order; sections are runs of consecutive items with the same trail. */
function nest(placed: Placed[], labels: ExportLabels): BriefDocument[] {
  const out: BriefDocument[] = [];
  let current: BriefDocument | undefined;
  let lastKey: string | undefined;
  for (const p of placed) {
    if (current?.docId !== p.doc.id) {
      current = {
        docId: p.doc.id,
        ...(p.doc.symbol ? { symbol: p.doc.symbol } : {}),
        shortName: p.doc.shortName,
        title: p.doc.title,
        date: p.doc.date,
        language: p.doc.language,
        citation: documentCitation(p.doc, labels),
        sections: [],
      };
      out.push(current);
      lastKey = undefined;
    }
    if (lastKey !== p.sectionKey || current.sections.length === 0) {
      current.sections.push({ trail: p.trail, items: [] });
      lastKey = p.sectionKey;
    }
    current.sections.at(-1)?.items.push(p.item);
  }
  return out;
}

/** Every distinct item of a brief, in brief order (an item under two tags appears once). */
export function briefItems(brief: Brief): { item: BriefItem; doc: BriefDocument; section: BriefSection }[] {
  const seen = new Set<string>();
  const out: { item: BriefItem; doc: BriefDocument; section: BriefSection }[] = [];
  for (const g of brief.groups)
    for (const doc of g.documents)
      for (const section of doc.sections)
        for (const item of section.items) {
          if (seen.has(item.id)) continue;
          seen.add(item.id);
          out.push({ item, doc, section });
        }
  return out;
}
