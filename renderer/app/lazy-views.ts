/**
 * The views and dialogs not needed to show a document, loaded on first use
 * (separate same-origin chunks, so the CSP's script-src 'self' covers them).
 * Opening a document then loads and evaluates only what the reader needs,
 * which is most of a cold open's time before its first request.
 */
import { lazy } from 'react';

export const CompareView = lazy(() => import('../compare/CompareView').then((m) => ({ default: m.CompareView })));
export const Notebook = lazy(() => import('../annotations/Notebook').then((m) => ({ default: m.Notebook })));
export const Trash = lazy(() => import('../annotations/Trash').then((m) => ({ default: m.Trash })));
export const Settings = lazy(() => import('../settings/Settings').then((m) => ({ default: m.Settings })));
export const Shortcuts = lazy(() => import('./Shortcuts').then((m) => ({ default: m.Shortcuts })));
export const ExportDialog = lazy(() => import('../exchange/ExportDialog').then((m) => ({ default: m.ExportDialog })));
export const RelatedPassages = lazy(() => import('../compare/RelatedPassages').then((m) => ({ default: m.RelatedPassages })));
