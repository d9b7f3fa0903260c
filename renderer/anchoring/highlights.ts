/**
 * Painting highlights, one block at a time and in one pass per block.
 *
 * A block's highlights are cut into pieces at every start and end, so each
 * piece is covered by a fixed set of highlights; each piece of text is
 * wrapped in one `<mark class="hl hl-<color>" data-annotation-id
 * data-annotation-ids>`. `data-annotation-ids` lists every highlight over the
 * piece; `data-annotation-id` and the colour are the innermost one's (the
 * latest to start, the shortest on a tie), which is what a click opens.
 * Overlaps are flat, not nested, so a heavily annotated passage costs one
 * element per piece, not one per highlight and piece. The accessible name
 * (`aria-label`) comes from `PaintOptions.label`; a tooltip is the caller's
 * to add (on hover), so painting sets no more attributes than it must.
 *
 * Only text nodes are wrapped, so marks never contain a block element and
 * layout is untouched; footnote marks and other skipped content stay outside;
 * search marks already in the text are kept (a highlight inside one sits in
 * it). No DOM Range is kept while painting: live ranges make every DOM change
 * slower, and ten thousand of them made painting quadratic.
 *
 * Every painter returns the function that removes exactly what it added
 * (safe to call twice), which is what a React effect wants.
 */
import type { ColorId } from '../../common/model';
import { BLOCK_ATTR, blockElements, offsetInBlock, textNodes } from './dom-text';

export const HIGHLIGHT_CLASS = 'hl';

/** A highlight's part in one block: UTF-16 offsets into the block's text. */
export interface BlockSegment {
  id: string;
  color: ColorId;
  start: number;
  end: number;
}

export interface PaintOptions {
  /** The accessible name of a piece covered by these highlights (innermost last). */
  label?: (over: readonly BlockSegment[]) => string;
}

interface Piece {
  start: number;
  end: number;
  /** Outermost first; the last one is shown. */
  over: BlockSegment[];
}

/** Cuts a block's segments into pieces with a constant set of highlights. */
function piecesOf(segments: readonly BlockSegment[]): Piece[] {
  const live = segments.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set(live.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let active: BlockSegment[] = [];
  let next = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const at = cuts[i]!;
    active = active.filter((s) => s.end > at);
    while (next < live.length && live[next]!.start <= at) active.push(live[next++]!);
    if (active.length) pieces.push({ start: at, end: cuts[i + 1]!, over: active.slice() });
  }
  return pieces;
}

function markFor(doc: Document, piece: Piece, opts: PaintOptions): HTMLElement {
  const shown = piece.over[piece.over.length - 1]!;
  const mark = doc.createElement('mark');
  mark.className = `${HIGHLIGHT_CLASS} ${HIGHLIGHT_CLASS}-${shown.color}${piece.over.length > 1 ? ` ${HIGHLIGHT_CLASS}-overlap` : ''}`;
  mark.setAttribute('data-annotation-id', shown.id);
  mark.setAttribute('data-annotation-ids', piece.over.map((s) => s.id).join(' '));
  if (opts.label) mark.setAttribute('aria-label', opts.label(piece.over));
  return mark;
}

/** Paints one block's highlights; returns the function that removes them. */
export function paintBlock(block: Element, segments: readonly BlockSegment[], opts: PaintOptions = {}): () => void {
  const pieces = piecesOf(segments);
  if (!pieces.length) return () => undefined;
  const doc = block.ownerDocument;
  const added: HTMLElement[] = [];
  let p = 0;
  let base = 0;
  for (const node of textNodes(block)) {
    const text = node.data;
    const nodeEnd = base + text.length;
    while (p < pieces.length && pieces[p]!.end <= base) p++;
    if (p < pieces.length && pieces[p]!.start < nodeEnd) {
      // The node's text in chunks: plain text, or a piece to mark.
      const chunks: Array<{ from: number; to: number; piece?: Piece }> = [];
      let cursor = 0;
      while (p < pieces.length && pieces[p]!.start < nodeEnd) {
        const piece = pieces[p]!;
        const from = Math.max(piece.start, base) - base;
        const to = Math.min(piece.end, nodeEnd) - base;
        if (from > cursor) chunks.push({ from: cursor, to: from });
        chunks.push({ from, to, piece });
        cursor = to;
        if (piece.end > nodeEnd) break; // it goes on in the next text node
        p++;
      }
      if (cursor < text.length) chunks.push({ from: cursor, to: text.length });

      // The original node keeps the first chunk, so its identity survives removal.
      const parent = node.parentNode!;
      const after = node.nextSibling;
      const [first, ...rest] = chunks;
      node.data = text.slice(first!.from, first!.to);
      if (first!.piece) {
        const mark = markFor(doc, first!.piece, opts);
        parent.insertBefore(mark, node);
        mark.appendChild(node);
        added.push(mark);
      }
      const frag = doc.createDocumentFragment();
      for (const c of rest) {
        const t = doc.createTextNode(text.slice(c.from, c.to));
        if (c.piece) {
          const mark = markFor(doc, c.piece, opts);
          mark.appendChild(t);
          frag.appendChild(mark);
          added.push(mark);
        } else frag.appendChild(t);
      }
      parent.insertBefore(frag, after);
    }
    base = nodeEnd;
  }
  return () => unwrap(added);
}

/** Removes marks (innermost last added first) and joins the text they split. */
function unwrap(added: HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const mark of added.splice(0).reverse()) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const p of parents) p.normalize();
}

/** Paints segments keyed by block id under `root`; returns the remover. */
export function paintSegments(root: Element, byBlock: ReadonlyMap<string, readonly BlockSegment[]>, opts: PaintOptions = {}): () => void {
  const blocks = blockElements(root);
  const removers: Array<() => void> = [];
  for (const [blockId, segments] of byBlock) {
    const el = blocks.get(blockId);
    if (el) removers.push(paintBlock(el, segments, opts));
  }
  return () => removers.splice(0).reverse().forEach((r) => r());
}

export interface HighlightSpec {
  id: string;
  color: ColorId;
  range: Range;
}

/**
 * Paints highlights given as DOM ranges, for callers that hold ranges rather
 * than block offsets (the reader paints from the text model with paintBlock;
 * the DOM tests use this). Every range is measured before the DOM changes.
 */
export function paintHighlights(root: Element, highlights: readonly HighlightSpec[], opts: PaintOptions = {}): () => void {
  const byBlock = new Map<string, BlockSegment[]>();
  for (const { id, color, range } of highlights) {
    for (const block of root.querySelectorAll(`[${BLOCK_ATTR}]`)) {
      if (!range.intersectsNode(block)) continue;
      const nodes = textNodes(block);
      const length = nodes.reduce((n, t) => n + t.data.length, 0);
      const start = block.contains(range.startContainer) ? offsetInBlock(block, range.startContainer, range.startOffset, nodes) : 0;
      const end = block.contains(range.endContainer) ? offsetInBlock(block, range.endContainer, range.endOffset, nodes) : length;
      if (end <= start) continue;
      const key = block.getAttribute(BLOCK_ATTR)!;
      const list = byBlock.get(key) ?? [];
      list.push({ id, color, start, end });
      byBlock.set(key, list);
    }
  }
  return paintSegments(root, byBlock, opts);
}
