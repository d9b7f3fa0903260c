/**
 * The views and dialogs not needed to show a document, loaded on first use
 * (separate same-origin chunks, so the CSP's script-src 'self' covers them).
 * Opening a document then loads and evaluates only what the reader needs,
 * which is most of a cold open's time before its first request.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { loadSearchMatcher } from '../reader/MatchBar';

/**
 * A view whose code loads on first use. Once its module has arrived (opened
 * before, or preloaded while idle), it renders at once: a React.lazy view
 * suspends on every first render even when its code is already there, and
 * React then holds the fallback for up to 300 ms before showing the view.
 */
export function lazyView<P extends object, M>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  let ready: ComponentType<P> | null = null;
  const loadNow = () =>
    load().then((m) => {
      ready = pick(m);
      return ready;
    });
  const Lazy = lazy(() => loadNow().then((c) => ({ default: c })));
  function View(props: P) {
    // A view that suspended is rendered again once its code is in, so it never commits the lazy wrapper.
    return createElement(ready ?? (Lazy as unknown as ComponentType<P>), props);
  }
  return Object.assign(View, { preload: loadNow });
}

export const CompareView = lazyView(() => import('../compare/CompareView'), (m) => m.CompareView);
export const Notebook = lazyView(() => import('../annotations/Notebook'), (m) => m.Notebook);
export const Trash = lazyView(() => import('../annotations/Trash'), (m) => m.Trash);
export const Settings = lazyView(() => import('../settings/Settings'), (m) => m.Settings);
export const Shortcuts = lazyView(() => import('./Shortcuts'), (m) => m.Shortcuts);
export const ExportDialog = lazyView(() => import('../exchange/ExportDialog'), (m) => m.ExportDialog);
export const RelatedPassages = lazyView(() => import('../compare/RelatedPassages'), (m) => m.RelatedPassages);

/**
 * Loads every view above, and the search matcher, one per idle period, so
 * that the first open of each later on does not wait for its code (a module
 * loads once: the views' own imports then find it ready). Called once the
 * first screen and the full annotation list are in (app/coldStart.ts).
 */
export function preloadViews(): void {
  const queue: Array<() => Promise<unknown>> = [
    ...[Notebook, CompareView, Settings, Trash, ExportDialog, Shortcuts, RelatedPassages].map((v) => v.preload),
    loadSearchMatcher,
  ];
  const idle: (run: () => void) => void =
    typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run, { timeout: 2000 }) : (run) => setTimeout(run, 50);
  const next = () => {
    const load = queue.shift();
    if (!load) return;
    // A chunk that fails to load here is loaded (and its failure shown) when the view is opened.
    void load().catch(() => undefined).finally(() => idle(next));
  };
  idle(next);
}
