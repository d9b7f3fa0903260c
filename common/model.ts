/**
 * Domain types shared by every layer. Each type that crosses a process
 * boundary or is read from disk has a zod schema; the TypeScript type is
 * inferred from it so the two can never disagree.
 */
import { z } from 'zod';
import { BLOCK_KINDS, COLOR_IDS, DEFAULT_LEGEND, DOC_TYPES, LANGS, SOURCE_FORMATS, THEMES } from './model-values';

export { BLOCK_KINDS, COLOR_IDS, DEFAULT_LEGEND, DOC_TYPES, LANGS, SOURCE_FORMATS, THEMES };

/** Document ids are lowercase slugs; anything else is rejected at the boundary. */
export const DocIdSchema = z
  .string()
  .min(1, 'document id is empty')
  .max(80, 'document id is longer than 80 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'document id may contain only a-z, 0-9 and "-"');
export type DocId = z.infer<typeof DocIdSchema>;

export const BlockIdSchema = z
  .string()
  .min(1, 'block id is empty')
  .max(120, 'block id is longer than 120 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'block id may contain only letters, digits, "-" and "_"');

export type DocType = (typeof DOC_TYPES)[number];

/** One entry of corpus/catalog.json: everything the library shows about a document. */
export const CatalogEntrySchema = z.object({
  id: DocIdSchema,
  /** Source file name inside corpus/sources/. */
  source: z.string().regex(/^[a-z0-9][a-z0-9._-]*\.txt$/),
  symbol: z.string().optional(),
  shortName: z.string().min(1),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  /** ISO date (YYYY-MM-DD) of the document. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  place: z.string().min(1),
  organizer: z.string().min(1),
  docType: z.enum(DOC_TYPES),
  language: z.string().min(2).max(5),
  originalLanguage: z.string().optional(),
  /** Extra lines of the printed title block kept for the header (e.g. meeting, venue). */
  header: z.array(z.string()).optional(),
  /** Where the document comes from: shipped with Plenary, or added by the delegate (absent = bundled). */
  origin: z.enum(['bundled', 'added']).optional(),
  /** Added documents: the format the original file was read as. */
  format: z.enum(['pdf', 'docx', 'html', 'markdown', 'text']).optional(),
  /** Added documents: when they joined the library (ISO date-time). */
  addedAt: z.iso.datetime({ offset: true }).optional(),
  /** Added documents: sha-256 of the original file's bytes, in hex. */
  contentHash: z.string().regex(/^[a-f0-9]{64}$/).optional(),
  /** Added documents: page count of a paged original (PDF). */
  pages: z.number().int().min(1).optional(),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export type SourceFormatId = (typeof SOURCE_FORMATS)[number];

/**
 * A document the delegate added: `source` is the original file's name as
 * given (any name a system allows, not only a corpus .txt), and the fields
 * that say where it came from are required.
 */
export const AddedEntrySchema = CatalogEntrySchema.extend({
  source: z
    .string()
    .min(1, 'file name is empty')
    .max(255, 'file name is longer than 255 characters')
    .refine((s) => !/[\\/\u0000]/.test(s), 'file name may not contain "/", "\\" or NUL'),
  /** Not known for most added files: may be empty (the interface then leaves it out). */
  place: z.string().max(200),
  organizer: z.string().max(200),
  origin: z.literal('added'),
  format: z.enum(SOURCE_FORMATS),
  addedAt: z.iso.datetime({ offset: true }),
  contentHash: z.string().regex(/^[a-f0-9]{64}$/),
});
export type AddedEntry = z.infer<typeof AddedEntrySchema>;

export type BlockKind = (typeof BLOCK_KINDS)[number];

/**
 * A block of a structured document.
 * - `text` is the plain text a reader sees, without footnote reference marks.
 * - `md` is inline Markdown whose rendered text content equals `text` once
 *   footnote reference tokens `[^<footnote id>]` are left out.
 * - `number` is the source's own numbering ("23", "3-a", "1") when it has one.
 * - `headingPath` lists the ids of the enclosing headings, outermost first.
 */
export interface Block {
  id: string;
  kind: BlockKind;
  text: string;
  md: string;
  number?: string;
  /** Heading level (1 = chapter) for headings; nesting depth for list items. */
  level?: number;
  /** Label printed before the text ("23.", "a)", "IV.", "•"), when any. */
  label?: string;
  headingPath: string[];
  /** Ids of the footnotes referenced from this block, in order. */
  footnoteRefs?: string[];
  /** Page (1-based) the block starts on, for documents read from a PDF. */
  page?: number;
}

export interface Footnote {
  id: string;
  /** The mark as printed: "1", "*", "¹" is normalised to "1". */
  mark: string;
  text: string;
  md: string;
  /** Block that references this note. */
  refBlockId: string;
}

export interface StructuredDocument extends CatalogEntry {
  blocks: Block[];
  footnotes: Footnote[];
}

/* ---------------------------------------------------------------- search */

export const SearchOptionsSchema = z
  .object({
    docIds: z.array(DocIdSchema).max(1000).optional(),
    years: z.array(z.number().int().min(1900).max(2100)).max(200).optional(),
    docTypes: z.array(z.enum(DOC_TYPES)).max(DOC_TYPES.length).optional(),
    limit: z.number().int().min(1).max(500).optional(),
  })
  .strict();
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

export interface SearchHit {
  docId: string;
  blockId: string;
  number?: string;
  /** Snippet as HTML-free text segments; `match` segments are marked. */
  snippet: string;
  /** Snippet as segments so the renderer never parses HTML from search. */
  segments?: { text: string; match: boolean }[];
  score: number;
  /** Heading trail, outermost first. */
  sectionPath?: string[];
  /** Search: the mark of the footnote this hit is ("5", "*"); `blockId` is then `fn-<footnote id>`. */
  note?: string;
  /** Search: the page the passage is on, when the source had pages. */
  page?: number;
  /** Search: rank of the passage among the non-heading blocks of its section (cited when unnumbered). */
  passage?: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Set when typos were corrected: the query that was actually run. */
  correctedQuery?: string;
  /** Normalised terms to mark in the document (folded, for accent-insensitive marking). */
  markTerms?: string[];
  /** Exact phrases of the query, to mark as phrases. */
  phrases?: string[];
  /** Search: the terms to mark per document language, when the library has several. */
  markTermsByLanguage?: Record<string, string[]>;
  /** Search: words of the query that match nothing in the scope searched (for the empty state). */
  unmatched?: string[];
  /** Search: set on an empty result of a filtered search: how many passages the query finds without filters. */
  totalWithoutFilters?: number;
}

/** Search: what a document symbol is, and whether the library has it. */
export interface SymbolInfo {
  /** As asked, spaces after slashes removed ("A/71/L.58"). */
  symbol: string;
  /** From its shape: resolution, draft, revision, report… */
  kind: 'resolution' | 'draft' | 'revision' | 'addendum' | 'corrigendum' | 'report' | 'resolution-number' | 'document';
  /** The library document bearing this symbol, when there is one. */
  docId?: string;
  /** Passages of the library that cite it. */
  citations: number;
}

/** Search: a completion of the word being typed. */
export interface Suggestion {
  text: string;
  /** Passages that have it. */
  count: number;
  symbol: boolean;
}

/* ----------------------------------------------------------- annotations */

export const ColorIdSchema = z.enum(COLOR_IDS);
export type ColorId = z.infer<typeof ColorIdSchema>;

export const LegendSchema = z
  .object({
    yellow: z.string().min(1).max(60),
    green: z.string().min(1).max(60),
    red: z.string().min(1).max(60),
    blue: z.string().min(1).max(60),
    purple: z.string().min(1).max(60),
  })
  .strict();
export type Legend = z.infer<typeof LegendSchema>;

const IsoDate = z.iso.datetime({ offset: true });

/** W3C TextQuoteSelector: the exact text with some context either side. */
export const TextQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1, 'quote is empty').max(20_000, 'quote is longer than 20,000 characters'),
    prefix: z.string().max(200),
    suffix: z.string().max(200),
  })
  .strict();
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/**
 * W3C TextPositionSelector, in Unicode code points, over the document's
 * plain text: the blocks' `text` joined by "\n\n" in reading order.
 */
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: 'position end must be after start' });
export type TextPositionSelector = z.infer<typeof TextPositionSelectorSchema>;

export const AnnotationSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'annotation id must be 8 to 64 letters, digits, "-" or "_"'),
    docId: DocIdSchema,
    /** The block the selection starts in. */
    blockId: BlockIdSchema,
    quote: TextQuoteSelectorSchema,
    position: TextPositionSelectorSchema,
    color: ColorIdSchema,
    /** Markdown; rendered sanitized. */
    note: z.string().max(200_000, 'note is longer than 200,000 characters'),
    tags: z.array(z.string().trim().min(1).max(64)).max(50),
    author: z.string().max(200),
    created: IsoDate,
    modified: IsoDate,
    /** Set when the annotation is in the Trash. */
    deleted: IsoDate.optional(),
  })
  .strict();
export type Annotation = z.infer<typeof AnnotationSchema>;

export const BookmarkSchema = z
  .object({
    docId: DocIdSchema,
    blockId: BlockIdSchema,
    created: IsoDate,
  })
  .strict();
export type Bookmark = z.infer<typeof BookmarkSchema>;

/* -------------------------------------------------------------- settings */


export const SettingsSchema = z
  .object({
    author: z.string().max(200),
    legend: LegendSchema,
    lang: z.enum(LANGS).optional(),
    theme: z.enum(THEMES),
    fontSize: z.number().int().min(12).max(32),
    lineWidth: z.number().int().min(40).max(120),
    meetingMode: z.boolean(),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  author: '',
  legend: DEFAULT_LEGEND,
  theme: 'system',
  fontSize: 18,
  lineWidth: 70,
  meetingMode: false,
};
