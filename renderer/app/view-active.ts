/**
 * Whether the view a component belongs to is the one on screen. The readers
 * of open tabs stay mounted while another tab is shown (app/ReaderDeck.tsx);
 * their window-wide shortcuts, menu actions and scroll trackers must then
 * stay quiet, so that keys, find and "go to" act only on the tab shown.
 * Outside a deck every view is active.
 *
 * The context holds a gate (a small store), not the boolean: showing a kept
 * reader must not re-render it (10,000 highlights in its panel). Only the
 * small components that draw something differently subscribe
 * (useViewActive); listeners follow the gate without a render (useWhileShown).
 */
import { createContext, useContext, useLayoutEffect, useSyncExternalStore, type DependencyList } from 'react';

export interface ViewGate {
  shown(): boolean;
  subscribe(listener: () => void): () => void;
}

export interface OwnedGate extends ViewGate {
  set(shown: boolean): void;
}

export function createGate(initial: boolean): OwnedGate {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    shown: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === value) return;
      value = next;
      for (const l of [...listeners]) l();
    },
  };
}

const ALWAYS: ViewGate = { shown: () => true, subscribe: () => () => {} };

export const ViewActive = createContext<ViewGate>(ALWAYS);

/** Whether the view is shown; the component re-renders when that changes. */
export function useViewActive(): boolean {
  const gate = useContext(ViewActive);
  return useSyncExternalStore(gate.subscribe, gate.shown);
}

/**
 * Runs `start` while the view is shown and its cleanup when it is hidden (or
 * `deps` change, or on unmount), without re-rendering the component. Runs in
 * the layout phase, so a listener exists as soon as its view is on screen.
 */
export function useWhileShown(start: () => (() => void) | void, deps: DependencyList): void {
  const gate = useContext(ViewActive);
  useLayoutEffect(() => {
    let stop: (() => void) | null = null;
    const sync = () => {
      if (gate.shown() && !stop) stop = start() ?? (() => {});
      else if (!gate.shown() && stop) {
        stop();
        stop = null;
      }
    };
    sync();
    const unsubscribe = gate.subscribe(sync);
    return () => {
      unsubscribe();
      stop?.();
    };
    // `start` is read afresh whenever `deps` change, as with an effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gate, ...deps]);
}
