/**
 * The text of rendered blocks as anchoring sees it: the text nodes inside a
 * `[data-block-id]` element, in order, leaving out `[data-anchor-skip]`
 * subtrees (footnote marks, paragraph labels). Highlight and search marks
 * are ordinary inline elements and change nothing. Offsets are UTF-16 units
 * of that text, which equals the block's `text`.
 */
import { ANCHOR_SKIP_ATTR } from '../reader/inline';

export const BLOCK_ATTR = 'data-block-id';

/** The anchorable text nodes of a block element, in document order. */
export function textNodes(block: Element): Text[] {
  const doc = block.ownerDocument;
  const out: Text[] = [];
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      // Skipped subtrees, and any block nested in this one (it has its own text).
      if (el.hasAttribute(ANCHOR_SKIP_ATTR) || (el !== block && el.hasAttribute(BLOCK_ATTR))) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

export function blockText(block: Element): string {
  return textNodes(block)
    .map((t) => t.data)
    .join('');
}

/** The rendered block elements under `root`, by block id (the first of a duplicated id wins). */
export function blockElements(root: Element): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of root.querySelectorAll(`[${BLOCK_ATTR}]`)) {
    const id = el.getAttribute(BLOCK_ATTR)!;
    if (!map.has(id)) map.set(id, el);
  }
  return map;
}

/**
 * Offset in the block's text of a DOM boundary point inside the block. A
 * point inside skipped content counts as the position of that content.
 */
export function offsetInBlock(block: Element, container: Node, offset: number, nodes = textNodes(block)): number {
  const point = block.ownerDocument.createRange();
  point.setStart(container, offset);
  let total = 0;
  for (const t of nodes) {
    if (t === container) return total + Math.min(offset, t.data.length);
    // (t, 0) before the point means all of t is: the point is not inside t.
    if (point.comparePoint(t, 0) >= 0) break;
    total += t.data.length;
  }
  return total;
}

/**
 * The DOM boundary point at a text offset of a block. `side` says which text
 * node to prefer at a node boundary: a start sits at the beginning of the
 * next node, an end at the end of the previous one, so a range never begins
 * or ends with an empty piece of a neighbouring element.
 */
export function pointAt(block: Element, offset: number, side: 'start' | 'end', nodes = textNodes(block)): { node: Node; offset: number } {
  let total = 0;
  for (const t of nodes) {
    const len = t.data.length;
    if (side === 'start' ? offset < total + len : offset <= total + len) return { node: t, offset: Math.max(0, offset - total) };
    total += len;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : { node: block, offset: block.childNodes.length };
}
