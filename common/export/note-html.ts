/**
 * Notes (Markdown) to HTML that is safe without a DOM. DOMPurify needs a
 * DOM, and this module must run in main and in tests without one, so safety
 * comes from the renderer itself: marked emits HTML only through renderer
 * methods, and the ones that could pass through author-controlled markup are
 * replaced here:
 * - raw HTML (block and inline) is printed as escaped text, never passed on;
 * - plain text is always escaped, even inside what marked thinks is a raw
 *   `<pre>` (its `escaped` flag would otherwise skip escaping);
 * - links keep their href only for http, https and mailto, checked after
 *   removing the whitespace and control characters browsers ignore;
 * - images become links (an exported file loads nothing remote);
 * - headings become bold paragraphs: a note sits inside an item and must not
 *   enter the brief's outline.
 * Everything else marked prints either escapes its text or uses fixed markup.
 */
import { Marked, type Tokens } from 'marked';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Full escape, for text and attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** Escape, but leave character references marked has already validated ("&amp;", "&#233;"). */
const escapeKeepingEntities = (s: string): string =>
  s.replace(/&(?!#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{1,31};)|[<>"']/gi, (c) => ESCAPES[c] ?? c);

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The href if it is an absolute http(s)/mailto URL, else null. */
export function safeHref(href: string): string | null {
  // Browsers drop ASCII whitespace and controls inside a scheme ("java\tscript:").
  const cleaned = href.replace(/[\u0000-\u0020\u007f]+/g, '');
  const m = /^([a-z][a-z0-9+.-]*:)/i.exec(cleaned);
  if (!m?.[1] || !SAFE_PROTOCOLS.has(m[1].toLowerCase())) return null;
  return cleaned;
}

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag): string {
      const text = escapeHtml(token.text);
      return 'block' in token && token.block ? `<p>${text}</p>\n` : text;
    },
    text(token: Tokens.Text | Tokens.Escape): string {
      if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
      return escapeKeepingEntities(token.text);
    },
    link(token: Tokens.Link): string {
      const inner = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      if (href === null) return inner;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(href)}"${title} rel="noopener noreferrer">${inner}</a>`;
    },
    heading(token: Tokens.Heading): string {
      return `<p><strong>${this.parser.parseInline(token.tokens)}</strong></p>\n`;
    },
    image(token: Tokens.Image): string {
      const alt = escapeHtml(token.text || token.href);
      const href = safeHref(token.href);
      return href === null ? alt : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${alt}</a>`;
    },
  },
});

/** Render a note's Markdown to inert HTML. */
export function renderNoteHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
