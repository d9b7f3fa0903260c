/**
 * Recent queries, kept in this window's localStorage (they are the
 * delegate's own words; nothing leaves the machine). Newest first, at most
 * RECENT_MAX, without duplicates. A broken or foreign value reads as empty.
 */
import { foldForMatch } from '../../common/search/fold';

const KEY = 'plenary.recentQueries';
export const RECENT_MAX = 12;

export function recentQueries(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(raw) ? raw.filter((q): q is string => typeof q === 'string' && q.length <= 500).slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

export function rememberQuery(query: string): void {
  const q = query.trim();
  if (!q) return;
  const key = foldForMatch(q);
  const list = [q, ...recentQueries().filter((x) => foldForMatch(x) !== key)].slice(0, RECENT_MAX);
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Storage full or disabled: recent queries are a convenience, searching still works.
  }
}

/** Recent queries that continue what is typed (accent- and case-insensitively), not equal to it. */
export function matchingRecent(typed: string, limit = 3): string[] {
  const t = foldForMatch(typed.trim());
  if (!t) return [];
  return recentQueries()
    .filter((q) => {
      const f = foldForMatch(q);
      return f !== t && f.startsWith(t);
    })
    .slice(0, limit);
}
