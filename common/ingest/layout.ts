/**
 * The format-neutral layout every reader produces (main/library/readers/*):
 * lines made of runs, with what the source says about them. A PDF knows only
 * geometry and fonts (page, position, size, weight, raised marks); Word, HTML
 * and Markdown know their own structure (heading levels, list labels, the
 * footnote part). common/ingest/from-layout turns either kind into blocks
 * with the rules the bundled texts use.
 */

/** A stretch of one line in one style. */
export interface LayoutRun {
  text: string;
  /** Set above the baseline in a smaller size: a note reference ("¹", "*"). */
  raised?: boolean;
  bold?: boolean;
  italic?: boolean;
}

/** What the source itself says a line belongs to, when it says anything. */
export type LayoutRole = 'title' | 'heading' | 'paragraph' | 'list-item' | 'note';

export interface LayoutLine {
  runs: LayoutRun[];
  /** 1-based page (PDF only). */
  page?: number;
  /** Left edge and top of the line, in points from the page's top-left (PDF only). */
  x?: number;
  y?: number;
  /** Width of the line's text, in points (PDF only): tells a column's line from one across the page. */
  width?: number;
  /** Dominant font size in points (PDF only). */
  size?: number;
  role?: LayoutRole;
  /** Heading level (1 = chapter) or list depth. */
  level?: number;
  /** Numbering printed before the text by the source's list machinery: "23.", "a)", "•". */
  label?: string;
  /** For a note line: its mark ("1", "*"). Continuation lines of a note carry the same role without a mark. */
  noteMark?: string;
  /** Indentation depth the source gives the block (a blockquote, an indented paragraph); PDF lines use x. */
  indent?: number;
  /** The line opens a new block in the source (a Word or HTML paragraph); PDF lines leave it to geometry. */
  blockStart?: boolean;
}

export interface Layout {
  lines: LayoutLine[];
  /** Positioned layouts (PDF) are grouped into blocks by geometry; others by blockStart. */
  positioned: boolean;
  pageCount?: number;
  /** Page height in points, for telling the top and foot of a page apart (PDF only). */
  pageHeight?: number;
}

export const lineText = (l: LayoutLine): string => l.runs.map((r) => r.text).join('');
