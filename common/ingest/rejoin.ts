/**
 * Paragraphs cut by page breaks. The extraction leaves the two halves of a
 * paragraph as separate groups, sometimes with the page's footnotes (or its
 * furniture, already removed) printed between them:
 *
 *   …à entrer et à rester sur leur          ← ends mid-sentence
 *   ¹ Bien entendu, les Etats…               ← a note, skipped
 *   territoire, pour quelles raisons…        ← starts in lower case
 *
 * Two text chunks are one paragraph when the first does not end a sentence
 * and the second is plain text (no number, heading or bullet of its own) that
 * starts in lower case, or follows a dangling function word ("…des" +
 * "Nations Unies"). Notes between them stay where they are; they are
 * collected separately.
 */
import { endsSentence, endsWithDanglingWord, joinLines, startsLowercase } from './text';
import type { Chunk } from './types';

/** Markers whose chunk can be continued on the next page: running text. */
const CONTINUABLE = new Set(['number', 'item', 'bullet', undefined]);

function chunkText(c: Chunk): string {
  return c.lines.reduce((acc, l) => joinLines(acc, l.text), '');
}

/**
 * @param warn receives a message for a lower-case start that could not be
 *   attached to anything: it is kept as its own paragraph, never dropped.
 */
export function rejoinPageCuts(chunks: readonly Chunk[], warn: (m: string) => void): Chunk[] {
  const out: Chunk[] = [];
  let lastText: Chunk | undefined;
  for (const c of chunks) {
    if (c.type === 'note') {
      out.push(c);
      continue;
    }
    const text = chunkText(c);
    if (c.marker === undefined && lastText !== undefined && CONTINUABLE.has(lastText.marker?.kind)) {
      const prev = chunkText(lastText);
      const cut = !endsSentence(prev) && (startsLowercase(text) || endsWithDanglingWord(prev));
      if (cut) {
        lastText.lines.push(...c.lines);
        continue;
      }
    }
    if (c.marker === undefined && startsLowercase(text)) {
      warn(`line ${c.lines[0]!.lineNo}: paragraph starts in lower case but follows a complete sentence; kept as its own paragraph`);
    }
    const copy: Chunk = { ...c, lines: [...c.lines] };
    out.push(copy);
    lastText = copy;
  }
  return out;
}
