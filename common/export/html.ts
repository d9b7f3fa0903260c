/**
 * HTML export: one self-contained file that loads nothing (no scripts, no
 * remote resources; a CSP meta says so to the browser too), styled by one
 * style element that the CSP allows by its hash (no 'unsafe-inline'), and
 * laid out for print. Every string from the data is escaped; notes and the
 * delegate's paragraphs go through the DOM-free safe renderer.
 */
import type { ColorId } from '../model';
import type { Brief, BriefItem } from './brief';
import { countLabel } from './labels';
import { escapeHtml, renderNoteHtml } from './note-html';


const SWATCH: Record<ColorId, string> = {
  yellow: '#f5d90a',
  green: '#30a46c',
  red: '#e5484d',
  blue: '#0090ff',
  purple: '#8e4ec6',
};

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7em; margin: 0 0 .3em; }
h2 { font-size: 1.35em; margin: 1.6em 0 .4em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.15em; margin: 1.3em 0 .3em; }
h4 { font-size: 1em; margin: 1.1em 0 .3em; }
.meta { color: #555; margin: 0 0 1.5em; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4em 1.2em; }
.swatch { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -.1em; margin-right: .35em; }
.item { margin: 0 0 1.2em; padding-left: .8em; border-left: 4px solid #999; break-inside: avoid; }
.item blockquote { margin: 0 0 .3em; font-style: italic; white-space: pre-line; }
.item .cite { margin: 0; font-size: .92em; }
.item .tags { margin: .2em 0; font-size: .92em; color: #444; }
.item .note { margin-top: .3em; font-size: .95em; }
.item .note > :first-child { margin-top: 0; }
.item .note pre { white-space: pre-wrap; background: #f4f4f4; padding: .4em; }
.prose { margin: 0 0 1.2em; }
.bookmarks li { margin: 0 0 .3em; }
${Object.entries(SWATCH)
  .map(([c, hex]) => `.c-${c} { border-left-color: ${hex}; } .swatch.c-${c} { background: ${hex}; }`)
  .join('\n')}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  a { color: inherit; }
}
`.trim();

/**
 * SHA-256 of the style element's text, base64: what the CSP names. Pinned
 * here (common/ has no crypto); html.test.ts recomputes it from CSS, so a
 * change to the CSS without a new hash fails the tests.
 */
export const CSS_SHA256 = 'PZeI8Wmq2ouYpH9cOIODq0dsS0GQ5Jfkwe2+jHDmeTc=';
export const CSP = `default-src 'none'; style-src 'sha256-${CSS_SHA256}'`;
export const BRIEF_CSS = CSS;

function item(i: BriefItem, b: Brief, lang: string): string {
  const l = b.labels;
  const parts = [
    ...(i.lead?.trim() ? [`<div class="prose">${renderNoteHtml(i.lead).trim()}</div>`] : []),
    `<article class="item c-${escapeHtml(i.color)}">`,
    `<blockquote lang="${escapeHtml(lang)}">${escapeHtml(i.quote)}</blockquote>`,
    `<p class="cite">${escapeHtml(i.citation)} · <span class="swatch c-${escapeHtml(i.color)}" aria-hidden="true"></span>${escapeHtml(
      i.meaning,
    )} (${escapeHtml(i.colorName)})</p>`,
  ];
  if (i.tags.length)
    parts.push(`<p class="tags">${escapeHtml(l.tags)}${escapeHtml(l.colon)} ${i.tags.map((t) => escapeHtml(t)).join(escapeHtml(l.tagSeparator))}</p>`);
  if (i.note.trim())
    parts.push(`<div class="note" role="note" aria-label="${escapeHtml(l.note)}">${renderNoteHtml(i.note).trim()}</div>`);
  parts.push('</article>');
  return parts.join('\n');
}

export function toHtml(b: Brief): string {
  const l = b.labels;
  const grouped = b.grouping !== 'document';
  const h = (level: number): string => `h${level + (grouped ? 1 : 0)}`;
  const body: string[] = [];
  body.push(`<h1>${escapeHtml(b.title)}</h1>`);
  const meta = [`${escapeHtml(l.date)}${escapeHtml(l.colon)} ${escapeHtml(l.formatDate(b.date))}`];
  if (b.scope) meta.push(`${escapeHtml(l.scope)}${escapeHtml(l.colon)} ${escapeHtml(b.scope)}`);
  meta.push(escapeHtml(countLabel(l, b.count)));
  body.push(`<p class="meta">${meta.join('<br>\n')}</p>`);
  if (b.introduction) body.push(`<div class="prose intro">${renderNoteHtml(b.introduction).trim()}</div>`);

  body.push(`<h2>${escapeHtml(l.legend)}</h2>`, '<ul class="legend">');
  for (const e of b.legend)
    body.push(
      `<li><span class="swatch c-${escapeHtml(e.color)}" aria-hidden="true"></span>${escapeHtml(e.name)}${escapeHtml(l.colon)} ${escapeHtml(e.meaning)}</li>`,
    );
  body.push('</ul>');

  if (b.count === 0) body.push(`<p>${escapeHtml(l.noHighlights)}</p>`);
  for (const g of b.groups) {
    if (g.heading !== null) body.push(`<h2>${escapeHtml(g.heading)}</h2>`);
    for (const d of g.documents) {
      body.push('<section class="doc">', `<${h(2)}>${escapeHtml(d.citation)}</${h(2)}>`);
      for (const s of d.sections) {
        if (s.trail.length) body.push(`<${h(3)}>${escapeHtml(s.trail.join(l.trailSeparator))}</${h(3)}>`);
        for (const i of s.items) body.push(item(i, b, d.language));
      }
      body.push('</section>');
    }
  }
  if (b.closing) body.push(`<div class="prose closing">${renderNoteHtml(b.closing).trim()}</div>`);
  if (b.bookmarks?.length) {
    body.push(`<h2>${escapeHtml(l.bookmarks)}</h2>`, '<ul class="bookmarks">');
    for (const m of b.bookmarks) body.push(`<li><strong>${escapeHtml(m.citation)}</strong>${escapeHtml(l.colon)} ${escapeHtml(m.text)}</li>`);
    body.push('</ul>');
  }

  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(l.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(b.title)}</title>`,
    ...(b.author ? [`<meta name="author" content="${escapeHtml(b.author)}">`] : []),
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
