/**
 * The one API contract. Every method is declared here once with the zod
 * schema of its arguments and the TypeScript type of its value; main's
 * handlers, the preload bridge, the HTTP bridge and the renderer's client are
 * all derived from this map, so a channel name or a shape is written once.
 */
import { z } from 'zod';
import {
  AnnotationSchema,
  ColorIdSchema,
  DocIdSchema,
  BlockIdSchema,
  SearchOptionsSchema,
  SettingsSchema,
  type Annotation,
  type Bookmark,
  type CatalogEntry,
  type SearchResult,
  type Settings,
  type StructuredDocument,
} from './model';
import type { Alignment, RelatedPassage } from './align';
import type { Result } from './result';

/** A method: the schema of its argument tuple, and a phantom for its value type. */
interface Method<A extends z.ZodTuple, R> {
  args: A;
  /** Never read at run time; carries the value type. */
  result?: R;
}
const method = <R>() => <A extends z.ZodTuple>(args: A): Method<A, R> => ({ args });

const QuerySchema = z.string().max(500, 'query is longer than 500 characters');

/** A new annotation, as the renderer sends it: the store assigns id, author and times. */
export const NewAnnotationSchema = AnnotationSchema.pick({
  docId: true,
  blockId: true,
  quote: true,
  position: true,
  color: true,
  note: true,
  tags: true,
}).strict();
export type NewAnnotation = z.infer<typeof NewAnnotationSchema>;

export const AnnotationPatchSchema = z
  .object({
    color: ColorIdSchema.optional(),
    note: AnnotationSchema.shape.note.optional(),
    tags: AnnotationSchema.shape.tags.optional(),
  })
  .strict();
export type AnnotationPatch = z.infer<typeof AnnotationPatchSchema>;

const AnnotationIdSchema = AnnotationSchema.shape.id;

export const EXPORT_FORMATS = ['markdown', 'docx', 'pdf', 'html', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    /** Which annotations: by document, or an explicit list (e.g. the notebook's current filter). */
    docIds: z.array(DocIdSchema).max(1000).optional(),
    annotationIds: z.array(AnnotationIdSchema).max(100_000).optional(),
    grouping: z.enum(['document', 'color', 'tag']),
    separator: z.enum([',', ';']).optional(),
    title: z.string().min(1).max(200),
    scopeLabel: z.string().max(300).optional(),
    /** The language every printed word follows (default: the interface language, else English). */
    lang: z.enum(['fr', 'en', 'es']).optional(),
    /** PDF paper size (default A4). */
    paper: z.enum(['a4', 'letter']).optional(),
    /** A brief composed in the Brief view: what to include, in which order, with the delegate's text. */
    brief: z
      .object({
        itemIds: z.array(AnnotationIdSchema).max(100_000),
        order: z.enum(['document', 'color', 'tag', 'manual']),
        introduction: z.string().max(50_000, 'introduction is longer than 50,000 characters').optional(),
        paragraphs: z.record(AnnotationIdSchema, z.string().max(50_000, 'paragraph is longer than 50,000 characters')).optional(),
        closing: z.string().max(50_000, 'closing text is longer than 50,000 characters').optional(),
        includeBookmarks: z.boolean().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ExportRequest = z.infer<typeof ExportRequestSchema>;
export type BriefRequest = NonNullable<ExportRequest['brief']>;

export interface ExportFile {
  filename: string;
  mime: string;
  /** Text formats as text, binary ones (docx, pdf) as base64. */
  encoding: 'utf8' | 'base64';
  data: string;
  /** Set when the desktop app saved the file itself (through the system save dialog). */
  savedTo?: string;
}

export interface ImportPreview {
  toAdd: number;
  alreadyPresent: number;
  unplaceable: { item: number; reason: string; quote: string }[];
  documents: string[];
}

/** An import file's text: 20 MB at most (the parser says so by name). */
const ImportTextSchema = z.string().max(20 * 1024 * 1024 + 1);

export interface StoreNotice {
  docId: string | null;
  file: string;
  message: string;
}

export const api = {
  listDocuments: method<CatalogEntry[]>()(z.tuple([])),
  getDocument: method<StructuredDocument>()(z.tuple([DocIdSchema])),
  search: method<SearchResult>()(z.tuple([QuerySchema, SearchOptionsSchema.optional()])),

  listAnnotations: method<Annotation[]>()(z.tuple([DocIdSchema.optional()])),
  createAnnotation: method<Annotation>()(z.tuple([NewAnnotationSchema])),
  updateAnnotation: method<Annotation>()(z.tuple([AnnotationIdSchema, AnnotationPatchSchema])),
  /** Moves to the Trash. */
  deleteAnnotation: method<Annotation>()(z.tuple([AnnotationIdSchema])),
  restoreAnnotation: method<Annotation>()(z.tuple([AnnotationIdSchema])),
  listTrash: method<Annotation[]>()(z.tuple([])),
  emptyTrash: method<number>()(z.tuple([])),

  listBookmarks: method<Bookmark[]>()(z.tuple([DocIdSchema.optional()])),
  setBookmark: method<Bookmark[]>()(z.tuple([DocIdSchema, BlockIdSchema, z.boolean()])),
  getReadingPosition: method<string | null>()(z.tuple([DocIdSchema])),
  setReadingPosition: method<null>()(z.tuple([DocIdSchema, BlockIdSchema])),

  getSettings: method<Settings>()(z.tuple([])),
  setSettings: method<Settings>()(z.tuple([SettingsSchema.partial().strict()])),
  /** Problems found when the store was opened (corrupt files moved aside, backups restored). */
  storeNotices: method<StoreNotice[]>()(z.tuple([])),
  /** Where the data folder is. */
  dataLocation: method<string>()(z.tuple([])),

  alignDocuments: method<Alignment>()(z.tuple([DocIdSchema, DocIdSchema])),
  relatedPassages: method<RelatedPassage[]>()(z.tuple([DocIdSchema, BlockIdSchema])),

  exportAnnotations: method<ExportFile>()(z.tuple([ExportRequestSchema])),
  previewImport: method<ImportPreview>()(z.tuple([ImportTextSchema])),
  /** Merges the file; returns the ids added, so the whole import can be undone in one step. */
  applyImport: method<string[]>()(z.tuple([ImportTextSchema])),
  undoImport: method<number>()(z.tuple([z.array(AnnotationIdSchema).max(100_000)])),

  // Area E (brief and exports): the comparison report of two documents, as Word, HTML or PDF.
  exportComparison: method<ExportFile>()(
    z.tuple([
      DocIdSchema,
      DocIdSchema,
      z.object({ format: z.enum(['docx', 'html', 'pdf']), lang: z.enum(['fr', 'en', 'es']).optional(), paper: z.enum(['a4', 'letter']).optional() }).strict(),
    ]),
  ),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
export type ArgsOf<M extends MethodName> = z.infer<Api[M]['args']>;
export type ValueOf<M extends MethodName> = Exclude<Api[M]["result"], undefined>;

/** The shape of `window.plenary`: every method returns a Result. */
export type PlenaryApi = {
  [M in MethodName]: (...args: ArgsOf<M>) => Promise<Result<ValueOf<M>>>;
};

/** The services main implements: plain values, errors thrown. */
export type Handlers = {
  [M in MethodName]: (...args: ArgsOf<M>) => ValueOf<M> | Promise<ValueOf<M>>;
};

export const METHOD_NAMES = Object.keys(api) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

/** IPC channel for a method; the only place the prefix is written. */
export const channelOf = (m: MethodName): string => `plenary:${m}`;

/** Describe a zod failure in one sentence that names the argument and the problem. */
export function describeIssues(method: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const path = issue.path.length
      ? issue.path
          .map((p, i) => (i === 0 && typeof p === 'number' ? `argument ${p + 1}` : String(p)))
          .join('.')
      : 'arguments';
    return `${path}: ${issue.message}`;
  });
  return `${method}: invalid input (${parts.join('; ')})`;
}

/** Validate raw arguments for a method; returns the parsed tuple or a message. */
export function parseArgs<M extends MethodName>(
  name: M,
  raw: unknown,
): { ok: true; args: ArgsOf<M> } | { ok: false; error: string } {
  if (!Array.isArray(raw)) return { ok: false, error: `${name}: arguments must be a list` };
  const parsed = api[name].args.safeParse(raw);
  if (!parsed.success) return { ok: false, error: describeIssues(name, parsed.error) };
  return { ok: true, args: parsed.data as ArgsOf<M> };
}
