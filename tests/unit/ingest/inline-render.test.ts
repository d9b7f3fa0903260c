import { describe, expect, it } from 'vitest';
import { parseInline } from '../../../common/ingest/inline-parse';
import { escapeMarkdown, renderedText, renderInline } from '../../../common/ingest/inline-render';
import type { InlineNode } from '../../../common/ingest/types';

const render = (src: string, marks: string[] = []) => {
  const nodes = parseInline(src, { noteMarks: new Set(marks), refs: true }).nodes;
  for (const n of nodes) if (n.t === 'ref') n.id = `fn-${n.mark}`;
  return renderInline(nodes);
};

describe('renderInline', () => {
  it('writes emphasis as Markdown and footnote tokens in md only', () => {
    expect(render('**Inclure la migration**, revêt<sup>2</sup> une importance', ['2'])).toEqual({
      text: 'Inclure la migration, revêt une importance',
      md: '**Inclure la migration**, revêt[^fn-2] une importance',
    });
  });

  it('escapes what marked would read as syntax', () => {
    const r = render('a_b & [x](y) <tag> `code` ~del~ 5 * 3 \\');
    expect(r.text).toBe('a_b & x <tag> `code` ~del~ 5 * 3 \\');
    expect(renderedText(r.md).text).toBe(r.text);
  });

  it('keeps addresses as plain text, not links', () => {
    const r = render('voir www.iom.int/idm, http://x.org/a_b et a@b.org');
    expect(renderedText(r.md).html).not.toContain('<a');
    expect(renderedText(r.md).text).toBe(r.text);
  });

  it('falls back to HTML tags when delimiters would not parse', () => {
    // "**“M”**x": the closer sits between punctuation and a letter, which Markdown does not accept.
    const nodes: InlineNode[] = [{ t: 'emph', n: 2, children: [{ t: 'text', s: '“Migration”' }] }, { t: 'text', s: 'x' }];
    expect(renderInline(nodes)).toEqual({ text: '“Migration”x', md: '<strong>“Migration”</strong>x', fallback: 'html' });
  });

  it('moves spaces out of emphasis and hugs a note mark to the word before it', () => {
    const nodes: InlineNode[] = [{ t: 'text', s: 'un' }, { t: 'emph', n: 1, children: [{ t: 'text', s: ' mot ' }] }, { t: 'text', s: 'ici' }];
    expect(renderInline(nodes)).toEqual({ text: 'un mot ici', md: 'un *mot* ici' });
    expect(render('foo ¹ bar', ['1'])).toEqual({ text: 'foo bar', md: 'foo[^fn-1] bar' });
  });

  it('never leaks a stray double star, even between spaces', () => {
    expect(render('vulnérables. ** Il').text).toBe('vulnérables. Il');
  });

  it('renders an unpaired reference as printed', () => {
    const nodes = parseInline('10<sup>3</sup> et m²', { noteMarks: new Set(), refs: true }).nodes;
    expect(renderInline(nodes)).toEqual({ text: '103 et m²', md: '10<sup>3</sup> et m²' });
  });
});

describe('escapeMarkdown', () => {
  it('defuses GFM autolinks', () => {
    expect(escapeMarkdown('http://a.b www.c.d e@f.g')).toBe('http\\://a.b www\\.c.d e\\@f.g');
  });
});
