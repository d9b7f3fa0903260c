/**
 * "Copy with citation": the quote and its citation, as plain text and as
 * rich text (HTML) so that word processors keep the quotation formatting.
 */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function citationTexts(quote: string, citation: string): { plain: string; html: string } {
  const plain = `« ${quote.trim()} » (${citation})`;
  const html = `<blockquote><p>« ${escapeHtml(quote.trim())} »</p></blockquote><p>(${escapeHtml(citation)})</p>`;
  return { plain, html };
}

export async function copyRich(quote: string, citation: string): Promise<void> {
  const { plain, html } = citationTexts(quote, citation);
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
