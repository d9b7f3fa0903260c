/**
 * A note's Markdown as plain runs for the PDF writer: paragraphs, list items
 * with their bullet or number, code lines in a monospace font, headings in
 * bold (they stay inside the note). Nothing in a note becomes markup: raw
 * HTML is shown as its source text, links keep their words.
 */
import { Lexer, type Token, type Tokens } from 'marked';

export interface PdfBlock {
  text: string;
  kind: 'para' | 'heading' | 'code' | 'item';
  /** Indentation level (lists, quotes). */
  level: number;
}

/** marked leaves some text HTML-escaped; the PDF wants the characters. */
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_m, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[n] ?? _m);

function inline(tokens: Token[] | undefined): string {
  let out = '';
  for (const t of tokens ?? []) {
    if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'codespan') out += inline(t.tokens);
    else if (t.type === 'br') out += '\n';
    else if (t.type === 'image') out += (t as Tokens.Image).text;
    else if ('text' in t && typeof t.text === 'string' && t.type !== 'html') out += decode(t.text);
    else out += t.raw;
  }
  return out;
}

function blocks(tokens: Token[], level: number, out: PdfBlock[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        break;
      case 'paragraph':
      case 'text': {
        const p = t as Tokens.Paragraph;
        out.push({ kind: 'para', level, text: p.tokens ? inline(p.tokens) : decode(p.text) });
        break;
      }
      case 'heading':
        out.push({ kind: 'heading', level, text: inline((t as Tokens.Heading).tokens) });
        break;
      case 'blockquote':
        blocks((t as Tokens.Blockquote).tokens, level + 1, out);
        break;
      case 'list': {
        const list = t as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((li, i) => {
          const inner: PdfBlock[] = [];
          blocks(li.tokens, level + 1, inner);
          const [first, ...rest] = inner;
          const mark = list.ordered ? `${start + i}.` : '•';
          out.push({ kind: 'item', level, text: `${mark} ${first?.text ?? ''}` }, ...rest);
        });
        break;
      }
      case 'code':
        out.push({ kind: 'code', level, text: (t as Tokens.Code).text });
        break;
      case 'hr':
        out.push({ kind: 'para', level, text: '⁂' });
        break;
      default:
        // Raw HTML blocks, tables, anything else: the source, as text.
        out.push({ kind: 'para', level, text: t.raw.replace(/\n+$/, '') });
    }
  }
}

export function markdownBlocks(markdown: string): PdfBlock[] {
  const out: PdfBlock[] = [];
  blocks(new Lexer({ gfm: true }).lex(markdown.replace(/\r\n?/g, '\n')), 0, out);
  return out.filter((b) => b.text.trim());
}
