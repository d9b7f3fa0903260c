/**
 * The first screen's reads, started as soon as the page is parsed. This is
 * a module script of its own (index.html loads it before the app, and Vite
 * leaves that tag alone) holding only plain code: the route, the first
 * screen's blocks and the reads themselves, no React. It asks for the
 * library, the settings and, opened on a document, its text, where it was
 * left and that first screen's highlights, while the app's code is still
 * loading and being evaluated; the app's identical calls then take these
 * answers (`call` in renderer/api.ts) instead of asking again.
 *
 * The app imports this module too, which is how the two share one map (a
 * module is loaded once per page), and which keeps the route and first-screen
 * code in this one small file rather than in a chunk it would wait for.
 *
 * The twin's bridge, or the desktop preload, has defined `window.plenary`
 * before this runs. Nothing here shows or decides anything: a read that
 * failed is asked again by the app, which says what is wrong.
 */
import type { ArgsOf, MethodName, ValueOf } from '../common/contract';
import type { Result } from '../common/result';
import { firstScreen } from './app/first-screen';
import { parseRoute } from './route';

type EarlyMethod = Extract<MethodName, 'listDocuments' | 'getSettings' | 'getDocument' | 'getReadingPosition' | 'listAnnotationsIn'>;

/**
 * By method and arguments. Only reads go here, each is taken once, and none
 * is given out after EARLY_FOR_MS (a later call asks afresh, so no answer can
 * be staler than that).
 */
const early = new Map<string, { at: number; result: Promise<Result<unknown>> }>();
const EARLY_FOR_MS = 10_000;

const keyOf = (method: string, args: readonly unknown[]) => `${method}:${JSON.stringify(args)}`;

function ask<M extends EarlyMethod>(method: M, ...args: ArgsOf<M>): Promise<Result<ValueOf<M>>> {
  const fn = window.plenary[method] as (...a: unknown[]) => Promise<Result<ValueOf<M>>>;
  const result = fn(...(args as unknown[]));
  early.set(keyOf(method, args), { at: performance.now(), result });
  return result;
}

/** The answer of an identical read started here, if there is one still fresh; taken once. */
export function takeEarly(method: string, args: readonly unknown[]): Promise<Result<unknown>> | undefined {
  if (early.size === 0) return undefined;
  const key = keyOf(method, args);
  const hit = early.get(key);
  if (!hit) return undefined;
  early.delete(key);
  return performance.now() - hit.at <= EARLY_FOR_MS ? hit.result : undefined;
}

/** Forgets the reads not taken (app/coldStart.ts, once the first screen is in). */
export function dropEarly(): void {
  early.clear();
}

function start(): void {
  if (typeof window === 'undefined' || !window.plenary) return;
  void ask('listDocuments');
  void ask('getSettings');
  const route = parseRoute(window.location.hash);
  if (route.view !== 'doc') return;
  void Promise.all([ask('getDocument', route.docId), ask('getReadingPosition', route.docId)]).then(([doc, position]) => {
    if (!doc.ok || !position.ok) return;
    const blocks = firstScreen(doc.value, route, position.value);
    if (blocks.length) void ask('listAnnotationsIn', route.docId, blocks);
  });
}

start();
