/**
 * "Copy with citation" in the interface language: the quote in that
 * language's quotation marks, cited in UN style (par. / para. / párr.), a
 * paged source's unnumbered passage by its page (p. / pág.), with the
 * labels the exports use.
 */
import { describe, expect, it } from 'vitest';
import { citationFor } from '../../common/export/citation';
import type { StructuredDocument } from '../../common/model';
import { citationTexts } from '../../renderer/reader/clipboard';
import { citationLang, labelsFor } from '../../renderer/reader/useCitation';
import { loadCorpus } from '../unit/anchoring/fixtures';

const NBSP = '\u00a0';
const corpus = await loadCorpus();
const a68 = corpus.docs.find((d) => d.id === 'a-68-370')!;
const p17 = a68.blocks.find((b) => b.number === '17')!;
const note = corpus.docs.find((d) => d.id === 'idm-2017-note-conceptuelle')!;
/** The concept note as if added from a PDF: every passage knows its page. */
const paged: StructuredDocument = { ...note, blocks: note.blocks.map((b, i) => ({ ...b, page: i < 3 ? 1 : 4 })) };
const unnumbered = paged.blocks.find((b, i) => i >= 3 && b.kind !== 'heading' && !b.number)!;

const copied = (lang: 'fr' | 'en' | 'es', doc: StructuredDocument, blockId: string, quote = 'les migrants') => {
  const labels = labelsFor(lang);
  return citationTexts(quote, citationFor(doc, blockId, { labels }), labels);
};

describe('citationTexts', () => {
  it('cites a numbered paragraph in UN style, in each language, with its quotation marks', () => {
    expect(copied('fr', a68, p17.id).plain).toBe(`«${NBSP}les migrants${NBSP}» (A/68/370, par. 17)`);
    expect(copied('en', a68, p17.id).plain).toBe('“les migrants” (A/68/370, para. 17)');
    expect(copied('es', a68, p17.id).plain).toBe('«les migrants» (A/68/370, párr. 17)');
  });

  it('cites an unnumbered passage of a paged source by its page', () => {
    expect(copied('fr', paged, unnumbered.id).plain).toBe(`«${NBSP}les migrants${NBSP}» (${paged.shortName}, p. 4)`);
    expect(copied('en', paged, unnumbered.id).plain).toBe(`“les migrants” (${paged.shortName}, p. 4)`);
    expect(copied('es', paged, unnumbered.id).plain).toBe(`«les migrants» (${paged.shortName}, pág. 4)`);
  });

  it('cites an unnumbered passage without a page by section and passage, in the language', () => {
    const block = note.blocks.find((b) => b.kind !== 'heading' && !b.number && b.headingPath.length)!;
    expect(copied('en', note, block.id).plain).toMatch(/, passage \d+\)$/);
    expect(copied('es', note, block.id).plain).toMatch(/, pasaje \d+\)$/);
    expect(copied('fr', note, block.id).plain).toMatch(new RegExp(`, «${NBSP}.+${NBSP}», passage \\d+\\)$`));
  });

  it('gives escaped rich text beside the plain text', () => {
    const labels = labelsFor('en');
    const { plain, html } = citationTexts('  les « migrants » <script> ', 'A/68/370, para. 23', labels);
    expect(plain).toBe('“les « migrants » <script>” (A/68/370, para. 23)');
    expect(html).toContain('<blockquote><p>“les « migrants » &#60;script&#62;”</p></blockquote>');
    expect(html).toContain('<p>(A/68/370, para. 23)</p>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('script')).toBeNull();
  });
});

describe('citationLang', () => {
  it('follows the interface language, English for one the exports do not speak', () => {
    expect(citationLang('fr')).toBe('fr');
    expect(citationLang('es-ES')).toBe('es');
    expect(citationLang('en-US')).toBe('en');
    expect(citationLang('de')).toBe('en');
    expect(citationLang(undefined)).toBe('en');
  });
});
