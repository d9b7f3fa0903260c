/**
 * One item of an import file read into an Annotation: its schema, which
 * document it is on, where its quote lands, its notes, tags and dates. A
 * problem is an ImportError naming the item and the path inside it.
 */
import { z } from 'zod';
import { AnnotationSchema, COLOR_IDS, type Annotation, type StructuredDocument } from '../model';
import { authorOf, importedId, resolveDocId } from './import-source';
import { placeQuote } from './import-match';
import { blockAt, layoutOf } from './layout';

export interface KnownData {
  docs: ReadonlyMap<string, StructuredDocument>;
  existing: readonly Annotation[];
}

export class ImportError extends Error {}

const str = z.string();
export const types = (v: unknown): string[] => (Array.isArray(v) ? v.filter((t) => typeof t === 'string') : typeof v === 'string' ? [v] : []);
export const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

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
export function check<T>(schema: z.ZodType<T>, value: unknown, where: string, base = ''): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const path = (base + (issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '')).replace(/^\./, '');
  throw new ImportError(`${where}: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'}`);
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

export type Converted = { annotation: Annotation; how: string } | { reason: string; quote: string } | { unknownSource: string };

export function convert(raw: unknown, n: number, known: KnownData, now: string): Converted {
  const where = `item ${n}`;
  const item = check(Item, raw, where);
  const loc = locate(item, known);
  if ('unknown' in loc) {
    if (!loc.unknown) throw new ImportError(`${where}: target: no source (nothing says which document it is on)`);
    return { unknownSource: loc.unknown };
  }
  const doc = known.docs.get(loc.docId) as StructuredDocument;
  const tPath = `target${Array.isArray(item.target) ? `[${loc.targetIndex}]` : ''}.selector`;

  let quote: z.infer<typeof QuoteSel> | undefined;
  let pos: z.infer<typeof PositionSel> | undefined;
  for (const [i, s] of asList(loc.target.selector).entries()) {
    const type = s && typeof s === 'object' ? (s as Record<string, unknown>).type : undefined;
    const at = Array.isArray(loc.target.selector) ? `${tPath}[${i}]` : tPath;
    if (type === 'TextQuoteSelector') quote ??= check(QuoteSel, s, where, at);
    if (type === 'TextPositionSelector') pos ??= check(PositionSel, s, where, at);
  }

  const layout = layoutOf(doc);
  const placed = placeQuote(layout, quote, pos);
  if ('reason' in placed) {
    // A position with nothing to fall back on is a broken item, not a passage that moved.
    if (!quote && pos) throw new ImportError(`${where}: ${tPath}: ${placed.reason}`);
    return { reason: placed.reason, quote: quote?.exact ?? '' };
  }

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
  return { annotation: check(AnnotationSchema, candidate, where), how: placed.how };
}
