import { describe, expect, it } from 'vitest';
import { renderNoteHtml, safeHref } from '../../../common/export/note-html';
import { parseHtml } from './dom';

const dom = (html: string) => parseHtml(`<!DOCTYPE html><body>${html}</body>`);

/** Nothing that runs: no script elements, no event handlers, no javascript: URLs, no loaded resources. */
function expectInert(html: string): void {
  const doc = dom(html);
  expect(doc.querySelectorAll('script, img, iframe, object, embed, style, link, svg, math, form').length).toBe(0);
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
      if (attr.name === 'href') expect(attr.value).toMatch(/^(https?|mailto):/i);
      expect(['src', 'srcset', 'style', 'formaction']).not.toContain(attr.name);
    }
  }
}

describe('renderNoteHtml', () => {
  it('renders Markdown', () => {
    expect(renderNoteHtml('*Emphase* et **gras** et `code`')).toBe(
      '<p><em>Emphase</em> et <strong>gras</strong> et <code>code</code></p>\n',
    );
  });

  it.each([
    ['a script element', "<script>alert('x')</script>"],
    ['a closing script tag', 'fin </script><script>alert(1)</script>'],
    ['a comment closer', '--> <!-- x --> -->'],
    ['an image with onerror', '<img src=x onerror=alert(1)>'],
    ['an event handler on inline HTML', 'texte <b onmouseover="alert(1)">gras</b>'],
    ['a javascript: link', '[piège](javascript:alert(1))'],
    ['a javascript: link with whitespace in the scheme', '[piège](java\tscript:alert(1)) [x](<java script:alert(1)>)'],
    ['an entity-encoded javascript: link', '[piège](javascript&#58;alert(1)) [p](&#106;avascript:alert(1))'],
    ['a javascript: autolink', '<javascript:alert(1)>'],
    ['a data: link', '[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[v](VBScript:msgbox)'],
    ['a remote image', '![pixel](https://tracker.example/p.gif)'],
    ['an HTML block', '<div>\n<script>alert(1)</script>\n</div>'],
    ['raw HTML inside <pre>', '<pre><script>alert(1)</script></pre>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an svg', '<svg onload=alert(1)><circle/></svg>'],
    ['a style attribute', '<p style="background:url(https://evil.example)">x</p>'],
    ['a link title breaking out', '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")'],
  ])('leaves %s inert', (_what, md) => {
    const html = renderNoteHtml(md);
    expectInert(html);
  });

  it('shows raw HTML as text', () => {
    const html = renderNoteHtml("voir <script>alert('x')</script> puis --> fin");
    expect(dom(html).body.textContent).toContain("<script>alert('x')</script> puis --> fin");
    expect(html).not.toMatch(/<script|-->/i);
  });

  it('keeps http, https and mailto links', () => {
    const doc = dom(renderNoteHtml('[ONU](https://www.un.org/fr) <http://example.org> [m](mailto:a@example.org)'));
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://www.un.org/fr',
      'http://example.org',
      'mailto:a@example.org',
    ]);
  });

  it('turns an image into a link to it', () => {
    const doc = dom(renderNoteHtml('![pixel](https://tracker.example/p.gif)'));
    expect(doc.querySelector('a')?.textContent).toBe('pixel');
  });
});

describe('safeHref', () => {
  it('accepts only absolute http, https and mailto', () => {
    expect(safeHref('https://a.example/x?y#z')).toBe('https://a.example/x?y#z');
    expect(safeHref(' HTTP://A.EXAMPLE')).toBe('HTTP://A.EXAMPLE');
    expect(safeHref('java\nscript:alert(1)')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref('file:///etc/passwd')).toBeNull();
  });
});
