/**
 * Window-level keyboard shortcuts and desktop-menu actions.
 *
 * The listener is attached in a layout effect, so it exists as soon as the
 * view that owns it is on screen (a passive effect may run a frame later, and
 * a shortcut pressed in that gap would be lost). The handler is read through a
 * ref, so the listener is attached once and always sees the latest state.
 */
import { useLayoutEffect, useRef } from 'react';
import { useWhileShown } from './view-active';

/**
 * Calls `handler` for every event of `type` on the window while `enabled`
 * and while the view it belongs to is the one shown (a hidden tab's reader
 * hears nothing).
 */
export function useWindowListener<E extends Event>(type: string, handler: (e: E) => void, enabled = true) {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  // Attached and taken off as the view is shown and hidden, without re-rendering it.
  useWhileShown(() => {
    if (!enabled) return;
    const listener = (e: Event) => latest.current(e as E);
    window.addEventListener(type, listener);
    return () => window.removeEventListener(type, listener);
  }, [type, enabled]);
}

/** Calls `handler` for every keydown in the window while `enabled`. */
export function useKeydown(handler: (e: KeyboardEvent) => void, enabled = true) {
  useWindowListener<KeyboardEvent>('keydown', handler, enabled);
}

/** Calls `handler` with the action name of each desktop-menu item the user picks. */
export function useMenuAction(handler: (action: string) => void, enabled = true) {
  useWindowListener<CustomEvent<string>>('plenary:menu', (e) => handler(e.detail), enabled);
}

/**
 * True when a key press belongs to a text field or happens while a modal
 * dialog is open: single-key shortcuts ("/", "G", "]") must then stay quiet.
 */
export function typingOrModal(e: KeyboardEvent): boolean {
  const el = e.target instanceof Element ? e.target : null;
  return Boolean(el?.closest('input, textarea, select, [contenteditable="true"]')) || document.querySelector('[aria-modal="true"]') !== null;
}
