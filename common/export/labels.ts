/**
 * The words the exports print. `exportLabels(lang)` (locale.ts) gives them in
 * French, English or Spanish; English is the default so every function works
 * on its own.
 */
import type { ColorId } from '../model';

export interface ExportLabels {
  /** BCP 47 tag of these labels, for `<html lang>`. */
  lang: string;
  legend: string;
  date: string;
  scope: string;
  citation: string;
  colour: string;
  tags: string;
  note: string;
  author: string;
  /** "4 highlights", with the language's plural rules. */
  count: (n: number) => string;
  noHighlights: string;
  untagged: string;
  /** Before a single paragraph number: "para. 23". */
  para: string;
  /** Before a range of paragraph numbers: "paras. 23–24". */
  paras: string;
  /** Before an unnumbered block's position in its section: "passage 3". */
  passage: string;
  passages: string;
  /** Before the page an unnumbered passage of a paged source starts on: "p. 4" ("pág. 4"); `pagesRef` for a range. */
  pageRef: string;
  pagesRef: string;
  /** Around a heading quoted in a citation. */
  quoteOpen: string;
  quoteClose: string;
  /** After a label, before its value: ":" (French: a no-break space, then ":"). */
  colon: string;
  /** Between the headings of a section trail. */
  trailSeparator: string;
  /** Between tags (tags may contain commas). */
  tagSeparator: string;
  /** Heading of the brief's introduction (PDF outline). */
  introduction: string;
  bookmarks: string;
  /** "Page 2 of 7", for the PDF's footer. */
  page: (page: number, pages: number) => string;
  colors: Record<ColorId, string>;
  /** CSV header row, in column order. */
  csv: {
    document: string;
    symbol: string;
    citation: string;
    section: string;
    colour: string;
    meaning: string;
    quote: string;
    note: string;
    tags: string;
    author: string;
    created: string;
    modified: string;
  };
  /** Formats an ISO date (YYYY-MM-DD or a date-time) for display. */
  formatDate: (iso: string) => string;
}

export const DEFAULT_LABELS: ExportLabels = {
  lang: 'en',
  legend: 'Colour legend',
  date: 'Date',
  scope: 'Scope',
  citation: 'Citation',
  colour: 'Colour',
  tags: 'Tags',
  note: 'Note',
  author: 'Author',
  count: (n) => (n === 1 ? '1 highlight' : `${n} highlights`),
  noHighlights: 'No highlights match this export.',
  untagged: 'No tag',
  para: 'para.',
  paras: 'paras.',
  passage: 'passage',
  passages: 'passages',
  pageRef: 'p.',
  pagesRef: 'pp.',
  quoteOpen: '«\u00a0',
  quoteClose: '\u00a0»',
  colon: ':',
  trailSeparator: ' › ',
  tagSeparator: ' · ',
  introduction: 'Introduction',
  bookmarks: 'Bookmarks',
  page: (page, pages) => `Page ${page} of ${pages}`,
  colors: { yellow: 'Yellow', green: 'Green', red: 'Red', blue: 'Blue', purple: 'Purple' },
  csv: {
    document: 'Document',
    symbol: 'Symbol',
    citation: 'Citation',
    section: 'Section',
    colour: 'Colour',
    meaning: 'Colour meaning',
    quote: 'Quote',
    note: 'Note',
    tags: 'Tags',
    author: 'Author',
    created: 'Created',
    modified: 'Modified',
  },
  formatDate: (iso) => iso.slice(0, 10),
};

/** Fill in whatever the caller left out, one level deep for the nested groups. */
export function resolveLabels(partial?: Partial<ExportLabels>): ExportLabels {
  if (!partial) return DEFAULT_LABELS;
  return {
    ...DEFAULT_LABELS,
    ...partial,
    colors: { ...DEFAULT_LABELS.colors, ...partial.colors },
    csv: { ...DEFAULT_LABELS.csv, ...partial.csv },
  };
}

export const countLabel = (labels: ExportLabels, n: number): string => labels.count(n);
