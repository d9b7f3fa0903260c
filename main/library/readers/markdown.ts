/**
 * Markdown, through marked's lexer: headings keep their level, list items
 * their numbering, paragraphs their inline Markdown (the pipeline reads
 * emphasis and strips links). Footnotes in the usual extension syntax
 * ("text[^1]" and "[^1]: note") become raised marks and note lines; marked
 * itself does not know them, so they are taken out before lexing.
 */
import { marked, type Token, type Tokens } from 'marked';
import { toLines } from '../../../common/ingest/index';
import type { Layout, LayoutLine } from '../../../common/ingest/layout';

/** Raw HTML inside Markdown: scripts and styles go whole, other tags leave their text (a "<sup>" mark stays). */
export function stripHtml(s: string): string {
  return s
    .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<(?!\/?sup>)[^>]*>/gi, '');
}

/**
 * Inline tokens back to the pipeline's inline source: emphasis as "*"/"**",
 * escapes resolved, links and code as their text, raw HTML through stripHtml.
 */
export function inlineSource(tokens: readonly Token[]): string {
  return tokens
    .map((t) => {
      switch (t.type) {
        case 'strong':
          return `**${inlineSource((t as Tokens.Strong).tokens)}**`;
        case 'em':
          return `*${inlineSource((t as Tokens.Em).tokens)}*`;
        case 'link':
          return inlineSource((t as Tokens.Link).tokens);
        case 'br':
          return '\n';
        case 'html':
          return stripHtml((t as Tokens.HTML).text);
        case 'image':
          return '';
        default:
          return 'tokens' in t && t.tokens ? inlineSource(t.tokens) : 'text' in t ? String(t.text) : '';
      }
    })
    .join('');
}

const NOTE_DEF = /^\[\^([^\]\s]{1,20})\]:[ \t]*(.*)$/;
const NOTE_REF = /\[\^([^\]\s]{1,20})\]/g;

interface Notes {
  defs: { label: string; text: string }[];
  body: string;
}

/** Split footnote definitions (with their indented continuation lines) from the body. */
function takeNotes(text: string): Notes {
  const defs: Notes['defs'] = [];
  const body: string[] = [];
  let open: Notes['defs'][number] | undefined;
  for (const { text: line } of toLines(text)) {
    const m = NOTE_DEF.exec(line);
    if (m) {
      open = { label: m[1]!, text: m[2]! };
      defs.push(open);
      continue;
    }
    if (open && /^(?: {2,}|\t)\S/.test(line)) {
      open.text += ` ${line.trim()}`;
      continue;
    }
    open = undefined;
    body.push(line);
  }
  return { defs, body: body.join('\n') };
}

export function markdownLayout(text: string): { layout: Layout; declaredTitle?: string } {
  const notes = takeNotes(text);
  // Labels that are not numbers or stars ("[^source]") are numbered in order of definition.
  const marks = new Map<string, string>();
  notes.defs.forEach((d, i) => marks.set(d.label, /^(?:\d{1,3}|\*{1,3})$/.test(d.label) ? d.label : String(i + 1)));
  const refs = (s: string) => s.replace(NOTE_REF, (all, label: string) => (marks.has(label) ? `<sup>${marks.get(label)}</sup>` : all));

  const lines: LayoutLine[] = [];
  let declaredTitle: string | undefined;
  const para = (s: string, extra: Partial<LayoutLine> = {}) => {
    let first = true;
    for (const t of stripHtml(s).split('\n')) {
      if (t.trim() === '') continue;
      lines.push({ runs: [{ text: refs(t) }], blockStart: first, ...extra });
      first = false;
    }
  };
  let indent = 0;
  const walk = (tokens: readonly Token[], depth: number) => {
    for (const tok of tokens) {
      switch (tok.type) {
        case 'heading': {
          const h = tok as Tokens.Heading;
          if (lines.length === 0 && declaredTitle === undefined && h.depth === 1) {
            declaredTitle = h.text;
            lines.push({ runs: [{ text: h.text }], role: 'title', blockStart: true });
          } else lines.push({ runs: [{ text: refs(h.text) }], role: 'heading', level: h.depth, blockStart: true });
          break;
        }
        case 'paragraph':
        case 'text': {
          const t = tok as Tokens.Paragraph;
          para(t.tokens ? inlineSource(t.tokens) : t.text, indent > 0 ? { indent } : {});
          break;
        }
        case 'list': {
          const list = tok as Tokens.List;
          const start = typeof list.start === 'number' ? list.start : 1;
          list.items.forEach((item, i) => {
            const label = list.ordered ? `${start + i}.` : '•';
            const inner = item.tokens.filter((t) => t.type !== 'list');
            const textOf = inner.map((t) => ('tokens' in t && t.tokens ? inlineSource(t.tokens) : 'text' in t ? String(t.text) : '')).join('\n');
            para(textOf, { role: 'list-item', level: depth + 1, label });
            walk(item.tokens.filter((t) => t.type === 'list'), depth + 1);
          });
          break;
        }
        case 'blockquote':
          indent++;
          walk((tok as Tokens.Blockquote).tokens, depth);
          indent--;
          break;
        case 'code':
          para((tok as Tokens.Code).text);
          break;
        case 'table': {
          const t = tok as Tokens.Table;
          for (const row of [t.header, ...t.rows]) para(row.map((c) => c.text).join(' | '));
          break;
        }
        case 'html':
          para((tok as Tokens.HTML).text);
          break;
        default:
          break; // space, hr, def: nothing to read
      }
    }
  };
  walk(marked.lexer(notes.body, { gfm: true }), 0);
  for (const d of notes.defs) lines.push({ runs: [{ text: refs(d.text) }], role: 'note', noteMark: marks.get(d.label)!, blockStart: true });
  const out: { layout: Layout; declaredTitle?: string } = { layout: { lines, positioned: false } };
  if (declaredTitle !== undefined) out.declaredTitle = declaredTitle;
  return out;
}
