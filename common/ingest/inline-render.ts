/**
 * Inline AST → the two strings a block carries:
 *   text  what a reader sees, without footnote marks;
 *   md    inline Markdown for `marked.parseInline` (GFM, no breaks), whose
 *         rendered text content equals `text` once `[^id]` tokens are removed.
 *
 * The invariant holds by construction (every literal character marked could
 * read as syntax is backslash-escaped, addresses are defused so GFM does not
 * autolink them) and is then checked with marked itself: if a delimiter run
 * does not parse as intended (flanking rules around punctuation), emphasis
 * falls back to <strong>/<em> tags, and in the last resort to plain text.
 */
import { Marked } from 'marked';
import type { InlineNode } from './types';

/** A private instance with the reader's options, untouched by any global `marked.use()`. */
const md = new Marked({ async: false, gfm: true, breaks: false });

const FOOTNOTE_TOKEN = /\[\^[A-Za-z0-9_-]+\]/g;

/** Backslash-escape what inline Markdown (GFM) could take for syntax. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>&~]/g, (c) => `\\${c}`)
    // GFM autolinks bare URLs, even glued to a word ("voirhttp://…"), and "www." after punctuation.
    .replace(/(https?|ftp):\/\//gi, '$1\\://')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, '\\@'); // and e-mail addresses
}

type Style = 'markdown' | 'html';

const OPEN: Record<Style, Record<1 | 2 | 3, string>> = {
  markdown: { 1: '*', 2: '**', 3: '***' },
  html: { 1: '<em>', 2: '<strong>', 3: '<strong><em>' },
};
const CLOSE: Record<Style, Record<1 | 2 | 3, string>> = {
  markdown: { 1: '*', 2: '**', 3: '***' },
  html: { 1: '</em>', 2: '</strong>', 3: '</em></strong>' },
};

/** Fallback rendering of a reference that found no note: the mark as printed. */
function unpairedRef(n: Extract<InlineNode, { t: 'ref' }>): InlineNode {
  return n.via === 'sup' ? { t: 'sup', s: n.raw } : { t: 'text', s: n.raw };
}

export function plainText(nodes: readonly InlineNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.s;
    else if (n.t === 'emph') out += plainText(n.children);
    else if (n.t === 'sup') out += n.s;
    else if (n.t === 'ref' && n.id === undefined) out += plainText([unpairedRef(n)]);
  }
  return out;
}

function serialise(nodes: readonly InlineNode[], style: Style | 'plain'): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += escapeMarkdown(n.s);
    else if (n.t === 'sup') out += `<sup>${escapeMarkdown(n.s)}</sup>`;
    else if (n.t === 'ref') out += n.id !== undefined ? `[^${n.id}]` : serialise([unpairedRef(n)], style);
    else if (n.t === 'emph') {
      const inner = serialise(n.children, style);
      out += style === 'plain' ? inner : OPEN[style][n.n] + inner + CLOSE[style][n.n];
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** textContent of marked's output, without a DOM: strip tags, decode the entities marked emits. */
export function renderedText(mdSource: string): { text: string; html: string } {
  const html = md.parseInline(mdSource.replace(FOOTNOTE_TOKEN, '')) as string;
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
  return { text, html };
}

/** Tags marked may only produce from our md: emphasis and superscripts. No links, code, strike-through. */
const ALLOWED_TAGS = /^<\/?(?:strong|em|sup)>$/;

function faithful(mdSource: string, text: string): boolean {
  const r = renderedText(mdSource);
  return r.text === text && (r.html.match(/<[^>]*>/g) ?? []).every((t) => ALLOWED_TAGS.test(t));
}

/**
 * Move whitespace at the edges of an emphasis span outside it: "** x**" is not
 * emphasis in Markdown, and a reference mark hugs the word before it.
 */
export function normaliseSpacing(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  // Removing a stray marker can leave two spaces ("vulnérables. ** Il"); a reader sees one.
  const pushText = (s: string) => {
    if (s === '') return;
    const last = out[out.length - 1];
    if (last?.t === 'text') last.s = (last.s + s).replace(/ {2,}/g, ' ');
    else out.push({ t: 'text', s: s.replace(/ {2,}/g, ' ') });
  };
  for (const n of nodes) {
    if (n.t !== 'emph') {
      if (n.t === 'text') {
        // "foo ¹ bar": the mark hugs "foo", so removing it leaves one space, not two.
        const prev = out[out.length - 2];
        const last = out[out.length - 1];
        if (last?.t === 'ref' && prev?.t === 'text' && /\s$/u.test(prev.s) && /^\s/u.test(n.s)) prev.s = prev.s.replace(/\s+$/u, '');
        pushText(n.s);
      } else out.push(n);
      continue;
    }
    const children = normaliseSpacing(n.children);
    const first = children[0];
    const last = children[children.length - 1];
    let lead = '';
    let trail = '';
    if (first?.t === 'text') {
      lead = /^\s*/u.exec(first.s)![0];
      children[0] = { t: 'text', s: first.s.slice(lead.length) };
    }
    if (last?.t === 'text') {
      const l = children[children.length - 1] as { t: 'text'; s: string };
      trail = /\s*$/u.exec(l.s)![0];
      children[children.length - 1] = { t: 'text', s: l.s.slice(0, l.s.length - trail.length) };
    }
    pushText(lead);
    const kept = children.filter((c) => !(c.t === 'text' && c.s === ''));
    if (kept.length > 0) out.push({ ...n, children: kept });
    pushText(trail);
  }
  return out;
}

export interface Rendered {
  text: string;
  md: string;
  /** Set when the Markdown form did not survive marked and a fallback was used. */
  fallback?: 'html' | 'plain';
}

export function renderInline(nodes: readonly InlineNode[]): Rendered {
  const tidy = normaliseSpacing(nodes);
  const text = plainText(tidy);
  const asMarkdown = serialise(tidy, 'markdown');
  if (faithful(asMarkdown, text)) return { text, md: asMarkdown };
  const asHtml = serialise(tidy, 'html');
  if (faithful(asHtml, text)) return { text, md: asHtml, fallback: 'html' };
  return { text, md: serialise(tidy, 'plain'), fallback: 'plain' };
}
