/**
 * Footnotes: definitions are collected from note chunks wherever the page
 * printed them; references are the `ref` nodes the inline parser found in
 * blocks. Pairing links each note to exactly one reference.
 *
 * A note pairs with the nearest unpaired reference bearing the same mark
 * printed before it (notes sit at the foot of the page that cites them), or
 * failing that the first one after it. Marks can therefore restart per page
 * ("*" on every page of a UN document) without confusion.
 *
 * A note with no reference at all is attached to the first block and
 * reported. That is the case of UN "*" notes, whose mark sits on the
 * agenda-item line of the title block, which is catalog metadata and absent
 * from some extractions (A/68/370).
 */
import { parseNoteDef } from './markers';
import { collapseSpaces, joinLines } from './text';
import type { Chunk, InlineNode } from './types';

export interface NoteDraft {
  mark: string;
  src: string;
  lineNo: number;
}

export type RefNode = Extract<InlineNode, { t: 'ref' }>;

export interface RefSite {
  node: RefNode;
  block: number;
  lineNo: number;
}

export function noteDrafts(chunks: readonly Chunk[]): NoteDraft[] {
  return chunks
    .filter((c) => c.type === 'note')
    .map((c) => {
      const [first, ...rest] = c.lines;
      const head = parseNoteDef(first!.text)!.rest;
      const src = collapseSpaces(rest.reduce((acc, l) => joinLines(acc, l.text), head));
      return { mark: c.noteMark!.mark, src, lineNo: first!.lineNo };
    });
}

export interface Pairing {
  /** For each note, in order: its id and the index of the block that references it. */
  notes: { id: string; block: number; orphan: boolean }[];
}

/**
 * Pair notes with references. Sets `id` on the paired ref nodes; unpaired refs
 * keep no id and render as printed.
 * @param attachOrphan called for a note without reference; returns the block index it was attached to.
 */
export function pairNotes(
  notes: readonly NoteDraft[],
  refs: readonly RefSite[],
  attachOrphan: (noteIndex: number, id: string) => number,
  warn: (m: string) => void,
): Pairing {
  const used = new Set<RefSite>();
  const result: Pairing = { notes: [] };
  notes.forEach((note, i) => {
    const id = `fn-${i + 1}`;
    const same = refs.filter((r) => !used.has(r) && r.node.mark === note.mark);
    const before = same.filter((r) => r.lineNo <= note.lineNo);
    const site = before[before.length - 1] ?? same.find((r) => r.lineNo > note.lineNo);
    if (site) {
      used.add(site);
      site.node.id = id;
      result.notes.push({ id, block: site.block, orphan: false });
      return;
    }
    const block = attachOrphan(i, id);
    result.notes.push({ id, block, orphan: true });
    warn(`line ${note.lineNo}: note "${note.mark}" has no reference mark in the text; attached to the first block`);
  });
  for (const r of refs) {
    if (!used.has(r)) warn(`line ${r.lineNo}: mark "${r.node.raw}" matches no note; kept as printed`);
  }
  return result;
}
