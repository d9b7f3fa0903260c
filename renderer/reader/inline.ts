/**
 * Turns a block's inline Markdown into sanitized HTML. This is the only place
 * document text becomes HTML: marked for the Markdown, then DOMPurify on the
 * result before it can reach the DOM.
 *
 * Footnote references are written in `md` as `[^<footnote id>]` tokens. They
 * render as superscript links carrying `data-anchor-skip`, so that the text of
 * a rendered block, without those elements, is exactly the block's `text`.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import type { Footnote } from '../../common/model';

/** Attribute that tells text anchoring to ignore an element's text. */
export const ANCHOR_SKIP_ATTR = 'data-anchor-skip';

const FOOTNOTE_TOKEN = /\[\^([A-Za-z0-9_-]+)\]/g;

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['a', 'b', 'strong', 'i', 'em', 'sup', 'sub', 'span', 'code', 'br', 'mark'],
    ALLOWED_ATTR: ['href', 'id', 'class', 'title', 'aria-label', 'role', ANCHOR_SKIP_ATTR, 'data-fn'],
    ALLOWED_URI_REGEXP: /^#/,
  });
}

/**
 * HTML for a block's (or a footnote's) inline Markdown.
 * @param footnotes the document's footnotes, to label reference marks.
 */
export function inlineHtml(md: string, footnotes: readonly Footnote[] = []): string {
  const byId = new Map(footnotes.map((f) => [f.id, f]));
  const raw = marked.parseInline(md, { async: false, gfm: true, breaks: false });
  const html = raw.replace(FOOTNOTE_TOKEN, (_m, id: string) => {
    const note = byId.get(id);
    const mark = note ? note.mark : '?';
    return (
      `<sup class="fnref" ${ANCHOR_SKIP_ATTR}="" data-fn="${escapeAttr(id)}">` +
      `<a href="#fn-${escapeAttr(id)}" id="fnref-${escapeAttr(id)}" aria-label="Note ${escapeAttr(mark)}">${escapeAttr(mark)}</a></sup>`
    );
  });
  return sanitize(html);
}
