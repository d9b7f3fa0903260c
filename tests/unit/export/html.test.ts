import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../../common/export/html';
import { parseHtml } from './dom';
import { expectGolden } from './golden';
import { briefOf } from './shared';

describe('toHtml', () => {
  const html = toHtml(briefOf('document'));
  const doc = parseHtml(html);

  it('matches the golden file', () => {
    expectGolden('brief.html', html);
    expectGolden('brief-by-colour.html', toHtml(briefOf('color')));
  });

  it('is self-contained: charset, strict CSP, no scripts, nothing remote', () => {
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      `default-src 'none'; style-src 'sha256-${createHash('sha256').update(doc.querySelector('style')?.textContent ?? '', 'utf8').digest('base64')}'`,
    );
    expect(html).not.toContain('unsafe-inline');
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelectorAll('[style]').length).toBe(0);
    expect(doc.querySelectorAll('script, img, iframe, link, object, embed').length).toBe(0);
    expect(html).not.toMatch(/<script|<img|url\(|@import/i);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.attributes) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^(https?|mailto):/);
  });

  it('has print rules', () => {
    expect(html).toContain('@page');
    expect(html).toContain('@media print');
  });

  it('shows hostile note content as text', () => {
    const text = doc.body.textContent ?? '';
    expect(text).toContain("<script>alert('x')</script>");
    expect(text).toContain('</script>');
    expect(text).toContain('-->');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('javascript:');
  });

  it('keeps quotes, citations and the outline', () => {
    expect([...doc.querySelectorAll('h1, h2, h3')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual([
      'H1 Pacte mondial : notes de séance',
      'H2 Colour legend',
      expect.stringMatching(/^H2 A\/68\/370 – Résumé/),
      'H3 I. Introduction',
      'H3 II. Débats › A. Migrations et développement',
      expect.stringMatching(/^H2 IDM 2017 – Note conceptuelle – Renforcer/),
      'H3 Résultats',
    ]);
    const quotes = [...doc.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toContain('« les migrants ne sont pas une marchandise »');
    expect(quotes).toContain('recommandations_concrètes # pour le pacte & <les États>');
    expect(doc.body.textContent).toContain('IDM 2017 – Note conceptuelle, «\u00a0Résultats\u00a0», passage 3');
  });
});
