/**
 * The printed title block of an added document (masthead symbol, date line,
 * title) is metadata, shown in the header, and must not come back as blocks,
 * just as title-block.ts removes it from the bundled texts. Here the
 * reference is the detected metadata: the leading lines of the first page up
 * to the last one that carries the symbol or the title are the title block.
 * A line with the pipeline's own markers ("I. Introduction", "1. Les…") is
 * body text, never title block.
 */
import type { DetectedMetadata } from './detect';
import { isMetadataLine } from './detect';
import { type Layout, lineText } from './layout';
import { parseNumbered, parseSectionLabel } from './markers';
import { foldForMatch } from './text';

/** The title block is looked for among this many leading lines. */
const SEARCH_LINES = 25;

export function markTitleBlock(layout: Layout, meta: DetectedMetadata): number {
  const firstPage = layout.lines[0]?.page;
  let last = -1;
  for (let i = 0; i < Math.min(SEARCH_LINES, layout.lines.length); i++) {
    const l = layout.lines[i]!;
    if (l.page !== firstPage) break;
    if (l.role === 'title') {
      last = i;
      continue;
    }
    const t = lineText(l).trim();
    if (parseSectionLabel(t) || parseNumbered(t) || l.role === 'note') break;
    // A short last line of a wrapped title ("privé") is only believed right after the title's other lines.
    const continuesTitle = last === i - 1 && last >= 0 && meta.title !== undefined && foldForMatch(meta.title).endsWith(foldForMatch(t));
    if (t !== '' && (isMetadataLine(t, meta) || continuesTitle)) last = i;
  }
  for (let i = 0; i <= last; i++) layout.lines[i]!.role = 'title';
  return last + 1;
}
