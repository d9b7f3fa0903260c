import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { blockQuote, containNote, escapeMarkdown, toMarkdown } from '../../../common/export/markdown';
import { expectGolden } from './golden';
import { briefOf } from './shared';

/** Render with marked to check how the Markdown reads. */
const render = (md: string): string => marked.parse(md, { async: false });

describe('toMarkdown', () => {
  it('matches the golden file (by document)', () => {
    expectGolden('brief.md', toMarkdown(briefOf('document')));
  });

  it('matches the golden file (by tag)', () => {
    expectGolden('brief-by-tag.md', toMarkdown(briefOf('tag')));
  });

  it('keeps the outline: only the brief makes headings', () => {
    const html = render(toMarkdown(briefOf('document')));
    const headings = [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      '1 Pacte mondial : notes de séance',
      '2 Colour legend',
      expect.stringMatching(/^2 A\/68\/370 – Résumé des auditions/),
      '3 I. Introduction',
      '3 II. Débats › A. Migrations et développement',
      expect.stringMatching(/^2 IDM 2017 – Note conceptuelle – Renforcer/),
      '3 Résultats',
    ]);
  });

  it('keeps an unclosed code fence in a note inside its item', () => {
    const html = render(toMarkdown(briefOf('document')));
    // The item after the fenced note still renders as a block quote, not as code.
    expect(html).toMatch(/<blockquote>\s*<p>\+33 : c’est l’indicatif<\/p>/);
  });
});

describe('escapeMarkdown', () => {
  it('makes Markdown-active characters literal', () => {
    const text = 'les *bonnes pratiques* et les [enseignements] recommandations_concrètes # & <les États> `x` ~y~ |z| &amp;';
    expect(render(escapeMarkdown(text))).toBe(
      '<p>les *bonnes pratiques* et les [enseignements] recommandations_concrètes # &amp; &lt;les États&gt; `x` ~y~ |z| &amp;amp;</p>\n',
    );
  });

  it('defuses block markers at the start of a line', () => {
    for (const line of ['# titre', '- tiret', '+33', '1. un', '2) deux', '> cité', '=== ']) {
      expect(render(escapeMarkdown(line))).toMatch(/^<p>/);
    }
  });
});

describe('blockQuote', () => {
  it('prefixes every line and keeps line breaks and paragraphs', () => {
    expect(blockQuote('un\ndeux\n\ntrois')).toBe('> un\\\n> deux\n>\n> trois');
    expect(render(blockQuote('un\ndeux\n\ntrois'))).toBe('<blockquote>\n<p>un<br>deux</p>\n<p>trois</p>\n</blockquote>\n');
  });
});

describe('containNote', () => {
  it('turns a note heading into bold text and indents every line', () => {
    expect(containNote('# Titre\ntexte\n\n## Autre ##')).toBe('  **Titre**\n  texte\n\n  **Autre**');
  });

  it('leaves headings inside code fences alone', () => {
    expect(containNote('```\n# pas un titre\n```')).toBe('  ```\n  # pas un titre\n  ```');
  });
});

describe('toMarkdown and raw HTML in notes', () => {
  it('shows a note\'s HTML as text in a Markdown viewer, never as elements', () => {
    const html = render(toMarkdown(briefOf('document')));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    // The delegate still reads what was typed.
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps HTML inside code spans and fences as the code it is', () => {
    expect(containNote('a `<b>` b\n```\n<i>x</i>\n```')).toBe('  a `<b>` b\n  ```\n  <i>x</i>\n  ```');
    expect(containNote('voir <https://www.un.org/fr> et <b>gras</b>')).toBe('  voir <https://www.un.org/fr> et &lt;b>gras&lt;/b>');
  });

  it('neutralises javascript: link targets', () => {
    const html = render(toMarkdown(briefOf('document')));
    expect(html).not.toMatch(/href="javascript:/i);
  });
});
