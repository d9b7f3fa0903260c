/**
 * Suggestions for the search box as the delegate types: recent queries that
 * continue the text, then completions of the last word from the index's own
 * words and symbols (the `suggest` API). Debounced less than the search, and
 * only the newest answer is kept. A suggestion is the whole query it would
 * run ("migration de ret" → "migration de retour").
 */
import { useEffect, useRef, useState } from 'react';
import { call } from '../api';
import { matchingRecent } from './recent';

export const SUGGEST_DEBOUNCE_MS = 60;
const MAX_SUGGESTIONS = 6;

export interface SuggestionItem {
  /** The query the suggestion runs. */
  query: string;
  /** What to show (the completed word or symbol, or the recent query). */
  label: string;
  recent: boolean;
}

/** The typed text without its last word, and that word. */
export function splitLastWord(typed: string): [head: string, last: string] {
  const m = /(\S+)$/.exec(typed);
  if (!m) return [typed, ''];
  return [typed.slice(0, m.index), m[1] as string];
}

export function useSuggestions(typed: string, enabled: boolean): SuggestionItem[] {
  const [items, setItems] = useState<SuggestionItem[]>([]);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const [head, last] = splitLastWord(typed);
    if (!enabled || last.length < 2 || /\s$/.test(typed)) {
      setItems([]);
      return;
    }
    const recent = matchingRecent(typed).map((q) => ({ query: q, label: q, recent: true }));
    setItems(recent);
    const timer = setTimeout(() => {
      call('suggest', last.slice(0, 100))
        .then((list) => {
          if (ticket !== latest.current) return;
          const seen = new Set(recent.map((r) => r.query.toLowerCase()));
          const out = [...recent];
          for (const s of list) {
            const query = `${head}${s.text}`;
            if (s.text.toLowerCase() === last.toLowerCase() || seen.has(query.toLowerCase())) continue;
            seen.add(query.toLowerCase());
            out.push({ query, label: s.text, recent: false });
          }
          setItems(out.slice(0, MAX_SUGGESTIONS));
        })
        .catch(() => undefined);
    }, SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, enabled]);

  return items;
}
