/**
 * Markdown export. Text from the documents (quotes, titles, headings) is
 * escaped so that it reads literally; notes are Markdown already and are kept
 * (raw HTML in them shown as text, see `defuseHtml`), but indented into their item's list so that nothing in a note (a "#"
 * heading, an unclosed code fence, an HTML block) can run past its item.
 */
import { countLabel } from './labels';
import type { Brief, BriefItem } from './brief';

/** Escape text so that CommonMark/GFM shows it as typed. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let s = line.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
      // Block markers only act at the start of a line.
      s = s.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
      return s;
    })
    .join('\n');
}

/** A one-line piece of text (heading, list value): whitespace collapsed, then escaped. */
const inline = (s: string): string => escapeMarkdown(s.replace(/\s+/g, ' ').trim());

/** Every line prefixed with "> "; line breaks inside a paragraph kept as hard breaks. */
export function blockQuote(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => escapeMarkdown(l.trim()));
  return lines
    .map((l, i) => {
      if (!l) return '>';
      const next = lines[i + 1];
      return next ? `> ${l}\\` : `> ${l}`;
    })
    .join('\n');
}

/** Autolinks a viewer may keep as links: anything else in angle brackets is shown as text. */
const SAFE_AUTOLINK = /^<(?:https?:\/\/|mailto:)[^<>\s]*>/i;
/** A link target whose scheme would run code: its colon is percent-encoded, so it is a dead relative link. */
const UNSAFE_TARGET = /(\]\(\s*<?\s*|^\s*\[[^\]]*\]:\s*<?\s*)(javascript|vbscript|data|file)\s*:/gi;

/**
 * Raw HTML in a note is shown as text in every Markdown viewer: each "<"
 * outside a code span becomes "&lt;" (which Markdown prints as "<"), except
 * an http(s)/mailto autolink. Link targets that would run code are defused.
 * Code spans are copied as written: HTML there is already literal.
 */
export function defuseHtml(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '`') {
      const run = /^`+/.exec(line.slice(i))?.[0] ?? '`';
      const close = line.indexOf(run, i + run.length);
      if (close !== -1) {
        out += line.slice(i, close + run.length);
        i = close + run.length;
        continue;
      }
      out += run;
      i += run.length;
      continue;
    }
    if (ch === '<') {
      const auto = SAFE_AUTOLINK.exec(line.slice(i))?.[0];
      if (auto) {
        out += auto;
        i += auto.length;
        continue;
      }
      out += '&lt;';
      i++;
      continue;
    }
    out += ch;
    i++;
  }
  return out.replace(UNSAFE_TARGET, (_m, lead: string, scheme: string) => `${lead}${scheme}%3A`);
}

/**
 * A note placed inside a list item: every line indented to the item's content
 * column, so the item's container closes anything the note opens. ATX headings
 * outside code fences become bold lines: they would otherwise enter the
 * brief's outline.
 */
export function containNote(note: string, indent = '  '): string {
  let fence: string | null = null;
  return note
    .replace(/\r\n?/g, '\n')
    .replace(/\s+$/, '')
    .split('\n')
    .map((line) => {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f?.[1]) {
        if (fence === null) fence = f[1];
        else if (f[1].startsWith(fence[0] ?? '') && f[1].length >= fence.length) fence = null;
      } else if (fence === null) {
        const h = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
        if (h) line = h[1] ? `**${h[1]}**` : '';
        line = defuseHtml(line);
      }
      return line ? indent + line : '';
    })
    .join('\n');
}

/** The delegate's own paragraphs (introduction, between items): Markdown, HTML defused, headings kept out of the outline. */
const prose = (text: string): string => containNote(text, '');

function item(i: BriefItem, b: Brief): string {
  const l = b.labels;
  const out = i.lead?.trim() ? [prose(i.lead), '', blockQuote(i.quote), ''] : [blockQuote(i.quote), ''];
  out.push(`- **${inline(l.citation)}${l.colon}** ${inline(i.citation)}`);
  out.push(`- **${inline(l.colour)}${l.colon}** ${inline(i.meaning)} (${inline(i.colorName)})`);
  if (i.tags.length) out.push(`- **${inline(l.tags)}${l.colon}** ${i.tags.map(inline).join(escapeMarkdown(l.tagSeparator))}`);
  const note = containNote(i.note);
  if (note.trim()) out.push(`- **${inline(l.note)}${l.colon}**`, '', note);
  return out.join('\n');
}

export function toMarkdown(b: Brief): string {
  const l = b.labels;
  const out: string[] = [`# ${inline(b.title)}`, ''];
  const meta = [`${inline(l.date)}${l.colon} ${inline(l.formatDate(b.date))}`];
  if (b.scope) meta.push(`${inline(l.scope)}${l.colon} ${inline(b.scope)}`);
  meta.push(inline(countLabel(l, b.count)));
  // Two trailing spaces would be invisible; a backslash is the explicit hard break.
  out.push(meta.join('\\\n'), '');
  if (b.introduction) out.push(prose(b.introduction), '');

  out.push(`## ${inline(l.legend)}`, '');
  for (const e of b.legend) out.push(`- ${inline(e.name)}${l.colon} ${inline(e.meaning)}`);
  out.push('');

  if (b.count === 0) out.push(inline(l.noHighlights), '');
  const grouped = b.grouping !== 'document';
  const h = (level: number): string => '#'.repeat(level + (grouped ? 1 : 0));
  for (const g of b.groups) {
    if (g.heading !== null) out.push(`## ${inline(g.heading)}`, '');
    for (const d of g.documents) {
      out.push(`${h(2)} ${inline(d.citation)}`, '');
      for (const s of d.sections) {
        if (s.trail.length) out.push(`${h(3)} ${inline(s.trail.join(l.trailSeparator))}`, '');
        for (const i of s.items) out.push(item(i, b), '');
      }
    }
  }
  if (b.closing) out.push(prose(b.closing), '');
  if (b.bookmarks?.length) {
    out.push(`## ${inline(l.bookmarks)}`, '');
    for (const m of b.bookmarks) out.push(`- **${inline(m.citation)}${l.colon}** ${inline(m.text)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
