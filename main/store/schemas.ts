/**
 * The files of the data folder, each described once: its current `version`,
 * the migrations that bring older shapes forward, and how its contents are
 * validated. Validation is per item where the file is a list, so one bad
 * entry costs that entry (reported, and the original kept aside), never the
 * whole file.
 */
import { z } from 'zod';
import {
  AnnotationSchema,
  BlockIdSchema,
  BookmarkSchema,
  DEFAULT_SETTINGS,
  DocIdSchema,
  SettingsSchema,
  type Annotation,
  type Bookmark,
  type Settings,
} from '../../common/model';

/** The top level of a file is unusable: it is moved aside and a backup restored. */
export class FileFormatError extends Error {
  override name = 'FileFormatError';
}

export interface Parsed<T> {
  value: T;
  /** One line per item that was left out, saying why. */
  dropped: string[];
}

/** What a spec knows about the file it reads (the document id comes from the file name). */
export interface FileContext {
  docId?: string;
}

export interface FileSpec<T> {
  /** Current version written to disk. */
  version: number;
  /** `migrations[n]` turns version-n data into version n+1. */
  migrations: ReadonlyArray<(raw: unknown, ctx: FileContext) => unknown>;
  /** Validates data of the current version. Throws FileFormatError if unusable. */
  parse(raw: unknown, ctx: FileContext): Parsed<T>;
  /** JSON text of a value, with its version. */
  serialize(value: T, ctx: FileContext): string;
  empty(ctx: FileContext): T;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the version of raw file data; files written before versioning are version 0. */
export function versionOf(raw: unknown): number {
  if (isRecord(raw) && Object.hasOwn(raw, 'version')) {
    const v = raw.version;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new FileFormatError(`"version" is ${JSON.stringify(v)}, not a whole number`);
    }
    return v;
  }
  return 0;
}

/** Migrates raw data to `spec.version` and validates it. */
export function decode<T>(spec: FileSpec<T>, raw: unknown, ctx: FileContext): Parsed<T> & { migratedFrom?: number } {
  const from = versionOf(raw);
  if (from > spec.version) {
    throw new FileFormatError(`it was written by a newer version of Plenary (file version ${from}, this one reads ${spec.version})`);
  }
  let data = raw;
  for (let v = from; v < spec.version; v++) data = spec.migrations[v]!(data, ctx);
  const parsed = spec.parse(data, ctx);
  return from < spec.version ? { ...parsed, migratedFrom: from } : parsed;
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Validates each item of a list; bad ones are reported and left out. */
function parseItems<T>(items: unknown[], schema: z.ZodType<T>, label: (raw: unknown, i: number) => string) {
  const value: T[] = [];
  const dropped: string[] = [];
  items.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) value.push(r.data);
    else dropped.push(`${label(item, i)}: ${issueText(r.error)}`);
  });
  return { value, dropped };
}

const itemLabel = (kind: string) => (raw: unknown, i: number) =>
  isRecord(raw) && typeof raw.id === 'string' ? `${kind} ${JSON.stringify(raw.id.slice(0, 64))}` : `${kind} #${i + 1}`;

/* ------------------------------------------------------------ annotations */

const AnnotationsFileV1 = z
  .object({ version: z.literal(1), docId: DocIdSchema, annotations: z.array(z.unknown()) })
  .strict();

/**
 * Version 0 (before versioning) was a bare array with flat selector fields:
 * { id, docId, blockId, text, prefix, suffix, start, end, color, note, tags,
 *   createdAt, updatedAt, trashedAt, author }.
 */
function annotationsV0toV1(raw: unknown, ctx: FileContext): unknown {
  if (!Array.isArray(raw)) throw new FileFormatError('expected a list of annotations');
  const annotations = raw.map((old: unknown) => {
    if (!isRecord(old)) return old; // left for validation to report
    const created = old.createdAt;
    return {
      id: old.id,
      docId: old.docId ?? ctx.docId,
      blockId: old.blockId,
      quote: { type: 'TextQuoteSelector', exact: old.text, prefix: old.prefix ?? '', suffix: old.suffix ?? '' },
      position: { type: 'TextPositionSelector', start: old.start, end: old.end },
      color: old.color ?? 'yellow',
      note: old.note ?? '',
      tags: old.tags ?? [],
      author: old.author ?? '',
      created,
      modified: old.updatedAt ?? created,
      ...(old.trashedAt ? { deleted: old.trashedAt } : {}),
    };
  });
  return { version: 1, docId: ctx.docId, annotations };
}

export const annotationsSpec: FileSpec<Annotation[]> = {
  version: 1,
  migrations: [annotationsV0toV1],
  parse(raw, ctx) {
    const top = AnnotationsFileV1.safeParse(raw);
    if (!top.success) throw new FileFormatError(issueText(top.error));
    if (ctx.docId && top.data.docId !== ctx.docId) {
      throw new FileFormatError(`it holds the annotations of "${top.data.docId}", not "${ctx.docId}"`);
    }
    const docId = top.data.docId;
    const { value, dropped } = parseItems(top.data.annotations, AnnotationSchema, itemLabel('annotation'));
    const seen = new Set<string>();
    const kept = value.filter((a) => {
      if (a.docId !== docId) dropped.push(`annotation "${a.id}": belongs to "${a.docId}", not "${docId}"`);
      else if (seen.has(a.id)) dropped.push(`annotation "${a.id}": appears twice (the first is kept)`);
      else {
        seen.add(a.id);
        return true;
      }
      return false;
    });
    return { value: kept, dropped };
  },
  // One annotation per line: a person can read and diff the file.
  serialize(value, ctx) {
    const head = `{"version":1,"docId":${JSON.stringify(ctx.docId)},"annotations":[`;
    if (value.length === 0) return `${head}]}\n`;
    return `${head}\n${value.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
  },
  empty: () => [],
};

/* -------------------------------------------------------------- settings */

const SettingsFileV1 = z.object({ version: z.literal(1), settings: z.unknown() }).strict();
const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

export const settingsSpec: FileSpec<Settings> = {
  version: 1,
  // Version 0 was the bare settings object.
  migrations: [(raw) => ({ version: 1, settings: raw })],
  parse(raw) {
    const top = SettingsFileV1.safeParse(raw);
    if (!top.success) throw new FileFormatError(issueText(top.error));
    const given = top.data.settings;
    if (!isRecord(given)) throw new FileFormatError('"settings" is not an object');
    // Each setting on its own: a bad font size does not reset the legend.
    const value: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    const dropped: string[] = [];
    for (const key of Object.keys(given)) {
      if (!(SETTING_KEYS as string[]).includes(key)) {
        dropped.push(`setting ${JSON.stringify(key.slice(0, 40))}: unknown`);
        continue;
      }
      const r = SettingsSchema.shape[key as keyof Settings].safeParse(given[key]);
      if (r.success) value[key] = r.data;
      else dropped.push(`setting "${key}": ${issueText(r.error)} (the default is used)`);
    }
    return { value: SettingsSchema.parse(value), dropped };
  },
  serialize: (value) => `${JSON.stringify({ version: 1, settings: value }, null, '\t')}\n`,
  empty: () => ({ ...DEFAULT_SETTINGS }),
};

/* ------------------------------------------------------------- bookmarks */

const BookmarksFileV1 = z.object({ version: z.literal(1), bookmarks: z.array(z.unknown()) }).strict();

export const bookmarksSpec: FileSpec<Bookmark[]> = {
  version: 1,
  // Version 0 was the bare list.
  migrations: [(raw) => ({ version: 1, bookmarks: raw })],
  parse(raw) {
    const top = BookmarksFileV1.safeParse(raw);
    if (!top.success) throw new FileFormatError(issueText(top.error));
    const { value, dropped } = parseItems(top.data.bookmarks, BookmarkSchema, (_r, i) => `bookmark #${i + 1}`);
    const seen = new Set<string>();
    return {
      value: value.filter((b) => {
        const key = `${b.docId}\u0000${b.blockId}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      }),
      dropped,
    };
  },
  serialize: (value) => `${JSON.stringify({ version: 1, bookmarks: value }, null, '\t')}\n`,
  empty: () => [],
};

/* ----------------------------------------------------- reading positions */

export const ReadingPositionSchema = z
  .object({ docId: DocIdSchema, blockId: BlockIdSchema, updated: z.iso.datetime({ offset: true }) })
  .strict();
export type ReadingPosition = z.infer<typeof ReadingPositionSchema>;

const PositionsFileV1 = z.object({ version: z.literal(1), positions: z.array(z.unknown()) }).strict();

export const positionsSpec: FileSpec<ReadingPosition[]> = {
  version: 1,
  // Version 0 was an object mapping document id to block id.
  migrations: [
    (raw) => {
      if (!isRecord(raw)) throw new FileFormatError('expected an object of reading positions');
      const updated = new Date(0).toISOString();
      // Object.entries lists an own "__proto__" key like any other; validation rejects it.
      return { version: 1, positions: Object.entries(raw).map(([docId, blockId]) => ({ docId, blockId, updated })) };
    },
  ],
  parse(raw) {
    const top = PositionsFileV1.safeParse(raw);
    if (!top.success) throw new FileFormatError(issueText(top.error));
    const { value, dropped } = parseItems(top.data.positions, ReadingPositionSchema, (_r, i) => `position #${i + 1}`);
    // The last entry for a document wins.
    const byDoc = new Map(value.map((p) => [p.docId, p]));
    return { value: [...byDoc.values()], dropped };
  },
  serialize: (value) => `${JSON.stringify({ version: 1, positions: value }, null, '\t')}\n`,
  empty: () => [],
};
