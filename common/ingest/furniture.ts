/**
 * Page furniture: what a PDF prints on every page but no author wrote as
 * text. Recognised line by line and removed before paragraphs are built, so
 * a paragraph cut by a page break can be rejoined across it.
 *
 * Patterns are deliberately narrow (a whole line must match) so that prose is
 * never mistaken for furniture.
 */
import type { CatalogEntry } from '../model';
import { trimAscii } from './text';

export type FurnitureReason = 'rule' | 'running-symbol' | 'job-number' | 'link-line' | 'page-number';

/** Markdown thematic breaks ("---", "***", "___"): footnote separators and page rules in converted text. */
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * UN job number, optionally with the language code and the page counter that
 * the extraction glues to it: "13-46142", "13-46142 (F)", "13-461422/15"
 * (job 13-46142, page 2 of 15).
 */
const JOB_NUMBER = /^\d{2}-\d{4,6}(?:\s*\([A-Z]\))?\s*(?:\d{1,3}\/\d{1,3})?$/;

/** A line that is only a URL: the PDF's hyperlink annotations, dumped after the page. */
const LINK_LINE = /^<?(?:https?|ftp):\/\/\S+>?$/i;

/** "2", "2/15", "- 2 -", "Page 2", "page 2 sur 15". */
const PAGE_NUMBER = /^(?:-\s*)?(?:page\s+)?\d{1,3}(?:\s*(?:\/|sur|of)\s*\d{1,3})?(?:\s*-)?$/i;

/** Why this line is page furniture, or null when it is content. */
export function furnitureReason(line: string, entry: Pick<CatalogEntry, 'symbol'>): FurnitureReason | null {
  const s = trimAscii(line);
  if (s === '') return null;
  if (RULE.test(line)) return 'rule';
  if (entry.symbol !== undefined && s === entry.symbol) return 'running-symbol';
  if (JOB_NUMBER.test(s)) return 'job-number';
  if (LINK_LINE.test(s)) return 'link-line';
  if (PAGE_NUMBER.test(s)) return 'page-number';
  return null;
}
