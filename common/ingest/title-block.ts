/**
 * The printed title block (letterhead, symbol, date, place, document type,
 * title) is metadata: the catalog entry carries it, and it must not reappear
 * as blocks. Rather than guess where a title block ends from typography (the
 * five sources lay it out five different ways), the catalog is the reference:
 * every leading line that is part of the entry's title, subtitle, symbol or
 * header lines is consumed; the body starts at the first line that is not.
 *
 * Comparison is loose (case, accents, punctuation and Markdown marks are
 * ignored) and by containment, because printed titles wrap over several lines
 * ("ATELIER D'INTERSESSION SUR LA" / "GESTION DE LA MIGRATION DE RETOUR").
 */
import type { CatalogEntry } from '../model';
import { furnitureReason } from './furniture';
import { foldForMatch, isBlank } from './text';
import type { SourceLine } from './types';

/** Lines shorter than this (once folded) only match a field exactly, so a body line like "Conclusion" is never taken for a title fragment. */
const MIN_CONTAINED = 12;

export interface TitleBlock {
  /** Index into the lines of the first body line. */
  bodyStart: number;
  /** The lines recognised as title block, for diagnostics and tests. */
  lines: SourceLine[];
}

export function titleFields(entry: CatalogEntry): string[] {
  const fields = [entry.title, entry.subtitle, entry.symbol, ...(entry.header ?? [])];
  return fields.filter((f): f is string => typeof f === 'string').map(foldForMatch).filter((f) => f !== '');
}

export function isTitleLine(line: string, fields: readonly string[]): boolean {
  const folded = foldForMatch(line);
  if (folded === '') return true; // a line of only marks ("**") inside the block
  return fields.some((f) => f === folded || (folded.length >= MIN_CONTAINED && f.includes(folded)));
}

export function findTitleBlock(lines: readonly SourceLine[], entry: CatalogEntry): TitleBlock {
  const fields = titleFields(entry);
  const consumed: SourceLine[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line.text) || furnitureReason(line.text, entry) === 'rule') continue;
    if (!isTitleLine(line.text, fields)) break;
    consumed.push(line);
  }
  return { bodyStart: i, lines: consumed };
}
