/**
 * Plain text: the bundled texts' own form. Lines are kept as they are (the
 * body pipeline recognises numbering, notes and furniture in them); a blank
 * line separates blocks. Text that is not valid UTF-8 is read as
 * Windows-1252, the other encoding delegates' files come in.
 */
import { toLines } from '../../../common/ingest/index';
import type { Layout, LayoutLine } from '../../../common/ingest/layout';

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

export function textLayout(text: string): Layout {
  const lines: LayoutLine[] = [];
  let blank = true;
  for (const l of toLines(text)) {
    if (l.text.trim() === '') {
      blank = true;
      continue;
    }
    lines.push({ runs: [{ text: l.text }], blockStart: blank });
    blank = false;
  }
  return { lines, positioned: false };
}
