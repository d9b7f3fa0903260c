/**
 * A note is Markdown written by the user: render it with marked, then let
 * DOMPurify keep only inert formatting. No images, no scripts, no styles,
 * links only to http(s) and mailto, and they open outside the app.
 */
import createDOMPurify from 'dompurify';
import { marked } from 'marked';

/** Longest note text rendered; the rest is cut with an ellipsis (the note itself is kept whole). */
export const MAX_RENDERED_NOTE = 100_000;

// A purifier of its own, so its link hook does not touch document rendering.
const purifier = createDOMPurify(window);
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

// Rendering is pure, and lists re-render the same notes often: keep the latest few hundred.
const cache = new Map<string, string>();
const CACHE_SIZE = 500;

export function noteHtml(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = render(markdown);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(markdown, html);
  return html;
}

function render(markdown: string): string {
  const source = markdown.length > MAX_RENDERED_NOTE ? markdown.slice(0, MAX_RENDERED_NOTE) + '…' : markdown;
  const html = marked.parse(source, { async: false, gfm: true, breaks: true });
  return purifier.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'b', 'i', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
    ALLOWED_ATTR: ['href', 'title', 'target', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
}
