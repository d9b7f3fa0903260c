/**
 * Cited symbols become links in the reader's HTML (renderer/reader/inline.ts):
 * to the library document, or to a search; never inside a footnote link; the
 * text of the block is unchanged, so highlights and search marks still anchor.
 */
import { describe, expect, it } from 'vitest';
import { symbolDirectory } from '../../../common/search/crosslinks';
import { inlineHtml, type SymbolLinks } from '../../../renderer/reader/inline';

const links: SymbolLinks = {
  directory: symbolDirectory([
    { id: 'a-68-370', symbol: 'A/68/370' },
    { id: 'note', symbol: 'IC/2009/1' },
  ]),
  self: 'note',
  describe: (r) => `${r.kind} ${r.text}`,
};

function render(md: string, withLinks = true): HTMLElement {
  const el = document.createElement('p');
  el.innerHTML = inlineHtml(md, [{ id: 'fn-1', mark: '1', text: 'A/68/370', md: 'A/68/370', refBlockId: 'b1' }], withLinks ? links : undefined);
  return el;
}

describe('inlineHtml with symbol links', () => {
  it('links a symbol of the library to its document and another to a search, titled with its kind', () => {
    const el = render('Voir A/68/370 et *A/ 71/ L.58*.');
    const [doc, other] = [...el.querySelectorAll('a.symbol-link')] as HTMLAnchorElement[];
    expect(doc?.getAttribute('href')).toBe('#/doc/a-68-370');
    expect(doc?.title).toBe('report A/68/370');
    expect(other?.dataset.symbol).toBe('A/71/L.58');
    expect(other?.getAttribute('href')).toBe('#');
    expect(other?.closest('em')).not.toBeNull();
    expect(el.textContent).toBe(render('Voir A/68/370 et *A/ 71/ L.58*.', false).textContent);
  });

  it('does not link the document’s own symbol, nor text inside a link', () => {
    const el = render('Le présent document IC/2009/1[^fn-1] et [A/68/370](#x).');
    expect(el.querySelectorAll('a.symbol-link')).toHaveLength(0);
  });
});
