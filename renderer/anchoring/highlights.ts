/**
 * Painting highlights: the text of each range is wrapped, block by block and
 * text node by text node, in `<mark class="hl hl-<color>" data-annotation-id>`.
 * Only text nodes are wrapped, so marks never contain a block element and
 * layout is untouched; overlapping highlights nest; footnote marks and other
 * skipped content stay outside; search marks already in the text are kept
 * (a highlight inside one simply nests in it).
 *
 * `paintHighlights` returns the function that removes exactly what it added,
 * which is what a React effect wants.
 */
import type { ColorId } from '../../common/model';
import { BLOCK_ATTR, offsetInBlock, textNodes } from './dom-text';

export interface HighlightSpec {
  id: string;
  color: ColorId;
  range: Range;
}

export const HIGHLIGHT_CLASS = 'hl';

interface Segment {
  block: Element;
  start: number;
  end: number;
  spec: HighlightSpec;
}

/** The parts of a range in each block it touches, as text offsets of that block. */
function segmentsOf(root: Element, spec: HighlightSpec): Segment[] {
  const { range } = spec;
  const out: Segment[] = [];
  for (const block of root.querySelectorAll(`[${BLOCK_ATTR}]`)) {
    if (!range.intersectsNode(block)) continue;
    const nodes = textNodes(block);
    const length = nodes.reduce((n, t) => n + t.data.length, 0);
    const start = block.contains(range.startContainer) ? offsetInBlock(block, range.startContainer, range.startOffset, nodes) : 0;
    const end = block.contains(range.endContainer) ? offsetInBlock(block, range.endContainer, range.endOffset, nodes) : length;
    if (end > start) out.push({ block, start, end, spec });
  }
  return out;
}

function wrapSegment(seg: Segment, added: HTMLElement[]): void {
  const doc = seg.block.ownerDocument;
  let offset = 0;
  // Offsets are read from a fresh walk: earlier highlights split text nodes.
  for (const node of textNodes(seg.block)) {
    const len = node.data.length;
    const from = Math.max(seg.start - offset, 0);
    const to = Math.min(seg.end - offset, len);
    offset += len;
    if (from >= to) {
      if (offset >= seg.end) break;
      continue;
    }
    const target = from > 0 ? node.splitText(from) : node;
    if (to - from < target.data.length) target.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.className = `${HIGHLIGHT_CLASS} ${HIGHLIGHT_CLASS}-${seg.spec.color}`;
    mark.setAttribute('data-annotation-id', seg.spec.id);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    added.push(mark);
  }
}

/** Paints the highlights; returns the function that removes them (safe to call twice). */
export function paintHighlights(root: Element, highlights: readonly HighlightSpec[]): () => void {
  // Measure every range before touching the DOM: wrapping moves text nodes
  // that other ranges may have as boundaries.
  const segments = highlights.flatMap((h) => segmentsOf(root, h));
  const added: HTMLElement[] = [];
  for (const seg of segments) wrapSegment(seg, added);

  return () => {
    const parents = new Set<Node>();
    for (const mark of added.splice(0).reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parents.add(parent);
    }
    // Join the text nodes that wrapping split, so the DOM is as it was.
    for (const p of parents) if (p.isConnected) p.normalize();
  };
}
