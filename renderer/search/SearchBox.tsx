/**
 * The search box in the header and its results. Keyboard: "/" comes here,
 * type to search, ArrowDown/ArrowUp move through hits, Enter opens one,
 * Escape clears.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocType, SearchHit, SearchOptions } from '../../common/model';
import { useAppState } from '../app/state';
import { useRequest } from '../app/requests';
import { typingOrModal, useKeydown } from '../app/useWindowEvent';
import { hrefPassage, navigate } from '../router';
import { SearchFilters, type Filters } from './SearchFilters';
import { SearchHitView } from './SearchHitView';
import { useSearch } from './useSearch';

export type SortMode = 'relevance' | 'document';

export function SearchBox(props: { openDocId: string | null }) {
  const { t } = useTranslation();
  const { catalog, setActiveSearch, announce } = useAppState();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [filters, setFilters] = useState<Filters>({ scope: 'all', docId: '', year: '', docType: '', sort: 'relevance' });
  const inputRef = useRef<HTMLInputElement>(null);

  const options = useMemo<SearchOptions>(() => {
    const o: SearchOptions = { limit: 100 };
    if (filters.scope === 'doc' && props.openDocId) o.docIds = [props.openDocId];
    else if (filters.docId) o.docIds = [filters.docId];
    if (filters.year) o.years = [Number(filters.year)];
    if (filters.docType) o.docTypes = [filters.docType as DocType];
    return o;
  }, [filters, props.openDocId]);

  const { result, error, pending } = useSearch(query, options);

  const hits = useMemo(() => {
    const list = result?.hits ?? [];
    if (filters.sort === 'relevance') return list;
    const order = new Map(catalog.map((e, i) => [e.id, i]));
    // Grouped by document (library order), best first inside each document.
    return [...list].sort((a, b) => (order.get(a.docId) ?? 0) - (order.get(b.docId) ?? 0) || b.score - a.score);
  }, [result, filters.sort, catalog]);

  useEffect(() => setActive(0), [result]);
  useEffect(() => {
    if (result) announce(t('search.count', { count: result.total }));
  }, [result, announce, t]);

  // "/" focuses the search box from anywhere but a text field (Ctrl+K is the command palette).
  useKeydown((e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingOrModal(e)) return;
    e.preventDefault();
    inputRef.current?.focus();
    inputRef.current?.select();
  });
  // The palette's "Search the library for …" puts its text here and runs it.
  useRequest('plenary:search', (text) => {
    setQuery(text);
    setOpen(true);
    inputRef.current?.focus();
  });

  const openHit = (hit: SearchHit) => {
    if (result) setActiveSearch({ query, result });
    setOpen(false);
    navigate(hrefPassage(hit.docId, hit.blockId, hit.number));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) openHit(hit);
    } else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
      setActiveSearch(null);
    }
  };

  const showPanel = open && query.trim() !== '';
  const activeId = hits[active] ? `hit-${active}` : undefined;
  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        aria-controls={showPanel ? "search-results" : undefined}
        aria-activedescendant={showPanel ? activeId : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {showPanel && (
        <div className="search-panel" role="region" aria-label={t('search.results')}>
          <SearchFilters filters={filters} onChange={setFilters} openDocId={props.openDocId} />
          {result?.correctedQuery && (
            <p className="search-corrected">{t('search.showingFor', { query: result.correctedQuery })}</p>
          )}
          {error && <p role="alert">{error}</p>}
          <p className="search-count" aria-hidden="true">
            {pending && !result ? t('search.searching') : t('search.count', { count: result?.total ?? 0 })}
          </p>
          <ul id="search-results" role="listbox" aria-label={t('search.results')}>
            {hits.map((hit, i) => (
              <SearchHitView
                key={`${hit.docId}/${hit.blockId}`}
                id={`hit-${i}`}
                hit={hit}
                selected={i === active}
                showDocHeader={filters.sort === 'document' && (i === 0 || hits[i - 1]!.docId !== hit.docId)}
                onOpen={() => openHit(hit)}
              />
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
