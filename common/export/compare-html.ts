/**
 * The comparison report as one self-contained HTML file: same rules as the
 * brief's HTML (nothing loaded, one style element allowed by its hash).
 * Insertions are <ins> (green, underlined), deletions <del> (red, struck
 * through), so the marks survive copy and paste and screen readers name them.
 */
import type { CompareReport, ComparePassage } from './compare-report';
import { escapeHtml } from './note-html';

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6em; margin: 0 0 .3em; }
h2 { font-size: 1.3em; margin: 1.6em 0 .4em; border-bottom: 1px solid #ccc; }
.meta, .key { color: #444; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .3em 1.2em; margin: 0 0 1.2em; break-inside: avoid; }
.pair .cite { font-size: .9em; color: #333; margin: 0; }
.pair p { margin: 0; }
.redline { grid-column: 1 / -1; margin: .2em 0 0; padding: .4em .6em; background: #f6f6f6; }
ins { color: #0b6b2f; text-decoration: underline; text-decoration-thickness: 2px; background: #e6f4ea; }
del { color: #a3111a; text-decoration: line-through; background: #fde8e8; }
.only p { margin: 0 0 .8em; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print { body { max-width: none; margin: 0; padding: 0; } h2 { break-after: avoid; } }
`.trim();

/** SHA-256 (base64) of the style element's text; compare-html.test.ts recomputes it. */
export const COMPARE_CSS_SHA256 = 'dxURqqsavLlndVOwHAoezV0nR9rGFOBurMDG2whlBrU=';
export const COMPARE_CSS = CSS;

const passage = (p: ComparePassage, lang: string): string =>
  `<p class="cite">${escapeHtml(p.citation)}</p>` + `<p lang="${escapeHtml(lang)}">${escapeHtml(p.text)}</p>`;

export function compareToHtml(r: CompareReport): string {
  const l = r.labels;
  const w = r.words;
  const body: string[] = [
    `<h1>${escapeHtml(r.title)}</h1>`,
    `<p class="meta">${escapeHtml(r.left.citation)}<br>\n${escapeHtml(r.right.citation)}<br>\n${escapeHtml(l.date)}${escapeHtml(l.colon)} ${escapeHtml(l.formatDate(r.date))}</p>`,
    `<p class="key">${escapeHtml(w.key)}</p>`,
    `<h2>${escapeHtml(w.aligned)}</h2>`,
  ];
  if (!r.pairs.length) body.push(`<p>${escapeHtml(w.none)}</p>`);
  for (const p of r.pairs) {
    body.push('<section class="pair">');
    body.push(`<div>${passage(p.left, r.left.language)}</div>`, `<div>${passage(p.right, r.right.language)}</div>`);
    const marks = p.diff
      ?.map((s) => (s.type === 'insert' ? `<ins>${escapeHtml(s.text)}</ins>` : s.type === 'delete' ? `<del>${escapeHtml(s.text)}</del>` : escapeHtml(s.text)))
      .join('');
    body.push(`<p class="redline" lang="${escapeHtml(r.right.language)}">${marks ?? escapeHtml(w.similarity(p.score))}</p>`);
    if (marks) body.push(`<p class="cite">${escapeHtml(w.similarity(p.score))}</p>`);
    body.push('</section>');
  }
  for (const [title, list, lang] of [
    [w.onlyLeft, r.onlyLeft, r.left.language],
    [w.onlyRight, r.onlyRight, r.right.language],
  ] as const) {
    body.push(`<h2>${escapeHtml(title)}</h2>`, '<section class="only">');
    if (!list.length) body.push(`<p>${escapeHtml(w.none)}</p>`);
    for (const p of list) body.push(passage(p, lang));
    body.push('</section>');
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(l.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${COMPARE_CSS_SHA256}'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(r.title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
