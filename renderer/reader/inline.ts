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
import { symbolRefs, type SymbolDirectory, type SymbolRef } from '../../common/search/crosslinks';

/** Attribute that tells text anchoring to ignore an element's text. */
export const ANCHOR_SKIP_ATTR = 'data-anchor-skip';

const FOOTNOTE_TOKEN = /\[\^([A-Za-z0-9_-]+)\]/g;

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sanitize(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['a', 'b', 'strong', 'i', 'em', 'sup', 'sub', 'span', 'code', 'br', 'mark'],
    ALLOWED_ATTR: ['href', 'id', 'class', 'title', 'aria-label', 'role', ANCHOR_SKIP_ATTR, 'data-fn', 'data-symbol'],
    ALLOWED_URI_REGEXP: /^#/,
  });
}

/** How cited document symbols become links (see common/search/crosslinks.ts). */
export interface SymbolLinks {
  directory: SymbolDirectory;
  /** The document shown: its own symbol is not a link. */
  self?: string;
  /** The link's title: what the symbol is, and what a click does. */
  describe(ref: SymbolRef): string;
}

/**
 * Cited symbols as links, in the text between tags (never inside a tag or an
 * existing link): to the document when the library has it, else a link that
 * searches the library for it (`data-symbol`, handled by the reader). The
 * link adds no text, so the block's text is unchanged for anchoring.
 */
function linkSymbols(html: string, links: SymbolLinks): string {
  if (!html.includes('/')) return html;
  let inLink = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a[\s>]/i.test(part)) inLink++;
        else if (/^<\/a>/i.test(part)) inLink = Math.max(0, inLink - 1);
        return part;
      }
      if (inLink > 0) return part;
      const refs = symbolRefs(part, links.directory);
      let out = '';
      let at = 0;
      for (const r of refs) {
        if (r.docId !== null && r.docId === links.self) continue;
        const title = escapeAttr(links.describe(r));
        const open = r.docId
          ? `<a class="symbol-link" href="#/doc/${escapeAttr(r.docId)}" title="${title}">`
          : `<a class="symbol-link symbol-search" href="#" data-symbol="${escapeAttr(r.text.replace(/\s+/g, ''))}" title="${title}">`;
        out += `${part.slice(at, r.start)}${open}${part.slice(r.start, r.end)}</a>`;
        at = r.end;
      }
      return out + part.slice(at);
    })
    .join('');
}

/**
 * Characters that can begin any inline Markdown (escapes, code, emphasis,
 * strikethrough, links, images, footnote tokens, HTML, entities, e-mail
 * autolinks, line breaks), and the starts of GFM's URL autolinks.
 */
const INLINE_SYNTAX = /[\\`*_~[\]!<>&@\n\r]|(?:https?|ftp):\/\/|www\./i;

/**
 * Most passages are plain text, whose HTML is the text itself: returns it
 * when `md` holds nothing Markdown or HTML could read, else null (the
 * passage then goes through marked and DOMPurify). About half a cold open's
 * text rendering was spent parsing and purifying plain sentences.
 */
export function plainInline(md: string): string | null {
  return INLINE_SYNTAX.test(md) ? null : md;
}

/**
 * HTML for a block's (or a footnote's) inline Markdown.
 * @param footnotes the document's footnotes, to label reference marks.
 * @param links when given, cited document symbols become links.
 */
export function inlineHtml(md: string, footnotes: readonly Footnote[] = [], links?: SymbolLinks): string {
  const plain = plainInline(md);
  if (plain !== null) {
    // Plain text is its own HTML: nothing to parse or purify, unless symbol links were added to it.
    const linked = links ? linkSymbols(plain, links) : plain;
    return linked === plain ? plain : sanitize(linked);
  }
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
  return sanitize(links ? linkSymbols(html, links) : html);
}
