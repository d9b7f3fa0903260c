/**
 * Search as you type: debounced, and only the newest answer is kept, so a
 * slow answer to an old query can never replace a newer one.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchOptions, SearchResult } from '../../common/model';
import { call } from '../api';

export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchState {
  result: SearchResult | null;
  error: string | null;
  pending: boolean;
}

export function useSearch(query: string, options: SearchOptions): SearchState {
  const [state, setState] = useState<SearchState>({ result: null, error: null, pending: false });
  const latest = useRef(0);
  const optionsKey = JSON.stringify(options);

  useEffect(() => {
    const q = query.trim();
    const ticket = ++latest.current;
    if (!q) {
      setState({ result: null, error: null, pending: false });
      return;
    }
    setState((s) => ({ ...s, pending: true }));
    const timer = setTimeout(() => {
      call('search', q, JSON.parse(optionsKey) as SearchOptions)
        .then((result) => {
          if (ticket === latest.current) setState({ result, error: null, pending: false });
        })
        .catch((e: Error) => {
          if (ticket === latest.current) setState({ result: null, error: e.message, pending: false });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, optionsKey]);

  return state;
}
