/**
 * Which readers the deck keeps mounted (app/ReaderDeck.tsx), most recently
 * shown first, and the route each was last shown with. Pure, so the rules
 * (how many, which go, when a reader is handed a new route) are tested alone.
 */
import type { Route } from '../router';

type DocRoute = Extract<Route, { view: 'doc' }>;

/** Readers kept mounted at most, the one shown included. */
export const MAX_KEPT = 5;

export interface Deck {
  /** Document ids, most recently shown first. */
  order: string[];
  /** The route each reader was last shown with. */
  routes: Record<string, DocRoute>;
}

const hasTarget = (r: DocRoute) => Boolean(r.para || r.blockId);

/**
 * The deck after `route` is shown, with `open` the open tabs; the same object
 * when nothing changes. A tab switch (no passage in the address) keeps the
 * route the reader had, so it stays where it was; a link to a passage is
 * handed to it.
 */
export function nextDeck(deck: Deck, route: Route, open: readonly string[]): Deck {
  const shown = route.view === 'doc' ? route.docId : null;
  let routes = deck.routes;
  if (shown && route.view === 'doc' && routes[shown] !== route && (!routes[shown] || hasTarget(route))) routes = { ...routes, [shown]: route };
  const wanted = [...(shown ? [shown] : []), ...deck.order.filter((id) => id !== shown && open.includes(id))].slice(0, MAX_KEPT);
  if (routes === deck.routes && wanted.length === deck.order.length && wanted.every((id, i) => id === deck.order[i])) return deck;
  const kept: Record<string, DocRoute> = {};
  for (const id of wanted) kept[id] = routes[id]!;
  return { order: wanted, routes: kept };
}
