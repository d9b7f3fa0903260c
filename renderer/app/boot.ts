/**
 * What the first screen needs from the backend, asked for as this module is
 * evaluated: main.tsx imports it first, so these requests are in flight (and
 * usually answered) while the rest of the app's code is still being
 * evaluated, instead of starting only after it.
 */
import type { CatalogEntry, Settings } from '../../common/model';
import { call } from '../api';
import { parseRoute } from '../router';
import { loadAnnotations } from './coldStart';

export const boot: { catalog: Promise<CatalogEntry[]>; settings: Promise<Settings> } = {
  catalog: call('listDocuments'),
  settings: call('getSettings'),
};
// Unhandled until main.tsx awaits them: a failure is shown there, not logged twice.
boot.catalog.catch(() => undefined);
boot.settings.catch(() => undefined);

// Opened on a document: its text and the first screen's highlights (app/coldStart.ts).
void loadAnnotations(parseRoute(window.location.hash));
