/**
 * What the first screen needs from the backend. early.js has usually asked
 * for all of it before the app's code arrived; these calls take its answers
 * (renderer/api.ts), or ask now where it could not. main.tsx imports this
 * module first, so the calls are made before the rest of the app's code is
 * evaluated.
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
