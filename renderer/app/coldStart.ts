/**
 * Loading annotations at start-up. Opened straight onto a document (a cold
 * start on its address), the blocks around the place the reader will show
 * first are fetched alone and painted, and only then the full list, which
 * for a heavily annotated library is megabytes to send and parse; the server
 * answers one request at a time, so the small one goes first.
 */
import { annotationStore } from '../annotations/store';
import { call } from '../api';
import { loadDocument } from '../docs';
import { dropEarly } from '../early';
import type { Route } from '../route';
import { firstScreen } from './first-screen';

let started: Promise<void> | null = null;

/** Settled once the first screen's data is in (its document and highlights), or could not be had. */
let markPrimed: () => void = () => undefined;
const primed = new Promise<void>((resolve) => (markPrimed = resolve));

/**
 * What main.tsx waits for before the app's first render, at most `capMs`:
 * opened on a document, its text and first screen's highlights, so that the
 * first frame shows them (no "loading" frame, no second render of the page).
 */
export function firstScreenData(capMs: number): Promise<void> {
  return Promise.race([primed, new Promise<void>((r) => setTimeout(r, capMs))]);
}

/**
 * Resolved once the reader has shown its first screen: the full list waits
 * for it, since parsing megabytes and placing thousands of highlights before
 * that frame would hold the first screen back by as long again.
 */
let markShown: () => void = () => undefined;
const firstScreenShown = new Promise<void>((resolve) => (markShown = resolve));

/** Called by the reader after the frame that shows a document. */
export function firstScreenPainted(): void {
  markShown();
}

/** If no document is ever shown (an unknown id, an error), the full list still loads. */
const SHOWN_WAIT_MS = 3000;

/**
 * Starts loading annotations once per page (later calls return the same
 * promise): main.tsx calls it before the catalog and settings arrive, so the
 * first screen's request does not wait for the app's first render.
 */
export function loadAnnotations(route: Route): Promise<void> {
  started ??= load(route);
  return started;
}

async function load(route: Route): Promise<void> {
  if (route.view !== 'doc') markPrimed();
  else {
    try {
      const [doc, position] = await Promise.all([loadDocument(route.docId), call('getReadingPosition', route.docId)]);
      await annotationStore.prime(doc.id, firstScreen(doc, route, position)).finally(markPrimed);
      await Promise.race([firstScreenShown, new Promise((r) => setTimeout(r, SHOWN_WAIT_MS))]);
      dropEarly();
    } catch {
      // An unknown document or a failed call: the reader and the full load say what is wrong.
      markPrimed();
    }
  }
  await annotationStore.load();
}
