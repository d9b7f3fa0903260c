/**
 * HTML (the UN's HTML versions, saved web pages, Word's conversion by
 * mammoth), parsed with parse5, a real HTML parser. Sanitised by
 * construction: only text and structure are taken out of the tree (h1-h6,
 * paragraphs, list items with their numbering, emphasis, raised note marks);
 * script, style and embedded content are never walked, so their text cannot
 * reach a block. Notes are found through their links: an in-document link
 * whose text is a mark ("1", "[1]", "*") or sits in <sup> is a reference,
 * and the element it points to is the note, taken out of the reading flow.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { LayoutLine, LayoutRun } from '../../../common/ingest/layout';
import type { ReaderOutput } from './index';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'head', 'button', 'select', 'textarea', 'nav']);
const BLOCK = new Set(['p', 'div', 'li', 'dd', 'dt', 'blockquote', 'section', 'article', 'aside', 'main', 'header', 'footer', 'td', 'th', 'tr', 'table', 'figure', 'figcaption', 'pre', 'address', 'ol', 'ul', 'dl', 'body', 'center', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'form', 'fieldset']);
const NOTE_MARK = /^\[?\(?(\d{1,3}|\*{1,3})\)?\]?$/;
const BACKLINK = /^[↑↩^⏎]\uFE0E?$/u;

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(n) || SKIP.has(n.tagName)) return '';
  return n.childNodes.map(textOf).join('');
}

function walkElements(n: Node, visit: (e: Element) => void): void {
  if (!isElement(n) && !('childNodes' in n)) return;
  if (isElement(n)) {
    if (SKIP.has(n.tagName) && n.tagName !== 'head') return;
    visit(n);
  }
  const kids = 'childNodes' in n ? n.childNodes : [];
  for (const k of kids) walkElements(k, visit);
}

/** A link to an element of the same page that reads as a note mark. */
function refTarget(a: Element): string | undefined {
  const href = attr(a, 'href');
  if (!href?.startsWith('#') || href.length < 2) return undefined;
  const t = textOf(a).trim();
  const inSup = a.parentNode !== null && isElement(a.parentNode as Node) && (a.parentNode as Element).tagName === 'sup';
  return NOTE_MARK.test(t) || (inSup && t.length <= 4) ? href.slice(1) : undefined;
}

interface Ctx {
  lines: LayoutLine[];
  runs: LayoutRun[];
  notes: Map<string, string>; // element id → mark
  noteIds: Set<string>;
  bold: boolean;
  italic: boolean;
  block?: Partial<LayoutLine>;
  started: boolean;
}

function flush(ctx: Ctx): void {
  const text = ctx.runs.map((r) => r.text).join('');
  if (text.trim() !== '') ctx.lines.push({ runs: ctx.runs, blockStart: !ctx.started, ...ctx.block });
  if (text.trim() !== '') ctx.started = true;
  ctx.runs = [];
}

function listLabel(li: Element): string | undefined {
  const list = li.parentNode as Element | null;
  if (!list || !isElement(list as Node)) return undefined;
  if (list.tagName === 'ul') return '•';
  if (list.tagName !== 'ol') return undefined;
  const items = list.childNodes.filter((c) => isElement(c) && c.tagName === 'li');
  const start = Number(attr(list, 'start') ?? '1') || 1;
  const n = start + items.indexOf(li);
  const type = attr(list, 'type');
  if (type === 'a') return `${String.fromCharCode(96 + Math.min(26, n))})`;
  return `${n}.`;
}

function inline(n: Node, ctx: Ctx): void {
  if (n.nodeName === '#text') {
    const v = (n as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ');
    ctx.runs.push({ text: v, ...(ctx.bold ? { bold: true } : {}), ...(ctx.italic ? { italic: true } : {}) });
    return;
  }
  if (!isElement(n) || SKIP.has(n.tagName)) return;
  const id = attr(n, 'id');
  if (id !== undefined && ctx.noteIds.has(id)) return; // a note: read separately
  if (n.tagName === 'br') return flush(ctx);
  if (n.tagName === 'a') {
    const target = refTarget(n);
    if (target !== undefined && ctx.notes.has(target)) {
      ctx.runs.push({ text: ctx.notes.get(target)!, raised: true });
      return;
    }
    if (BACKLINK.test(textOf(n).trim())) return;
  }
  if (n.tagName === 'sup') {
    const t = textOf(n).trim();
    if (NOTE_MARK.test(t) && !n.childNodes.some((c) => isElement(c) && c.tagName === 'a')) {
      ctx.runs.push({ text: t.replace(/[[\]()]/g, ''), raised: true });
      return;
    }
  }
  if (BLOCK.has(n.tagName)) return block(n, ctx);
  const [b, i] = [ctx.bold, ctx.italic];
  if (n.tagName === 'strong' || n.tagName === 'b') ctx.bold = true;
  if (n.tagName === 'em' || n.tagName === 'i') ctx.italic = true;
  for (const c of n.childNodes) inline(c, ctx);
  [ctx.bold, ctx.italic] = [b, i];
}

function block(e: Element, ctx: Ctx, depth = 0): void {
  flush(ctx);
  const saved = ctx.block;
  const savedStarted = ctx.started;
  const h = /^h([1-6])$/.exec(e.tagName);
  let role: Partial<LayoutLine> | undefined;
  if (h) role = { role: 'heading', level: Number(h[1]) };
  else if (e.tagName === 'li') {
    const label = listLabel(e);
    role = { role: 'list-item', ...(label !== undefined ? { label } : {}) };
  }
  if (e.tagName === 'blockquote') role = { ...ctx.block, indent: (ctx.block?.indent ?? 0) + 1 };
  if (role) {
    ctx.block = role;
    ctx.started = false;
  } else if (e.tagName !== 'ol' && e.tagName !== 'ul') ctx.started = false;
  for (const c of e.childNodes) {
    if (isElement(c) && (c.tagName === 'ol' || c.tagName === 'ul')) {
      flush(ctx);
      block(c, ctx, depth + 1);
      ctx.started = false;
    } else inline(c, ctx);
  }
  flush(ctx);
  ctx.block = saved;
  ctx.started = role ? savedStarted && false : false;
}

export function htmlLayout(html: string): ReaderOutput {
  const doc = parse(html);
  // Notes first: the targets of in-document links that read as marks.
  const targets = new Map<string, string>();
  let counter = 0;
  walkElements(doc, (e) => {
    if (e.tagName !== 'a') return;
    const id = refTarget(e);
    if (id === undefined || targets.has(id)) return;
    const raw = textOf(e).trim().replace(/[[\]()]/g, '');
    counter++;
    targets.set(id, /^(?:\d{1,3}|\*{1,3})$/.test(raw) ? raw : String(counter));
  });
  const noteEls = new Map<string, Element>();
  walkElements(doc, (e) => {
    const id = attr(e, 'id');
    if (id !== undefined && targets.has(id) && !noteEls.has(id)) noteEls.set(id, e);
  });
  const notes = new Map([...targets].filter(([id]) => noteEls.has(id)));
  const ctx: Ctx = { lines: [], runs: [], notes, noteIds: new Set(noteEls.keys()), bold: false, italic: false, started: false };

  let declaredTitle: string | undefined;
  walkElements(doc, (e) => {
    if (e.tagName === 'title' && declaredTitle === undefined) declaredTitle = textOf(e).replace(/\s+/g, ' ').trim() || undefined;
  });
  const body = (function find(n: Node): Element | undefined {
    if (isElement(n) && n.tagName === 'body') return n;
    for (const c of 'childNodes' in n ? n.childNodes : []) {
      const f = find(c);
      if (f) return f;
    }
    return undefined;
  })(doc);
  if (body) block(body, ctx);

  for (const [id, mark] of notes) {
    const el = noteEls.get(id)!;
    const noteCtx: Ctx = { ...ctx, lines: [], runs: [], noteIds: new Set(), notes, started: false };
    for (const c of el.childNodes) inline(c, noteCtx);
    flush(noteCtx);
    const text = noteCtx.lines.flatMap((l) => l.runs).filter((r) => !r.raised || r.text !== mark);
    if (text.map((r) => r.text).join('').trim() === '') continue;
    ctx.lines.push({ runs: text, role: 'note', noteMark: mark, blockStart: true });
  }
  const out: ReaderOutput = { layout: { lines: ctx.lines, positioned: false }, warnings: [] };
  if (declaredTitle !== undefined) out.declaredTitle = declaredTitle;
  return out;
}
