/**
 * The reader's plain-text shortcut (renderer/reader/inline.ts): a passage
 * with nothing Markdown or HTML could read is its own HTML. Wherever the
 * shortcut is taken, the HTML must be exactly what marked and DOMPurify make
 * of it, for every passage of every document and for random text full of
 * Markdown-significant characters; and it must be taken for most passages,
 * or it saves nothing.
 */
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { inlineHtml, plainInline, sanitize } from '../../../renderer/reader/inline';
import { ingestCorpus, ingestFixture } from '../../fixtures/ingest/load';

/** What the full route makes of `md`, as the DOM holds it. */
function fullRoute(md: string): string {
  const el = document.createElement('p');
  el.innerHTML = sanitize(marked.parseInline(md, { async: false, gfm: true, breaks: false }) as string);
  return el.innerHTML;
}

function asDom(html: string): string {
  const el = document.createElement('p');
  el.innerHTML = html;
  return el.innerHTML;
}

const passages = [...ingestCorpus(), ...ingestFixture()].flatMap(({ doc }) => [...doc.blocks, ...doc.footnotes].map((x) => ({ where: `${doc.id}/${x.id}`, md: x.md })));

describe('plain passages skip marked and DOMPurify', () => {
  it('gives what the full route gives, for every passage of every document', () => {
    let taken = 0;
    for (const { where, md } of passages) {
      const plain = plainInline(md);
      if (plain === null) continue;
      taken++;
      expect(asDom(plain), where).toBe(fullRoute(md));
      expect(asDom(inlineHtml(md)), where).toBe(fullRoute(md));
    }
    // Most passages are plain sentences: the shortcut must actually be taken.
    expect(taken / passages.length).toBeGreaterThan(0.5);
  });

  it('gives what the full route gives, for random text full of Markdown characters', () => {
    const pieces = ['a', 'é', ' ', '  ', '\n', '*', '_', '**', '`', '~', '~~', '[', ']', '(', ')', '!', '<', '>', '&', '&amp;', '@', ':', '/', '\\', 'http://x.org', 'www.un.org', 'a@b.org', '#', '"', "'", '|', '^', '=', '-', '1.', 'A/68/370'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const md = parts.join('');
        const plain = plainInline(md);
        if (plain !== null) expect(asDom(plain)).toBe(fullRoute(md));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves anything Markdown could read to the full route', () => {
    for (const md of ['*a*', 'a_b_', '`x`', '~~x~~', '[x](#y)', '![i](x)', '<b>x</b>', 'AT&T', 'a@b.org', 'see http://x.org', 'www.un.org', 'a  \nb', 'x[^fn-1]']) expect(plainInline(md), md).toBeNull();
  });
});
