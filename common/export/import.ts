/**
 * Import of highlight notes: Plenary's own JSON export, or any W3C Web
 * Annotation file (one Annotation, a list, an AnnotationPage, an
 * AnnotationCollection with `items` or `first.items`) and Hypothesis API
 * exports, whose targets are documents of this library.
 *
 * The whole file is validated before anything is planned, and the result is
 * a plan, not a change: the caller shows it and then adds `toAdd`. Broken
 * files (not JSON, truncated, too big, too deep, forbidden keys, wrong shape,
 * positions outside the text, unknown documents) are refused with a message
 * naming the problem and the item. Annotations that are well-formed but
 * whose quote cannot be found in our text are listed as unplaceable.
 */
import { z } from 'zod';
import { AnnotationSchema, COLOR_IDS, LegendSchema, type Annotation, type Legend, type StructuredDocument } from '../model';
import { authorOf, importedId, resolveDocId } from './import-source';
import { groupDigits, parseUntrustedJson } from './json-guard';
import { blockAt, findAll, layoutOf, sliceText, type DocLayout } from './layout';

export interface ImportPlan {
  toAdd: Annotation[];
  alreadyPresent: number;
  unplaceable: { item: number; reason: string; quote: string }[];
  legend?: Legend;
}
export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; error: string };

export interface KnownData {
  docs: ReadonlyMap<string, StructuredDocument>;
  existing: readonly Annotation[];
}

export interface ImportOptions {
  /** Stamp for annotations that bring no dates; defaults to the current time. */
  now?: string;
}

class ImportError extends Error {}

const CONTEXT_CHARS = 32;
const str = z.string();
const types = (v: unknown): string[] => (Array.isArray(v) ? v.filter((t) => typeof t === 'string') : typeof v === 'string' ? [v] : []);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

const QuoteSel = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: str.min(1, 'exact is empty'),
  prefix: str.optional(),
  suffix: str.optional(),
});
const PositionSel = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: z.number().int('start must be a whole number').min(0, 'start is negative'),
  end: z.number().int('end must be a whole number').min(0, 'end is negative'),
});
const BodyObj = z.looseObject({
  value: str.optional(),
  purpose: z.unknown().optional(),
  type: z.unknown().optional(),
});
const Item = z.looseObject({
  id: str.optional(),
  created: str.optional(),
  modified: str.optional(),
  updated: str.optional(),
  bodyValue: str.optional(),
  text: str.optional(),
  tags: z.array(str).optional(),
  uri: str.optional(),
  target: z.unknown().refine((t) => t !== undefined && t !== null, 'missing (an annotation needs a target)'),
  'plenary:color': z.enum(COLOR_IDS).optional(),
  'plenary:deleted': str.optional(),
});
type RawItem = z.infer<typeof Item>;

/** Parse with zod; a failure names the item and the path inside it. */
function check<T>(schema: z.ZodType<T>, value: unknown, where: string, base = ''): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = (base + (issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '')).replace(/^\./, '');
  throw new ImportError(`${where}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`);
}

const describe = (v: unknown): string =>
  Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? `an object with keys ${Object.keys(v).slice(0, 5).join(', ') || '(none)'}` : `a ${typeof v}`;

/** The annotations of a file, whatever container holds them. */
function itemsOf(root: unknown): { items: unknown[]; legend?: unknown } {
  const shape = 'Wrong shape: expected a W3C Web Annotation, a list of them, an AnnotationPage or an AnnotationCollection';
  if (Array.isArray(root)) return { items: root };
  if (root === null || typeof root !== 'object') throw new ImportError(`${shape} (found ${describe(root)}).`);
  const o = root as Record<string, unknown>;
  const t = types(o.type);
  const legend = o['plenary:legend'];
  if (t.includes('AnnotationCollection')) {
    if (Array.isArray(o.items)) return { items: o.items, legend };
    const first = o.first;
    if (typeof first === 'string')
      throw new ImportError('The collection\'s annotations are not in the file: its "first" page is only a link.');
    if (first && typeof first === 'object' && Array.isArray((first as Record<string, unknown>).items))
      return { items: (first as Record<string, unknown[]>).items ?? [], legend };
    throw new ImportError('Wrong shape: the AnnotationCollection has neither "items" nor "first.items".');
  }
  if (t.includes('AnnotationPage') && Array.isArray(o.items)) return { items: o.items };
  if (t.includes('Annotation') || 'target' in o) return { items: [o] };
  for (const key of ['annotations', 'rows'] as const) if (Array.isArray(o[key])) return { items: o[key] as unknown[] };
  throw new ImportError(`${shape} (found ${describe(root)}).`);
}

interface Located {
  docId: string;
  targetIndex: number;
  target: Record<string, unknown>;
}

/** The first target that names a known document, or the sources that named none. */
function locate(item: RawItem, known: KnownData): Located | { unknown: string } {
  const targets = asList(item.target);
  let firstSource = '';
  for (const [i, t] of targets.entries()) {
    const obj: Record<string, unknown> = typeof t === 'string' ? { source: t } : t && typeof t === 'object' ? (t as Record<string, unknown>) : {};
    const source = typeof obj.source === 'string' ? obj.source : typeof obj.id === 'string' ? obj.id : item.uri;
    if (typeof source !== 'string') continue;
    firstSource ||= source;
    const docId = resolveDocId(source, known.docs);
    if (docId) return { docId, targetIndex: i, target: obj };
  }
  return { unknown: firstSource };
}

/**
 * A date-time as the store writes it (UTC, milliseconds), so that dates from
 * any tool sort as text. Absent: null. Present but not a date-time: refused.
 */
function dateField(v: string | undefined, where: string, name: string): string | null {
  if (v === undefined) return null;
  const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(t)) throw new ImportError(`${where}: ${name}: "${v.slice(0, 40)}" is not an ISO date-time`);
  return new Date(t).toISOString();
}

/** Keep the 200 UTF-16 units of context nearest the quote (the model's limit), never half a surrogate pair. */
function clip(context: string, keep: 'start' | 'end'): string {
  if (context.length <= 200) return context;
  return keep === 'end' ? context.slice(-200).replace(/^[\uDC00-\uDFFF]/, '') : context.slice(0, 200).replace(/[\uD800-\uDBFF]$/, '');
}

type Placement = { start: number; end: number; exact: string; prefix: string; suffix: string } | { reason: string };

/** Position first, then the quote, with the position as a hint (as the reader anchors). */
function place(
  layout: DocLayout,
  quote: z.infer<typeof QuoteSel> | undefined,
  pos: z.infer<typeof PositionSel> | undefined,
  where: string,
): Placement {
  const length = layout.points.length;
  if (pos) {
    if (pos.start >= pos.end)
      throw new ImportError(`${where}: TextPositionSelector start ${pos.start} is not before end ${pos.end}`);
    if (pos.end > length)
      throw new ImportError(`${where}: TextPositionSelector end ${pos.end} is beyond the document's ${groupDigits(length)} characters`);
  }
  const ctx = (s: number, e: number) => ({
    prefix: quote?.prefix !== undefined ? clip(quote.prefix, 'end') : sliceText(layout, Math.max(0, s - CONTEXT_CHARS), s),
    suffix: quote?.suffix !== undefined ? clip(quote.suffix, 'start') : sliceText(layout, e, e + CONTEXT_CHARS),
  });
  if (pos) {
    const text = sliceText(layout, pos.start, pos.end);
    if (!quote || text === quote.exact) return { start: pos.start, end: pos.end, exact: text, ...ctx(pos.start, pos.end) };
  }
  if (!quote) return { reason: 'no TextQuoteSelector or TextPositionSelector' };
  const hits = findAll(layout, quote.exact);
  if (hits.length === 0) return { reason: 'the quoted text is not in the document' };
  const n = [...quote.exact].length;
  const score = (s: number): number =>
    (quote.prefix && sliceText(layout, Math.max(0, s - [...quote.prefix].length), s) === quote.prefix ? 1 : 0) +
    (quote.suffix && sliceText(layout, s + n, s + n + [...quote.suffix].length) === quote.suffix ? 1 : 0);
  const best = Math.max(...hits.map(score));
  let chosen = hits.filter((s) => score(s) === best);
  if (chosen.length > 1 && pos) chosen = [...chosen].sort((a, b) => Math.abs(a - pos.start) - Math.abs(b - pos.start)).slice(0, 1);
  const start = chosen[0];
  if (chosen.length > 1 || start === undefined)
    return { reason: `the quoted text occurs ${hits.length} times in the document and nothing says which` };
  return { start, end: start + n, exact: quote.exact, ...ctx(start, start + n) };
}

function convert(raw: unknown, n: number, known: KnownData, now: string): Annotation | { reason: string; quote: string } {
  const where = `item ${n}`;
  const item = check(Item, raw, where);
  const loc = locate(item, known);
  if ('unknown' in loc) throw new Error('unreachable: unknown documents are reported first');
  const doc = known.docs.get(loc.docId) as StructuredDocument;
  const tPath = `target${Array.isArray(item.target) ? `[${loc.targetIndex}]` : ''}.selector`;
  const tWhere = `${where}: ${tPath}`;

  let quote: z.infer<typeof QuoteSel> | undefined;
  let pos: z.infer<typeof PositionSel> | undefined;
  for (const [i, s] of asList(loc.target.selector).entries()) {
    const type = s && typeof s === 'object' ? (s as Record<string, unknown>).type : undefined;
    const at = Array.isArray(loc.target.selector) ? `${tPath}[${i}]` : tPath;
    if (type === 'TextQuoteSelector') quote ??= check(QuoteSel, s, where, at);
    if (type === 'TextPositionSelector') pos ??= check(PositionSel, s, where, at);
  }

  const layout = layoutOf(doc);
  const placed = place(layout, quote, pos, tWhere);
  if ('reason' in placed) return { reason: placed.reason, quote: quote?.exact ?? '' };

  const bodies = [...asList((raw as Record<string, unknown>).body)];
  const notes: string[] = [];
  const tags: string[] = [...(item.tags ?? [])];
  for (const [i, b] of bodies.entries()) {
    if (typeof b === 'string') {
      notes.push(b);
      continue;
    }
    const body = check(BodyObj, b, where, Array.isArray((raw as Record<string, unknown>).body) ? `body[${i}]` : 'body');
    if (body.value === undefined) continue;
    if (types(body.purpose).includes('tagging')) tags.push(body.value);
    else notes.push(body.value);
  }
  if (item.bodyValue) notes.push(item.bodyValue);
  if (item.text) notes.push(item.text);

  const blockHint = typeof loc.target['plenary:blockId'] === 'string' ? loc.target['plenary:blockId'] : undefined;
  const moved = pos !== undefined && placed.start !== pos.start;
  const blockId = blockHint && !moved && layout.index.has(blockHint) ? blockHint : (blockAt(doc, placed.start)?.id ?? '');
  const created = dateField(item.created, where, 'created') ?? now;
  const deleted = dateField(item['plenary:deleted'], where, 'plenary:deleted');
  const candidate = {
    id: importedId(item.id, `${loc.docId}\u0000${placed.start}\u0000${placed.end}\u0000${placed.exact}`),
    docId: loc.docId,
    blockId,
    quote: { type: 'TextQuoteSelector', exact: placed.exact, prefix: placed.prefix, suffix: placed.suffix },
    position: { type: 'TextPositionSelector', start: placed.start, end: placed.end },
    color: item['plenary:color'] ?? 'yellow',
    note: notes.join('\n\n'),
    tags: [...new Set(tags.map((t) => t.trim()).filter(Boolean))],
    author: authorOf((raw as Record<string, unknown>).creator, (raw as Record<string, unknown>).user),
    created,
    modified: dateField(item.modified, where, 'modified') ?? dateField(item.updated, where, 'updated') ?? created,
    ...(deleted ? { deleted } : {}),
  };
  return check(AnnotationSchema, candidate, where);
}

const placeKey = (a: Pick<Annotation, 'docId' | 'quote' | 'position'>): string =>
  `${a.docId}\u0000${a.quote.exact}\u0000${a.position.start}\u0000${a.position.end}`;

export function parseImport(text: string, known: KnownData, options: ImportOptions = {}): ImportResult {
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return parsed;
  const now = options.now ?? new Date().toISOString();
  try {
    const { items, legend: rawLegend } = itemsOf(parsed.value);
    const legend = rawLegend === undefined ? undefined : check(LegendSchema, rawLegend, 'plenary:legend');

    // Unknown documents first, all of them named, so one message says what the file needs.
    const unknown = new Map<string, number[]>();
    items.forEach((raw, i) => {
      const item = check(Item, raw, `item ${i + 1}`);
      const loc = locate(item, known);
      if (!('unknown' in loc)) return;
      if (!loc.unknown) throw new ImportError(`item ${i + 1}: target: no source (nothing says which document it is on)`);
      unknown.set(loc.unknown, [...(unknown.get(loc.unknown) ?? []), i + 1]);
    });
    if (unknown.size) {
      const list = [...unknown]
        .slice(0, 5)
        .map(([s, at]) => `"${s}" (item${at.length > 1 ? 's' : ''} ${at.slice(0, 5).join(', ')}${at.length > 5 ? ', …' : ''})`);
      throw new ImportError(
        `Unknown document${unknown.size > 1 ? 's' : ''}: ${list.join(', ')}${unknown.size > 5 ? ', …' : ''}; this library has no such document.`,
      );
    }

    const ids = new Set(known.existing.map((a) => a.id));
    const keys = new Set(known.existing.map(placeKey));
    const plan: ImportPlan = { toAdd: [], alreadyPresent: 0, unplaceable: [], ...(legend ? { legend } : {}) };
    items.forEach((raw, i) => {
      const r = convert(raw, i + 1, known, now);
      if ('reason' in r) {
        plan.unplaceable.push({ item: i + 1, ...r });
        return;
      }
      if (ids.has(r.id) || keys.has(placeKey(r))) {
        plan.alreadyPresent++;
        return;
      }
      ids.add(r.id);
      keys.add(placeKey(r));
      plan.toAdd.push(r);
    });
    return { ok: true, plan };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.message };
    throw e;
  }
}
