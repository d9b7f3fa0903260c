/**
 * A note's Markdown as Word paragraphs: marked's tokens mapped onto docx
 * runs. Nothing in a note becomes raw markup: HTML is shown as text, links
 * keep only http, https and mailto targets, images become their alt text.
 */
import { ExternalHyperlink, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { Lexer, type Token, type Tokens } from 'marked';
import { safeHref } from '../../common/export/note-html';

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF): Word refuses a file with them. */
export const xmlSafe = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

/** marked leaves some text HTML-escaped (escapes, code spans); Word wants the characters. */
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, (m, name: string, dec?: string, hex?: string) => {
    if (dec || hex) {
      const cp = dec ? Number(dec) : parseInt(hex ?? '', 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" } as Record<string, string>)[name.toLowerCase()] ?? m;
  });

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** A soft line break in Markdown is a space; Word would show a raw newline as one anyway. */
const run = (text: string, style: RunStyle): TextRun =>
  new TextRun({ ...style, text: xmlSafe(decode(text)).replace(/\r?\n/g, ' ') });

function inline(tokens: Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'strong':
        out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true }));
        break;
      case 'del':
        out.push(...inline((t as Tokens.Del).tokens, { ...style, strike: true }));
        break;
      case 'codespan':
        out.push(run((t as Tokens.Codespan).text, { ...style, font: 'Consolas' }));
        break;
      case 'br':
        out.push(new TextRun({ ...style, text: '', break: 1 }));
        break;
      case 'link': {
        const link = t as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens, { ...style, style: 'Hyperlink' });
        out.push(...(href ? [new ExternalHyperlink({ link: xmlSafe(href), children })] : inline(link.tokens, style)));
        break;
      }
      case 'image':
        out.push(run((t as Tokens.Image).text || (t as Tokens.Image).href, style));
        break;
      case 'text':
      case 'escape': {
        const tt = t as Tokens.Text;
        out.push(...('tokens' in tt && tt.tokens ? inline(tt.tokens, style) : [run(tt.text, style)]));
        break;
      }
      default:
        // Inline HTML and anything unknown: its source, as text.
        out.push(run(t.raw, style));
    }
  }
  return out;
}

interface BlockContext {
  indent: number;
  listLevel: number;
}

function blocks(tokens: Token[], ctx: BlockContext): Paragraph[] {
  const out: Paragraph[] = [];
  const indent = ctx.indent ? { indent: { left: ctx.indent } } : {};
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        break;
      case 'paragraph':
      case 'text':
        out.push(new Paragraph({ ...indent, children: inline((t as Tokens.Paragraph).tokens ?? [{ type: 'text', raw: t.raw, text: t.raw } as Token]) }));
        break;
      case 'heading':
        // A note's heading stays inside the note: bold text, not a Heading style in the outline.
        out.push(new Paragraph({ ...indent, children: inline((t as Tokens.Heading).tokens, { bold: true }) }));
        break;
      case 'blockquote':
        out.push(...blocks((t as Tokens.Blockquote).tokens, { ...ctx, indent: ctx.indent + 360 }));
        break;
      case 'list': {
        const list = t as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        list.items.forEach((li, i) => {
          const [first, ...rest] = li.tokens;
          const firstRuns = first && (first.type === 'text' || first.type === 'paragraph') ? inline((first as Tokens.Text).tokens ?? [first]) : [];
          const lead = list.ordered ? [new TextRun({ text: `${start + i}. ` })] : [];
          out.push(
            new Paragraph({
              ...(list.ordered ? { indent: { left: ctx.indent + 360 * (ctx.listLevel + 1) } } : { bullet: { level: Math.min(ctx.listLevel, 8) } }),
              children: [...lead, ...firstRuns],
            }),
          );
          const more = firstRuns.length ? rest : li.tokens;
          out.push(...blocks(more, { indent: ctx.indent + 360, listLevel: ctx.listLevel + 1 }));
        });
        break;
      }
      case 'code':
        for (const line of (t as Tokens.Code).text.split('\n'))
          out.push(new Paragraph({ ...indent, children: [run(line, { font: 'Consolas' })] }));
        break;
      case 'hr':
        out.push(new Paragraph({ ...indent, children: [new TextRun({ text: '⁂' })] }));
        break;
      default:
        // Raw HTML blocks, tables, anything else: the source, as text.
        for (const line of t.raw.replace(/\n+$/, '').split('\n'))
          out.push(new Paragraph({ ...indent, children: [new TextRun({ text: xmlSafe(line) })] }));
    }
  }
  return out;
}

export function noteParagraphs(markdown: string): Paragraph[] {
  return blocks(new Lexer({ gfm: true }).lex(markdown), { indent: 0, listLevel: 0 });
}
