/**
 * The search filters with a library of 1,000 documents: the document list is
 * filled when the select is focused or pressed, not while the delegate types
 * (inserting a thousand options blocked a keystroke for ~60 ms); a small
 * library gets its list at once; a chosen document stays shown.
 */
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type CatalogEntry } from '../../../common/model';
import { AppStateProvider } from '../../../renderer/app/state';
import { initI18n } from '../../../renderer/i18n';
import { SearchFilters, type Filters } from '../../../renderer/search/SearchFilters';
import { loadCorpus } from '../../unit/anchoring/fixtures';

await initI18n('en');
const corpus = await loadCorpus();
const real: CatalogEntry[] = corpus.docs.map(({ blocks: _b, footnotes: _f, ...e }) => e);
const library = (n: number): CatalogEntry[] =>
  Array.from({ length: n }, (_, i) => ({ ...real[i % real.length]!, id: `doc-${i}`, shortName: `Doc ${i}` }));
const FILTERS: Filters = { scope: 'all', docId: '', year: '', docType: '', sort: 'relevance' };

function renderFilters(catalog: CatalogEntry[], filters = FILTERS) {
  const changes: Filters[] = [];
  const view = render(
    <AppStateProvider catalog={catalog} settings={DEFAULT_SETTINGS}>
      <SearchFilters filters={filters} onChange={(f) => changes.push(f)} openDocId={null} />
    </AppStateProvider>,
  );
  return { select: view.getByLabelText('Document') as HTMLSelectElement, changes, view };
}

afterEach(cleanup);

describe('SearchFilters', () => {
  it('with 1,000 documents, fills the document list on focus, then a choice filters', () => {
    const { select, changes } = renderFilters(library(1000));
    expect(select.options).toHaveLength(1);
    fireEvent.focus(select);
    expect(select.options).toHaveLength(1001);
    fireEvent.change(select, { target: { value: 'doc-42' } });
    expect(changes.at(-1)).toEqual({ ...FILTERS, docId: 'doc-42' });
  });

  it('pressing the select fills it too (the mouse opens it before any focus event is certain)', () => {
    const { select } = renderFilters(library(1000));
    fireEvent.mouseDown(select);
    expect(select.options).toHaveLength(1001);
  });

  it('keeps the chosen document shown while the list is not filled', () => {
    const { select } = renderFilters(library(1000), { ...FILTERS, docId: 'doc-7' });
    expect([...select.options].map((o) => o.value)).toEqual(['', 'doc-7']);
    expect(select.value).toBe('doc-7');
  });

  it('a library of five lists its documents at once', () => {
    const { select } = renderFilters(real);
    expect([...select.options].map((o) => o.value)).toEqual(['', ...real.map((e) => e.id)]);
  });
});
