/**
 * "Copy with citation": the quote and its citation, as plain text and as
 * rich text (HTML) so that word processors keep the quotation formatting.
 * The quotation marks are the language's, as the exports print them
 * (French « » with no-break spaces, English “ ”, Spanish « »).
 */
import type { ExportLabels } from '../../common/export/labels';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Marks = Pick<ExportLabels, 'quoteOpen' | 'quoteClose'>;

export function citationTexts(quote: string, citation: string, marks: Marks): { plain: string; html: string } {
  const q = quote.trim();
  const plain = `${marks.quoteOpen}${q}${marks.quoteClose} (${citation})`;
  const html = `<blockquote><p>${escapeHtml(marks.quoteOpen)}${escapeHtml(q)}${escapeHtml(marks.quoteClose)}</p></blockquote><p>(${escapeHtml(citation)})</p>`;
  return { plain, html };
}

export async function copyRich(quote: string, citation: string, marks: Marks): Promise<void> {
  const { plain, html } = citationTexts(quote, citation, marks);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/plain': new Blob([plain], { type: 'text/plain' }),
        'text/html': new Blob([html], { type: 'text/html' }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(plain);
  }
}
