/**
 * The one API contract. Every method is declared here once with the zod
 * schema of its arguments and the TypeScript type of its value; main's
 * handlers, the preload bridge, the HTTP bridge and the renderer's client are
 * all derived from this map, so a channel name or a shape is written once.
 */
import { z } from 'zod';
import {
  AddedEntrySchema,
  AnnotationSchema,
  ColorIdSchema,
  DocIdSchema,
  BlockIdSchema,
  DOC_TYPES,
  SearchOptionsSchema,
  SettingsSchema,
  type Annotation,
  type Bookmark,
  type CatalogEntry,
  type SearchHit,
  type SearchResult,
  type Settings,
  type Suggestion,
  type SymbolInfo,
  type StructuredDocument,
} from './model';
import type { Alignment, RelatedPassage } from './align';
import type { ItemOutcome } from './export/import';
import type { Result } from './result';
import { EXPORT_FORMATS, MAX_DOCUMENT_BYTES } from './api-limits';
import { METHOD_NAMES, channelOf, type MethodName as ListedName } from './api-names';

export { EXPORT_FORMATS, MAX_DOCUMENT_BYTES, METHOD_NAMES, channelOf };

/** A method: the schema of its argument tuple, and a phantom for its value type. */
interface Method<A extends z.ZodTuple, R> {
  args: A;
  /** Never read at run time; carries the value type. */
  result?: R;
}
const method = <R>() => <A extends z.ZodTuple>(args: A): Method<A, R> => ({ args });

const QuerySchema = z.string().max(500, 'query is longer than 500 characters');

/** A document symbol: letters, digits, ".", "/" and spaces, with at least one "/". */
const SymbolArgSchema = z
  .string()
  .min(3, 'symbol is too short')
  .max(80, 'symbol is longer than 80 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9./ ]*$/, 'symbol may contain only letters, digits, ".", "/" and spaces')
  .refine((s) => s.includes('/'), { message: 'a symbol has at least one "/"' });

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
  /** The plan computed for this preview; `applyImport` carries it out without recomputing. */
  planId: string;
  /** Items in the file. */
  total: number;
  toAdd: number;
  alreadyPresent: number;
  unplaceable: { item: number; reason: string; quote: string }[];
  documents: string[];
  /** Per item, in file order (the first MAX_PREVIEW_ITEMS; the counts above cover all). */
  items: ItemOutcome[];
}
export const MAX_PREVIEW_ITEMS = 2000;

/** How far a preview has got: items planned of the file's total. */
export interface ImportProgress {
  state: 'reading' | 'planning' | 'ready' | 'failed' | 'cancelled' | 'unknown';
  done: number;
  total: number;
}

/** How far an export job has got: highlights written of the total, by phase. */
export interface ExportProgress {
  state: 'preparing' | 'writing' | 'packing' | 'ready' | 'failed' | 'cancelled' | 'unknown';
  done: number;
  total: number;
}

/** A finished export: what the file is, and how many slices (`exportChunk`) its data comes in. */
export interface ExportReady {
  filename: string;
  mime: string;
  encoding: 'utf8' | 'base64';
  chunks: number;
  chars: number;
}

/** Chosen by the caller for one preview, so it can ask for progress and cancel while it runs. */
export const ImportJobIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'job id must be 8 to 64 letters, digits, "-" or "_"');

/** A file the system asked Plenary to open (file association, argv, open-file). */
export interface OpenedFile {
  name: string;
  text: string;
  /** Why the file could not be read, when it could not. */
  error?: string;
}

/** An import file's text: 20 MB at most (the parser says so by name). */
const ImportTextSchema = z.string().max(20 * 1024 * 1024 + 1);

export interface StoreNotice {
  docId: string | null;
  file: string;
  message: string;
}

/* == Library (area C2): adding, correcting and removing documents == */

const MAX_DOCUMENT_BASE64 = Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4;
const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** A file to add: its name (never a path) and its bytes in base64. Too large a file is named in the message. */
export const AddDocumentArgsSchema = z
  .tuple([AddedEntrySchema.shape.source, z.string()])
  .superRefine(([fileName, data], ctx) => {
    if (data.length > MAX_DOCUMENT_BASE64) {
      ctx.addIssue({
        code: 'custom',
        path: [1],
        message: `${fileName} is about ${megabytes((data.length / 4) * 3)}; the limit is ${megabytes(MAX_DOCUMENT_BYTES)}`,
      });
    } else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data) || data.length % 4 !== 0) {
      ctx.addIssue({ code: 'custom', path: [1], message: `the bytes of ${fileName} are not valid base64` });
    }
  });

/** Corrections to an added document's detected metadata. An empty symbol removes it. */
export const DocumentPatchSchema = z
  .object({
    symbol: z.string().trim().max(80, 'symbol is longer than 80 characters').optional(),
    title: z.string().trim().min(1, 'title is empty').max(300, 'title is longer than 300 characters').optional(),
    shortName: z.string().trim().min(1, 'short name is empty').max(80, 'short name is longer than 80 characters').optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD').optional(),
    language: z.string().regex(/^[a-z]{2,3}$/, 'language must be a 2- or 3-letter code such as "fr"').optional(),
    docType: z.enum(DOC_TYPES).optional(),
  })
  .strict();
export type DocumentPatch = z.infer<typeof DocumentPatchSchema>;

/** Reading an added file runs in the background; the renderer polls its job. */
export interface DocumentJob {
  id: string;
  fileName: string;
  state: 'running' | 'done' | 'failed';
  phase: string;
  done: number;
  total: number;
  /** When done: the document (the one already there, if `duplicate`). */
  entry?: CatalogEntry;
  /** The same content was already in the library: nothing was added. */
  duplicate?: boolean;
  /** Annotations brought back from the Trash (the same file was added before and removed). */
  restored?: number;
  /** What the reader could not place, kept and reported. */
  warnings?: string[];
  /** When failed: the message, naming the file. */
  error?: string;
}

/** An added document's original file: opened by the desktop app, or handed over to download. */
export interface OriginalFile {
  fileName: string;
  mime: string;
  /** The bytes in base64, when the caller must save or show them itself (browser twin). */
  data?: string;
  /** The desktop app opened it with the system's default application. */
  opened: boolean;
}

/** What the library shows per document besides its entry. */
export interface LibraryOverviewItem {
  docId: string;
  highlights: number;
  /** The block where the delegate left off, if any. */
  position: string | null;
}

const JobIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/, 'job id must be 8 to 64 letters, digits or "-"');

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
  /** Plans the import in slices (other calls are answered meanwhile); `importProgress`/`cancelImport` take the same job id. */
  previewImport: method<ImportPreview>()(z.tuple([ImportTextSchema, ImportJobIdSchema])),
  /** Adds the previewed plan (less the item numbers in `skip`); returns the ids added, so the whole import can be undone in one step. */
  applyImport: method<string[]>()(z.tuple([ImportJobIdSchema, z.array(z.number().int().min(1)).max(100_000).optional()])),
  undoImport: method<number>()(z.tuple([z.array(AnnotationIdSchema).max(100_000)])),

  // Area B: import jobs and the desktop file association.
  importProgress: method<ImportProgress>()(z.tuple([ImportJobIdSchema])),
  cancelImport: method<boolean>()(z.tuple([ImportJobIdSchema])),
  /** The next file the system asked Plenary to open, taken once (null when none). */
  takeOpenedFile: method<OpenedFile | null>()(z.tuple([])),
  // Search (area D): cross-links and suggestions.
  /** Passages of other documents that cite this document's symbol. */
  citedBy: method<SearchHit[]>()(z.tuple([DocIdSchema])),
  /** What a symbol is (from its shape), the library document bearing it, how often it is cited. */
  symbolInfo: method<SymbolInfo>()(z.tuple([SymbolArgSchema])),
  /** Completions of the last word typed, from the index's own words and symbols. */
  suggest: method<Suggestion[]>()(z.tuple([z.string().max(100, 'prefix is longer than 100 characters')])),
  // == F2: tabs, compare, cold start ==
  /**
   * The live annotations of some blocks of one document, in reading order: a
   * cold start paints the first screen with these before the full list arrives.
   */
  listAnnotationsIn: method<Annotation[]>()(z.tuple([DocIdSchema, z.array(BlockIdSchema).min(1).max(500)])),
  /* == Library (area C2) == */
  /** Starts reading a file into the library; returns its job at once (poll documentJob). */
  addDocument: method<DocumentJob>()(AddDocumentArgsSchema),
  documentJob: method<DocumentJob>()(z.tuple([JobIdSchema])),
  /** Desktop app: main shows the system's open dialog itself (several files); one job per file. */
  addDocumentsFromDialog: method<DocumentJob[]>()(z.tuple([])),
  updateDocumentMetadata: method<CatalogEntry>()(z.tuple([DocIdSchema, DocumentPatchSchema])),
  /** Takes an added document out; its annotations go to the Trash. Returns how many. */
  removeDocument: method<number>()(z.tuple([DocIdSchema])),
  openOriginal: method<OriginalFile>()(z.tuple([DocIdSchema])),
  libraryOverview: method<LibraryOverviewItem[]>()(z.tuple([])),
  // Area E (brief and exports): the comparison report of two documents, as Word, HTML or PDF.
  exportComparison: method<ExportFile>()(
    z.tuple([
      DocIdSchema,
      DocIdSchema,
      z.object({ format: z.enum(['docx', 'html', 'pdf']), lang: z.enum(['fr', 'en', 'es']).optional(), paper: z.enum(['a4', 'letter']).optional() }).strict(),
    ]),
  ),
  // Area E2 (export jobs): an export runs as a job in main with progress and cancel; the file is then
  // fetched in slices, so no single answer (or its parsing in the renderer) is several megabytes.
  /** Runs the export under the caller's job id; answers when the file is ready (poll exportProgress meanwhile). */
  runExport: method<ExportReady>()(z.tuple([ExportRequestSchema, ImportJobIdSchema])),
  exportProgress: method<ExportProgress>()(z.tuple([ImportJobIdSchema])),
  cancelExport: method<boolean>()(z.tuple([ImportJobIdSchema])),
  /** One slice of a ready export's data (the last slice releases the file). */
  exportChunk: method<string>()(z.tuple([ImportJobIdSchema, z.number().int().min(0).max(1_000_000)])),
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** The map and common/api-names.ts list the same methods (a compile error otherwise). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameNames: Same<MethodName, ListedName> = true;
void sameNames;
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

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name);
}

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
