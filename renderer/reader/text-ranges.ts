/**
 * Wraps character ranges of a rendered block's text in elements (search
 * marks), skipping footnote marks so offsets are those of `block.text`.
 * Returns the function that removes what it added, for a React effect.
 */
import { ANCHOR_SKIP_ATTR } from './inline';

export function textNodesOf(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(`[${ANCHOR_SKIP_ATTR}]`) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Wrap [start, end) UTF-16 ranges of the block's text; ranges must not overlap. */
export function wrapTextRanges(
  root: Element,
  ranges: ReadonlyArray<readonly [number, number]>,
  make: (index: number) => HTMLElement,
): { elements: HTMLElement[][]; remove: () => void } {
  const added: HTMLElement[] = [];
  const elements: HTMLElement[][] = ranges.map(() => []);
  const sorted = ranges.map((r, i) => ({ r, i })).sort((a, b) => a.r[0] - b.r[0]);
  let nodes = textNodesOf(root);
  for (const { r, i } of sorted) {
    const [start, end] = r;
    let offset = 0;
    const next: Text[] = [];
    for (const node of nodes) {
      const len = node.data.length;
      const from = Math.max(start - offset, 0);
      const to = Math.min(end - offset, len);
      if (from < to) {
        let target = node;
        if (from > 0) target = target.splitText(from);
        const rest = to - from < target.data.length ? target.splitText(to - from) : null;
        const el = make(i);
        target.parentNode!.insertBefore(el, target);
        el.appendChild(target);
        added.push(el);
        elements[i]!.push(el);
        if (from > 0) next.push(node);
        next.push(target);
        if (rest) next.push(rest);
      } else {
        next.push(node);
      }
      offset += len;
    }
    nodes = next;
  }
  return {
    elements,
    remove: () => {
      for (const el of added) {
        const parent = el.parentNode;
        if (!parent) continue;
        while (el.firstChild) parent.insertBefore(el.firstChild, el);
        parent.removeChild(el);
        parent.normalize();
      }
    },
  };
}
