import { describe, expect, it } from 'vitest';
import { tabStore } from '../../../renderer/app/tabs';

describe('tabStore', () => {
  it('opens tabs after the current one, remembers the last two shown, cycles with wrap-around and closes to a neighbour', () => {
    tabStore.show('a');
    tabStore.show('b');
    tabStore.show('a');
    tabStore.show('c'); // opened from a: goes right after a
    expect(tabStore.tabs.map((t) => t.docId)).toEqual(['a', 'c', 'b']);
    expect(tabStore.lastTwo()).toEqual(['c', 'a']);
    expect(tabStore.neighbour('c', 1)).toBe('b');
    expect(tabStore.neighbour('b', 1)).toBe('a');
    expect(tabStore.neighbour('a', -1)).toBe('b');
    tabStore.setScroll('c', 1234);
    expect(tabStore.scrollOf('c')).toBe(1234);
    expect(tabStore.close('c')).toBe('b');
    expect(tabStore.close('b')).toBe('a');
    expect(tabStore.close('a')).toBeNull();
    expect(tabStore.tabs).toEqual([]);
    expect(tabStore.lastTwo()).toBeNull();
  });
});
