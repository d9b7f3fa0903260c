// @vitest-environment jsdom
/**
 * The data contract between ingestion and the reader: `marked.parseInline(md)`
 * rendered in a real DOM, footnote tokens left out, has exactly `text` as its
 * text content. Checked for every block and note of every document, and for
 * random inputs full of Markdown-significant characters.
 */
import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../common/ingest';
import type { CatalogEntry } from '../../../common/model';
import { ingestCorpus, ingestFixture } from '../../fixtures/ingest/load';

/** The reader's options (renderer/reader/inline.ts), on a private instance. */
const marked = new Marked({ async: false, gfm: true, breaks: false });
const TOKEN = /\[\^[A-Za-z0-9_-]+\]/g;

function domText(html: string): string {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el.textContent ?? '';
}

/** Tokens removed from the Markdown before rendering. */
const renderWithoutTokens = (md: string) => domText(marked.parseInline(md.replace(TOKEN, '')) as string);
/** Rendered with tokens (they stay literal text), then removed, as the reader replaces them in its HTML. */
const renderThenDropTokens = (md: string) => domText(marked.parseInline(md) as string).replace(TOKEN, '');

const all = [...ingestCorpus(), ...ingestFixture()];

describe('md renders to exactly text', () => {
  for (const { doc } of all) {
    it(`holds for every block and note of ${doc.id}`, () => {
      for (const x of [...doc.blocks, ...doc.footnotes]) {
        expect(renderWithoutTokens(x.md), `${doc.id}/${x.id}`).toBe(x.text);
        expect(renderThenDropTokens(x.md), `${doc.id}/${x.id}`).toBe(x.text);
      }
    });
  }

  it('produces only emphasis and superscript elements, never links or code', () => {
    for (const { doc } of all) {
      for (const x of [...doc.blocks, ...doc.footnotes]) {
        const el = document.createElement('div');
        el.innerHTML = marked.parseInline(x.md) as string;
        const tags = [...el.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
        for (const t of tags) expect(['strong', 'em', 'sup'], `${doc.id}/${x.id}`).toContain(t);
      }
    }
  });

  it('renders the emphasis the source meant', () => {
    const summary = all.find((d) => d.doc.id === 'idm-2017-vulnerabilites-conclusions')!.doc;
    const el = document.createElement('div');
    el.innerHTML = marked.parseInline(summary.blocks.find((b) => b.id === 'p-1')!.md) as string;
    expect(el.querySelector('strong')?.textContent).toBe('Les migrants ne sont pas intrinsèquement vulnérables.');
  });
});

describe('md invariant on arbitrary input', () => {
  const entry: CatalogEntry = {
    id: 'prop',
    source: 'prop.txt',
    shortName: 'P',
    title: 'Propriété',
    date: '2020-01-01',
    place: 'Genève',
    organizer: 'OIM',
    docType: 'other',
    language: 'fr',
  };
  const unit = fc.constantFrom(
    'a', 'é', ' ', ' ', '*', '**', '_', '[', ']', '(', ')', '<', '>', '&', '`', '~', '\\', '!', '#', '|', '"', "'", '’',
    '«', '»', '.', ':', '-', '- ', '1. ', 'a) ', '## ', '\n', '¹', '²', '<sup>1</sup>', '<sup>ème</sup>', 'http://x.org', 'www.y.fr', 'a@b.fr', '&amp;', '\u00a0',
  );

  it('holds for random paragraphs, with no stray "**" in text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit, minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 3 }), (paras) => {
        // Half the paragraphs are raw, so they may also become headings, items or notes.
        const source = `${paras.map((p, i) => (i % 2 ? p : `X ${p} fin.`)).join('\n\n')}\n\n¹ Note *un*.\n\n² Note <deux>.`;
        const { doc } = ingestDocument(entry, source);
        for (const x of [...doc.blocks, ...doc.footnotes]) {
          expect(renderWithoutTokens(x.md)).toBe(x.text);
          expect(x.text).not.toContain('**');
        }
      }),
      { numRuns: Number(process.env.PROP_RUNS ?? 300) },
    );
  });
});
