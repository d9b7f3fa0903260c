/**
 * Renders a document the way the reader does (renderer/reader/DocumentBody):
 * a `[data-block-id]` element per block holding a skipped label and the
 * block's `inlineHtml`, list items inside <ul><li>, a notes section after.
 * Plain DOM, so the anchoring tests need no React.
 */
import { inlineHtml, ANCHOR_SKIP_ATTR } from '../../../renderer/reader/inline';
import type { Block, StructuredDocument } from '../../../common/model';

function blockHtml(b: Block, doc: StructuredDocument): string {
  const html = inlineHtml(b.md, doc.footnotes);
  const label = b.label ?? (b.number ? `${b.number}.` : undefined);
  if (b.kind === 'heading') {
    return (
      `<h2 data-block-id="${b.id}" class="doc-heading">` +
      (b.label ? `<span class="heading-label" ${ANCHOR_SKIP_ATTR}="">${b.label} </span>` : '') +
      `<span class="block-text">${html}</span></h2>`
    );
  }
  return (
    `<div data-block-id="${b.id}" class="block block-${b.kind}">` +
    (label ? `<span class="block-label" ${ANCHOR_SKIP_ATTR}="" aria-hidden="true">${label}</span>` : '') +
    `<p class="block-text">${html}</p></div>`
  );
}

export function renderDoc(doc: StructuredDocument, into: Element = document.createElement('div')): Element {
  const parts: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) parts.push(`<ul class="block-list">\n${list.map((h) => `<li>${h}</li>`).join('\n')}\n</ul>`);
    list = [];
  };
  for (const b of doc.blocks) {
    if (b.kind === 'list-item') list.push(blockHtml(b, doc));
    else {
      flush();
      parts.push(blockHtml(b, doc));
    }
  }
  flush();
  const notes = doc.footnotes.map((f) => `<li id="fn-${f.id}">${inlineHtml(f.md, doc.footnotes)}</li>`).join('');
  // Whitespace between blocks, as a real page has.
  into.innerHTML = `<div class="doc-body">\n${parts.join('\n')}\n<section class="footnotes"><ol>${notes}</ol></section></div>`;
  return into;
}

/** Every DOM boundary point under `root`, in document order. */
export function allPoints(root: Element): { node: Node; offset: number }[] {
  const out: { node: Node; offset: number }[] = [];
  const visit = (n: Node) => {
    const len = n.nodeType === Node.TEXT_NODE ? (n as Text).data.length : n.childNodes.length;
    if (n.nodeType === Node.TEXT_NODE) {
      const data = (n as Text).data;
      for (let i = 0; i <= len; i++) {
        // A browser never puts a selection end between the halves of a surrogate pair.
        const low = data.charCodeAt(i);
        const high = data.charCodeAt(i - 1);
        if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) continue;
        out.push({ node: n, offset: i });
      }
      return;
    }
    for (let i = 0; i < len; i++) {
      out.push({ node: n, offset: i });
      visit(n.childNodes[i]!);
    }
    out.push({ node: n, offset: len });
  };
  visit(root);
  return out;
}

/**
 * The document text a range covers, computed with DOM Range operations only
 * (independently of renderer/anchoring): per block, the cloned contents
 * without skipped elements; blocks joined by a blank line.
 */
export function rangeText(root: Element, range: Range): string {
  const portions: string[] = [];
  for (const block of root.querySelectorAll('[data-block-id]')) {
    if (!range.intersectsNode(block)) continue;
    const r = root.ownerDocument.createRange();
    r.selectNodeContents(block);
    if (range.compareBoundaryPoints(Range.START_TO_START, r) > 0) r.setStart(range.startContainer, range.startOffset);
    if (range.compareBoundaryPoints(Range.END_TO_END, r) < 0) r.setEnd(range.endContainer, range.endOffset);
    // An end inside skipped content moves out of it (else a clone would lose the attribute).
    const skipOf = (n: Node) => (n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement)?.closest(`[${ANCHOR_SKIP_ATTR}]`);
    const s0 = skipOf(r.startContainer);
    if (s0 && block.contains(s0)) r.setStartAfter(s0);
    const e0 = skipOf(r.endContainer);
    if (e0 && block.contains(e0)) r.setEndBefore(e0);
    if (r.collapsed) {
      portions.push('');
      continue;
    }
    const frag = r.cloneContents();
    for (const el of frag.querySelectorAll(`[${ANCHOR_SKIP_ATTR}]`)) el.remove();
    portions.push(frag.textContent ?? '');
  }
  const first = portions.findIndex((p) => p.length > 0);
  if (first === -1) return '';
  let last = portions.length - 1;
  while (portions[last]!.length === 0) last--;
  return portions.slice(first, last + 1).join('\n\n');
}
