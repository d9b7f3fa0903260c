/**
 * The search box in the header and its results: an ARIA 1.2 combobox whose
 * popup holds two listboxes, the suggestions (recent queries and completions
 * from the index) above the hits. Keyboard: "/" comes here; type to search;
 * ArrowDown/ArrowUp move through hits, and up from the first hit into the
 * suggestions; Enter runs the suggestion or opens the hit selected; Escape
 * closes the suggestions, then clears.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocType, SearchHit, SearchOptions } from '../../common/model';
import { useAppState } from '../app/state';
import { useRequest } from '../app/requests';
import { typingOrModal, useKeydown } from '../app/useWindowEvent';
import { hrefPassage, navigate } from '../router';
import { EmptyResult } from './EmptyResult';
import { rememberQuery } from './recent';
import { SearchFilters, type Filters } from './SearchFilters';
import { SearchHitView } from './SearchHitView';
import { useSearch } from './useSearch';
import { useSuggestions, type SuggestionItem } from './useSuggestions';

export type SortMode = 'relevance' | 'document';

const NO_FILTERS: Filters = { scope: 'all', docId: '', year: '', docType: '', sort: 'relevance' };

/** The selected option: a suggestion or a hit, by index. */
type Active = { kind: 'sug' | 'hit'; i: number };

export function SearchBox(props: { openDocId: string | null }) {
  const { t } = useTranslation();
  const { catalog, activeSearch, setActiveSearch, announce } = useAppState();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<Active>({ kind: 'hit', i: 0 });
  // After a suggestion is taken, none are offered until the next keystroke.
  const [suggesting, setSuggesting] = useState(true);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
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
  const suggestions = useSuggestions(query, open && suggesting);

  const hits = useMemo(() => {
    const list = result?.hits ?? [];
    if (filters.sort === 'relevance') return list;
    const order = new Map(catalog.map((e, i) => [e.id, i]));
    // Grouped by document (library order), best first inside each document.
    return [...list].sort((a, b) => (order.get(a.docId) ?? 0) - (order.get(b.docId) ?? 0) || b.score - a.score);
  }, [result, filters.sort, catalog]);

  useEffect(() => setActive({ kind: 'hit', i: 0 }), [result]);
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
  // The palette's "Search the library for …" (and a cited symbol's link) puts its text here and runs it.
  useRequest('plenary:search', (text) => {
    setQuery(text);
    setSuggesting(false);
    setOpen(true);
    inputRef.current?.focus();
  });

  const openHit = (hit: SearchHit) => {
    if (result) setActiveSearch({ query, result });
    rememberQuery(query);
    setOpen(false);
    navigate(hrefPassage(hit.docId, hit.blockId, hit.number));
  };

  const takeSuggestion = (s: SuggestionItem) => {
    setQuery(s.query);
    setSuggesting(false);
    rememberQuery(s.query);
    setActive({ kind: 'hit', i: 0 });
  };

  const edit = (text: string) => {
    setQuery(text);
    setOpen(true);
    setSuggesting(true);
    // A new query replaces the old one's find bar in the reader.
    if (activeSearch) setActiveSearch(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const nSug = suggestions.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) =>
        a.kind === 'sug' ? (a.i + 1 < nSug ? { kind: 'sug', i: a.i + 1 } : { kind: 'hit', i: 0 }) : { kind: 'hit', i: Math.min(a.i + 1, Math.max(hits.length - 1, 0)) },
      );
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a.kind === 'hit' ? (a.i > 0 ? { kind: 'hit', i: a.i - 1 } : nSug > 0 ? { kind: 'sug', i: nSug - 1 } : a) : { kind: 'sug', i: Math.max(a.i - 1, 0) }));
    } else if (e.key === 'Enter') {
      if (active.kind === 'sug') {
        const s = suggestions[active.i];
        if (s) takeSuggestion(s);
        return;
      }
      const hit = hits[active.i];
      if (hit) openHit(hit);
    } else if (e.key === 'Escape') {
      if (suggestions.length > 0 && suggesting) {
        setSuggesting(false);
        setActive({ kind: 'hit', i: 0 });
        return;
      }
      setQuery('');
      setOpen(false);
      setActiveSearch(null);
    }
  };

  const showPanel = open && query.trim() !== '';
  const sugActive = active.kind === 'sug' && active.i < suggestions.length;
  const activeId = sugActive ? `sug-${active.i}` : hits[active.i] && active.kind === 'hit' ? `hit-${active.i}` : undefined;
  const empty = result && result.total === 0 && !pending;
  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={showPanel}
        aria-autocomplete="list"
        placeholder={t('search.placeholder')}
        value={query}
        onChange={(e) => edit(e.target.value)}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        aria-controls={showPanel ? (suggestions.length > 0 ? 'search-suggestions search-results' : 'search-results') : undefined}
        aria-activedescendant={showPanel ? activeId : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {showPanel && (
        <div className="search-panel" role="region" aria-label={t('search.results')}>
          {suggestions.length > 0 && (
            <ul id="search-suggestions" role="listbox" aria-label={t('searchRefs.suggestions')} className="search-suggestions">
              {suggestions.map((s, i) => (
                <li
                  key={s.query}
                  id={`sug-${i}`}
                  role="option"
                  aria-selected={sugActive && active.i === i}
                  className={sugActive && active.i === i ? 'suggestion selected' : 'suggestion'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => takeSuggestion(s)}
                >
                  <span className="suggestion-text">{s.query}</span>
                  {s.recent && <span className="suggestion-recent">{t('searchRefs.recent')}</span>}
                </li>
              ))}
            </ul>
          )}
          <SearchFilters filters={filters} onChange={setFilters} openDocId={props.openDocId} />
          {result?.correctedQuery && <p className="search-corrected">{t('search.showingFor', { query: result.correctedQuery })}</p>}
          {error && <p role="alert">{error}</p>}
          <p className="search-count" aria-hidden="true">
            {pending && !result ? t('search.searching') : t('search.count', { count: result?.total ?? 0 })}
          </p>
          {empty && <EmptyResult result={result} onRemoveFilters={() => setFilters({ ...NO_FILTERS, sort: filters.sort })} />}
          <ul id="search-results" role="listbox" aria-label={t('search.results')}>
            {hits.map((hit, i) => (
              <SearchHitView
                key={`${hit.docId}/${hit.blockId}`}
                id={`hit-${i}`}
                hit={hit}
                selected={active.kind === 'hit' && i === active.i}
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
