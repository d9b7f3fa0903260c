/**
 * Loading annotations at start-up. Opened straight onto a document (a cold
 * start on its address), the blocks around the place the reader will show
 * first are fetched alone and painted, and only then the full list, which
 * for a heavily annotated library is megabytes to send and parse; the server
 * answers one request at a time, so the small one goes first.
 */
import type { StructuredDocument } from '../../common/model';
import { annotationStore } from '../annotations/store';
import { call } from '../api';
import { loadDocument } from '../docs';
import type { Route } from '../router';

/** Blocks before and after the first one shown: about a screen of an ordinary document (the rest follows). */
const BEFORE = 1;
const AFTER = 5;

/** The block a document opens at: the linked passage, else where it was left, else the start. */
export function firstScreen(doc: StructuredDocument, route: Extract<Route, { view: 'doc' }>, readingPosition: string | null): string[] {
  const target = route.blockId ?? (route.para ? doc.blocks.find((b) => b.number === route.para)?.id : undefined) ?? readingPosition ?? doc.blocks[0]?.id;
  const at = Math.max(0, doc.blocks.findIndex((b) => b.id === target));
  return doc.blocks.slice(Math.max(0, at - BEFORE), at + AFTER + 1).map((b) => b.id);
}

let started: Promise<void> | null = null;

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
  if (route.view === 'doc') {
    try {
      const [doc, position] = await Promise.all([loadDocument(route.docId), call('getReadingPosition', route.docId)]);
      await annotationStore.prime(doc.id, firstScreen(doc, route, position));
    } catch {
      // An unknown document or a failed call: the reader and the full load say what is wrong.
    }
  }
  await annotationStore.load();
}
