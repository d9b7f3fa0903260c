/**
 * The views and dialogs not needed to show a document, loaded on first use
 * (separate same-origin chunks, so the CSP's script-src 'self' covers them).
 * Opening a document then loads and evaluates only what the reader needs,
 * which is most of a cold open's time before its first request.
 */
import { lazy } from 'react';
import { loadSearchMatcher } from '../reader/MatchBar';

const loaders = {
  compare: () => import('../compare/CompareView'),
  notebook: () => import('../annotations/Notebook'),
  trash: () => import('../annotations/Trash'),
  settings: () => import('../settings/Settings'),
  shortcuts: () => import('./Shortcuts'),
  exportDialog: () => import('../exchange/ExportDialog'),
  related: () => import('../compare/RelatedPassages'),
};

export const CompareView = lazy(() => loaders.compare().then((m) => ({ default: m.CompareView })));
export const Notebook = lazy(() => loaders.notebook().then((m) => ({ default: m.Notebook })));
export const Trash = lazy(() => loaders.trash().then((m) => ({ default: m.Trash })));
export const Settings = lazy(() => loaders.settings().then((m) => ({ default: m.Settings })));
export const Shortcuts = lazy(() => loaders.shortcuts().then((m) => ({ default: m.Shortcuts })));
export const ExportDialog = lazy(() => loaders.exportDialog().then((m) => ({ default: m.ExportDialog })));
export const RelatedPassages = lazy(() => loaders.related().then((m) => ({ default: m.RelatedPassages })));

/**
 * Loads every view above, and the search matcher, one per idle period, so
 * that the first open of each later on does not wait for its code (a module
 * loads once: the views' own imports then find it ready). Called once the
 * first screen and the full annotation list are in (app/coldStart.ts).
 */
export function preloadViews(): void {
  const queue: Array<() => Promise<unknown>> = [...Object.values(loaders), loadSearchMatcher];
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
