/**
 * Whether the reader shows its contents sidebar. By default it follows the
 * width (shown on wide windows, hidden below 1200 px, where the text needs
 * the room); once the delegate shows or hides it (button, View menu, palette,
 * Ctrl+B / Cmd+B), that choice holds at every width and is remembered on
 * this machine.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'plenary.contents';
const WIDE = '(min-width: 1201px)';

function read(): boolean | null {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'shown' ? true : v === 'hidden' ? false : null;
  } catch {
    return null;
  }
}

let choice: boolean | null = typeof window === 'undefined' ? null : read();
const listeners = new Set<() => void>();

function subscribe(fn: () => void) {
  listeners.add(fn);
  const media = window.matchMedia(WIDE);
  media.addEventListener('change', fn);
  return () => {
    listeners.delete(fn);
    media.removeEventListener('change', fn);
  };
}

function shown(): boolean {
  return choice ?? window.matchMedia(WIDE).matches;
}

/** Shows the contents if hidden, hides them if shown. */
export function toggleContents(): void {
  choice = !shown();
  try {
    window.localStorage.setItem(KEY, choice ? 'shown' : 'hidden');
  } catch {
    // Not remembered (storage unavailable): the choice still holds for this session.
  }
  listeners.forEach((l) => l());
}

/** True while the reader shows its contents sidebar. */
export function useContentsShown(): boolean {
  return useSyncExternalStore(subscribe, shown);
}
