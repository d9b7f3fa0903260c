/**
 * Markdown export. Text from the documents (quotes, titles, headings) is
 * escaped so that it reads literally; notes are Markdown already and are kept,
 * but indented into their item's list so that nothing in a note (a "#"
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
      }
      return line ? indent + line : '';
    })
    .join('\n');
}

function item(i: BriefItem, b: Brief): string {
  const l = b.labels;
  const out = [blockQuote(i.quote), ''];
  out.push(`- **${inline(l.citation)}:** ${inline(i.citation)}`);
  out.push(`- **${inline(l.colour)}:** ${inline(i.meaning)} (${inline(i.colorName)})`);
  if (i.tags.length) out.push(`- **${inline(l.tags)}:** ${i.tags.map(inline).join(escapeMarkdown(l.tagSeparator))}`);
  const note = containNote(i.note);
  if (note.trim()) out.push(`- **${inline(l.note)}:**`, '', note);
  return out.join('\n');
}

export function toMarkdown(b: Brief): string {
  const l = b.labels;
  const out: string[] = [`# ${inline(b.title)}`, ''];
  const meta = [`${inline(l.date)}: ${inline(l.formatDate(b.date))}`];
  if (b.scope) meta.push(`${inline(l.scope)}: ${inline(b.scope)}`);
  meta.push(inline(countLabel(l, b.count)));
  // Two trailing spaces would be invisible; a backslash is the explicit hard break.
  out.push(meta.join('\\\n'), '');

  out.push(`## ${inline(l.legend)}`, '');
  for (const e of b.legend) out.push(`- ${inline(e.name)}: ${inline(e.meaning)}`);
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
  return out.join('\n').replace(/\n+$/, '\n');
}
