/**
 * Inline parsing: Markdown-ish source → a small AST of text, emphasis,
 * superscripts and footnote reference candidates.
 *
 * The source is not trusted Markdown. It has emphasis markers whose partner
 * was lost ("- 1. Les migrants ne sont pas intrinsèquement vulnérables.**"),
 * HTML superscripts that are either notes ("<sup>1</sup>") or ordinals
 * ("96<sup>ème</sup>"), Unicode superscript notes ("conditions.¹"), link
 * syntax and autolinks. Parsing into an AST and re-serialising (see
 * inline-render) is what guarantees that no stray marker reaches the reader.
 *
 * Emphasis follows CommonMark's flanking rules for `*` runs, simplified: a
 * closer pairs with the nearest opener before it, using 3, 2 or 1 markers.
 * Only `*` is emphasis; `_` is always literal (URLs and identifiers use it).
 */
import { fromSuperscript } from './markers';
import type { InlineNode } from './types';

export interface ParseOptions {
  /** Note marks defined in the document ("1", "*"): only these become references. */
  noteMarks: ReadonlySet<string>;
  /** False inside footnote text, where superscripts are never references. */
  refs: boolean;
}

export interface ParseResult {
  nodes: InlineNode[];
  /** Emphasis markers that had no partner and were removed, for warnings. */
  dropped: string[];
  /** An orphan closer was paired with the start of the block (its opener was lost). */
  recovered: boolean;
}

const isWs = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunct = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/** Links keep their visible text; autolinks keep the address as plain text. */
export function stripLinks(src: string): string {
  return src
    .replace(/!?\[([^\]\n]*)\]\((?:<[^>\n]*>|[^)\s]*)(?:\s+"[^"\n]*")?\)/g, '$1')
    .replace(/<((?:https?|ftp):\/\/[^>\s]+|[^@<>\s]+@[^@<>\s]+\.[a-z]{2,})>/gi, '$1');
}

/** Characters that may start something other than plain text. */
const SPECIAL = /[<*⁰¹²³⁴⁵⁶⁷⁸⁹]/gu;
const SUP_TAG = /<sup>([^<]*)<\/sup>/iy;
const SUP_DIGITS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/uy;

/** Flat tokens: text runs, `*` runs with their flanking, superscripts. Linear: sticky regexes, no slicing. */
function tokenize(src: string, opts: ParseOptions): InlineNode[] {
  const out: InlineNode[] = [];
  let buf = '';
  const flush = () => {
    if (buf) out.push({ t: 'text', s: buf });
    buf = '';
  };
  let i = 0;
  while (i < src.length) {
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(src);
    if (!next) {
      buf += src.slice(i);
      break;
    }
    buf += src.slice(i, next.index);
    i = next.index;
    SUP_TAG.lastIndex = i;
    const sup = SUP_TAG.exec(src);
    if (sup) {
      flush();
      const content = sup[1]!.trim();
      if (opts.refs && /^(?:\d{1,3}|\*{1,3})$/.test(content)) out.push({ t: 'ref', mark: content, raw: content, via: 'sup' });
      else out.push({ t: 'sup', s: sup[1]! });
      i += sup[0].length;
      continue;
    }
    SUP_DIGITS.lastIndex = i;
    const uni = SUP_DIGITS.exec(src);
    if (uni) {
      flush();
      if (opts.refs) out.push({ t: 'ref', mark: fromSuperscript(uni[0]), raw: uni[0], via: 'unicode' });
      else out.push({ t: 'text', s: uni[0] });
      i += uni[0].length;
      continue;
    }
    if (src[i] === '*') {
      flush();
      let j = i;
      while (src[j] === '*') j++;
      const before = i > 0 ? src[i - 1] : undefined;
      const after = src[j];
      // CommonMark flanking: a run can open if it is not followed by space
      // (and, before punctuation, follows space or punctuation); mirror for closing.
      const left = !isWs(after) && (!isPunct(after) || isWs(before) || isPunct(before));
      const right = !isWs(before) && (!isPunct(before) || isWs(after) || isPunct(after));
      if (!left && !right && j - i === 1) buf += '*'; // "5 * 3": a literal star
      // A run that can neither open nor close is still dropped when doubled: " ** " is never text.
      else out.push({ t: 'delim', count: j - i, canOpen: left, canClose: right });
      i = j;
      continue;
    }
    buf += src[i]; // a "<" that opens no superscript
    i++;
  }
  flush();
  return out;
}

/** Pair delimiter runs into emphasis nodes (CommonMark "process emphasis", without the rule of 3). */
function pairEmphasis(tokens: InlineNode[]): InlineNode[] {
  let nodes = tokens;
  let i = 0;
  while (i < nodes.length) {
    const closer = nodes[i]!;
    if (closer.t !== 'delim' || !closer.canClose || closer.count === 0) {
      i++;
      continue;
    }
    let o = i - 1;
    while (o >= 0 && !(nodes[o]!.t === 'delim' && (nodes[o] as { canOpen: boolean }).canOpen)) o--;
    if (o < 0) {
      i++;
      continue;
    }
    const opener = nodes[o] as Extract<InlineNode, { t: 'delim' }>;
    const use = opener.count >= 3 && closer.count >= 3 ? 3 : opener.count >= 2 && closer.count >= 2 ? 2 : 1;
    const emph: InlineNode = { t: 'emph', n: use, children: nodes.slice(o + 1, i) };
    opener.count -= use;
    closer.count -= use;
    const before = nodes.slice(0, opener.count > 0 ? o + 1 : o);
    const after = nodes.slice(closer.count > 0 ? i : i + 1);
    nodes = [...before, emph, ...after];
    i = before.length + 1; // revisit the closer if markers remain
  }
  return nodes;
}

/**
 * Resolve what pairing left over. A star run may be a note reference
 * ("provisoire*"); the first orphan closer of a block whose opener was lost
 * wraps the block's start ("Les migrants … vulnérables.**" was bold from the
 * label on); anything else is dropped and reported.
 */
function resolveOrphans(nodes: InlineNode[], opts: ParseOptions, top: boolean, result: ParseResult): InlineNode[] {
  const out: InlineNode[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    if (n.t === 'emph') {
      out.push({ ...n, children: resolveOrphans(n.children, opts, false, result) });
      continue;
    }
    if (n.t !== 'delim') {
      out.push(n);
      continue;
    }
    if (n.count === 0) continue;
    const stars = '*'.repeat(n.count);
    if (opts.refs && n.canClose && !n.canOpen && opts.noteMarks.has(stars)) {
      out.push({ t: 'ref', mark: stars, raw: stars, via: 'star' });
      continue;
    }
    const flatBefore = out.every((x): boolean => x.t === 'text' || x.t === 'sup' || x.t === 'ref');
    if (top && !result.recovered && n.canClose && !n.canOpen && n.count >= 2 && flatBefore && out.length > 0) {
      const children = out.splice(0, out.length);
      out.push({ t: 'emph', n: Math.min(n.count, 3) as 2 | 3, children });
      result.recovered = true;
      continue;
    }
    result.dropped.push(stars);
  }
  return out;
}

/** Merge adjacent text nodes, drop empty ones. */
function tidy(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    if (n.t === 'text') {
      if (n.s === '') continue;
      const last = out[out.length - 1];
      if (last?.t === 'text') last.s += n.s;
      else out.push({ ...n });
    } else if (n.t === 'emph') {
      const children = tidy(n.children);
      if (children.length > 0) out.push({ ...n, children });
    } else out.push(n);
  }
  return out;
}

export function parseInline(src: string, opts: ParseOptions): ParseResult {
  const result: ParseResult = { nodes: [], dropped: [], recovered: false };
  const tokens = tokenize(stripLinks(src), opts);
  result.nodes = tidy(resolveOrphans(pairEmphasis(tokens), opts, true, result));
  return result;
}

/** The node list is one emphasis span around everything (a styled standalone line). */
export function wholeEmphasis(nodes: readonly InlineNode[]): Extract<InlineNode, { t: 'emph' }> | undefined {
  const core = nodes.filter((n) => !(n.t === 'text' && n.s.trim() === ''));
  return core.length === 1 && core[0]!.t === 'emph' ? core[0] : undefined;
}
