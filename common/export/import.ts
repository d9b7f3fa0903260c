/**
 * Import of highlight notes: Plenary's own JSON export, or any W3C Web
 * Annotation file (one Annotation, a list, an AnnotationPage, an
 * AnnotationCollection with `items` or `first.items`) and Hypothesis API
 * exports, whose targets are documents of this library.
 *
 * The whole file is validated before anything is planned, and the result is
 * a plan, not a change: the caller shows it and then adds `toAdd`. Broken
 * files (not JSON, truncated, too big, too deep, forbidden keys, wrong shape,
 * too many items) are refused with a message naming the problem. One bad item
 * does not refuse the file: it is listed, with its reason, as not placeable,
 * and the good ones are offered; only a file in which nothing at all is usable
 * is refused, with the first item's problem (or every unknown document).
 *
 * The work is split in steps (`ImportPlanner.step`) so a caller can yield to
 * other work between them, show progress, and cancel.
 */
import { LegendSchema, type Annotation, type Legend } from '../model';
import { asList, check, convert, ImportError, types, type Converted, type KnownData } from './import-item';
import { importedId } from './import-source';
import { groupDigits, parseUntrustedJson, type Parsed } from './json-guard';

export type { KnownData } from './import-item';

/** What the import would do with one item of the file (numbered from 1). */
export type ItemOutcome =
  | { item: number; status: 'new'; docId: string; quote: string; note: string; id: string; renamed: boolean; how: string }
  | { item: number; status: 'present'; docId: string; quote: string }
  | { item: number; status: 'unplaceable'; reason: string; quote: string };

export interface ImportPlan {
  toAdd: Annotation[];
  /** The item number of each entry of `toAdd`, so a delegate can leave some out. */
  toAddItems: number[];
  alreadyPresent: number;
  unplaceable: { item: number; reason: string; quote: string }[];
  items: ItemOutcome[];
  legend?: Legend;
}
export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; error: string };

export interface ImportOptions {
  /** Stamp for annotations that bring no dates; defaults to the current time. */
  now?: string;
}

/** More annotations than this in one file are refused, saying so (a 20 MB file holds about 40,000). */
export const MAX_IMPORT_ITEMS = 100_000;

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

/**
 * Two annotations are the same when everything a delegate wrote is the same:
 * the passage, the note, the tags, the colour and the author. Two different
 * notes on one passage are two annotations, both kept.
 */
export const contentKey = (a: Pick<Annotation, 'docId' | 'quote' | 'position' | 'note' | 'tags' | 'color' | 'author'>): string =>
  JSON.stringify([a.docId, a.position.start, a.position.end, a.quote.exact, a.note, [...a.tags].sort(), a.color, a.author]);

/** Steps through a file's items, a slice at a time; `result()` once `step` returned true. */
export class ImportPlanner {
  private next = 0;
  private readonly ids: Set<string>;
  private readonly keys: Set<string>;
  private readonly unknown = new Map<string, number[]>();
  private firstError: string | null = null;
  private readonly plan: ImportPlan;

  constructor(
    private readonly items: readonly unknown[],
    private readonly known: KnownData,
    private readonly now: string,
    legend: Legend | undefined,
  ) {
    this.ids = new Set(known.existing.map((a) => a.id));
    this.keys = new Set(known.existing.map(contentKey));
    this.plan = { toAdd: [], toAddItems: [], alreadyPresent: 0, unplaceable: [], items: [], ...(legend ? { legend } : {}) };
  }

  get total(): number {
    return this.items.length;
  }
  get done(): number {
    return this.next;
  }

  /** Plans items until `deadline` (a Date.now() value) passes; true when every item is planned. */
  step(deadline: number): boolean {
    while (this.next < this.items.length) {
      const n = this.next + 1;
      this.one(this.items[this.next], n);
      this.next++;
      // Checked after every item: one item can cost milliseconds (a fuzzy match on a long document).
      if (Date.now() > deadline) break;
    }
    return this.next >= this.items.length;
  }

  private unplaceable(item: number, reason: string, quote: string): void {
    this.plan.unplaceable.push({ item, reason, quote });
    this.plan.items.push({ item, status: 'unplaceable', reason, quote });
  }

  private one(raw: unknown, n: number): void {
    let r: Converted;
    try {
      r = convert(raw, n, this.known, this.now);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      this.firstError ??= e.message;
      this.unplaceable(n, e.message.replace(/^item \d+: /, ''), quoteOf(raw));
      return;
    }
    if ('unknownSource' in r) {
      this.unknown.set(r.unknownSource, [...(this.unknown.get(r.unknownSource) ?? []), n]);
      this.unplaceable(n, `the document "${r.unknownSource.slice(0, 120)}" is not in this library`, quoteOf(raw));
      return;
    }
    if ('reason' in r) return this.unplaceable(n, r.reason, r.quote);
    let a = r.annotation;
    const key = contentKey(a);
    if (this.keys.has(key)) {
      this.plan.alreadyPresent++;
      this.plan.items.push({ item: n, status: 'present', docId: a.docId, quote: a.quote.exact });
      return;
    }
    // Same id, different content: a different annotation, offered under an id of its own.
    const renamed = this.ids.has(a.id);
    if (renamed) {
      let salt = 0;
      let id: string;
      do id = importedId(undefined, `${key}\u0000${a.id}\u0000${salt++}`);
      while (this.ids.has(id));
      a = { ...a, id };
    }
    this.ids.add(a.id);
    this.keys.add(key);
    this.plan.toAdd.push(a);
    this.plan.toAddItems.push(n);
    this.plan.items.push({ item: n, status: 'new', docId: a.docId, quote: a.quote.exact, note: a.note.slice(0, 300), id: a.id, renamed, how: r.how });
  }

  result(): ImportResult {
    const p = this.plan;
    // A file in which nothing is usable is refused outright, with the reason.
    if (p.toAdd.length === 0 && p.alreadyPresent === 0 && p.items.length > 0) {
      if (this.unknown.size) {
        const list = [...this.unknown]
          .slice(0, 5)
          .map(([s, at]) => `"${s}" (item${at.length > 1 ? 's' : ''} ${at.slice(0, 5).join(', ')}${at.length > 5 ? ', …' : ''})`);
        const many = this.unknown.size > 1;
        return {
          ok: false,
          error: `Unknown document${many ? 's' : ''}: ${list.join(', ')}${this.unknown.size > 5 ? ', …' : ''}; this library has no such document.`,
        };
      }
      if (this.firstError) return { ok: false, error: this.firstError };
    }
    return { ok: true, plan: p };
  }
}

/** The quote of a raw item, for the preview of an item that could not be read. */
function quoteOf(raw: unknown): string {
  const first = asList((raw as Record<string, unknown> | null)?.target)[0];
  const sel = first && typeof first === 'object' ? asList((first as Record<string, unknown>).selector) : [];
  for (const s of sel) {
    const exact = s && typeof s === 'object' ? (s as Record<string, unknown>).exact : undefined;
    if (typeof exact === 'string') return exact.slice(0, 200);
  }
  return '';
}

export type Prepared = { ok: true; planner: ImportPlanner } | { ok: false; error: string };

/** Reads the file (size, JSON, shape, item limit); the items are planned later, by steps. */
export function prepareImport(text: string, known: KnownData, options: ImportOptions = {}): Prepared {
  return prepareParsed(parseUntrustedJson(text), known, options);
}

/** `prepareImport` for a file already through `parseUntrustedJson` (or parseJsonText + checkParsed). */
export function prepareParsed(parsed: Parsed, known: KnownData, options: ImportOptions = {}): Prepared {
  if (!parsed.ok) return parsed;
  try {
    const { items, legend: rawLegend } = itemsOf(parsed.value);
    if (items.length > MAX_IMPORT_ITEMS)
      throw new ImportError(`The file holds ${groupDigits(items.length)} annotations; imports are limited to ${groupDigits(MAX_IMPORT_ITEMS)} per file.`);
    const legend = rawLegend === undefined ? undefined : check(LegendSchema, rawLegend, 'plenary:legend');
    return { ok: true, planner: new ImportPlanner(items, known, options.now ?? new Date().toISOString(), legend) };
  } catch (e) {
    if (e instanceof ImportError) return { ok: false, error: e.message };
    throw e;
  }
}

/** The whole plan at once (tests, small files). */
export function parseImport(text: string, known: KnownData, options: ImportOptions = {}): ImportResult {
  const prepared = prepareImport(text, known, options);
  if (!prepared.ok) return prepared;
  prepared.planner.step(Infinity);
  return prepared.planner.result();
}