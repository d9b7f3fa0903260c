/**
 * Whether the view a component belongs to is the one on screen. The readers
 * of open tabs stay mounted while another tab is shown (app/ReaderDeck.tsx);
 * their window-wide shortcuts, menu actions and scroll trackers must then
 * stay quiet, so that keys, find and "go to" act only on the tab shown.
 * Outside a deck every view is active.
 */
import { createContext, useContext } from 'react';

export const ViewActive = createContext(true);

export function useViewActive(): boolean {
  return useContext(ViewActive);
}
