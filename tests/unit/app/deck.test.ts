import { describe, expect, it } from 'vitest';
import { MAX_KEPT, nextDeck, type Deck } from '../../../renderer/app/deck';
import type { Route } from '../../../renderer/router';

const empty: Deck = { order: [], routes: {} };
const doc = (docId: string, para?: string): Route => ({ view: 'doc', docId, ...(para ? { para } : {}) }) as Route;

describe('nextDeck', () => {
  it('keeps the shown reader first and the others by most recent use, up to MAX_KEPT', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    let deck = empty;
    for (const id of ids) deck = nextDeck(deck, doc(id), ids);
    expect(deck.order).toEqual(['g', 'f', 'e', 'd', 'c'].slice(0, MAX_KEPT));
    deck = nextDeck(deck, doc('d'), ids);
    expect(deck.order).toEqual(['d', 'g', 'f', 'e', 'c']);
    expect(Object.keys(deck.routes).sort()).toEqual(['c', 'd', 'e', 'f', 'g']);
  });

  it('drops the reader of a closed tab, and keeps all while another view is shown', () => {
    let deck = nextDeck(nextDeck(empty, doc('a'), ['a', 'b']), doc('b'), ['a', 'b']);
    deck = nextDeck(deck, { view: 'library' } as Route, ['a', 'b']);
    expect(deck.order).toEqual(['b', 'a']);
    deck = nextDeck(deck, doc('b'), ['b']);
    expect(deck.order).toEqual(['b']);
  });

  it('a tab switch keeps the route the reader had; a link to a passage is handed over', () => {
    const first = doc('a', '40');
    let deck = nextDeck(empty, first, ['a']);
    deck = nextDeck(deck, doc('b'), ['a', 'b']);
    deck = nextDeck(deck, doc('a'), ['a', 'b']);
    expect(deck.routes.a).toBe(first);
    const again = doc('a', '12');
    deck = nextDeck(deck, again, ['a', 'b']);
    expect(deck.routes.a).toBe(again);
  });

  it('returns the same deck when nothing changes (the deck sets state from it during render)', () => {
    const route = doc('a', '3');
    const deck = nextDeck(empty, route, ['a']);
    expect(nextDeck(deck, route, ['a'])).toBe(deck);
    expect(nextDeck(deck, { view: 'library' } as Route, ['a'])).toBe(deck);
  });
});
