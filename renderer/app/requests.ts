/**
 * Requests one part of the interface makes of another that it does not
 * render: open the command palette with some text already typed, or run a
 * search in the header's search box. They travel as window events, like the
 * desktop menu's actions, so neither side needs a reference to the other.
 */
import { useWindowListener } from './useWindowEvent';

interface Requests {
  /** Open the command palette with this text in its input. */
  'plenary:palette': string;
  /** Put this text in the search box and run the search. */
  'plenary:search': string;
}

export function request<K extends keyof Requests>(type: K, detail: Requests[K]): void {
  window.dispatchEvent(new CustomEvent(type, { detail }));
}

/** Calls `handler` with each request of `type` made anywhere in the window. */
export function useRequest<K extends keyof Requests>(type: K, handler: (detail: Requests[K]) => void): void {
  useWindowListener<CustomEvent<Requests[K]>>(type, (e) => handler(e.detail));
}
