/**
 * Which blocks a cold start on a document shows first. Plain TypeScript (no
 * React): renderer/early.ts asks for their highlights before the app's code
 * has loaded, and app/coldStart.ts asks for the same blocks, so the two
 * requests are one (renderer/api.ts).
 */
import type { StructuredDocument } from '../../common/model';
import type { Route } from '../route';

/** Blocks before and after the first one shown: about a screen of an ordinary document (the rest follows). */
const BEFORE = 1;
const AFTER = 5;

/** The block a document opens at: the linked passage, else where it was left, else the start. */
export function firstScreen(doc: StructuredDocument, route: Extract<Route, { view: 'doc' }>, readingPosition: string | null): string[] {
  const target = route.blockId ?? (route.para ? doc.blocks.find((b) => b.number === route.para)?.id : undefined) ?? readingPosition ?? doc.blocks[0]?.id;
  const at = Math.max(0, doc.blocks.findIndex((b) => b.id === target));
  return doc.blocks.slice(Math.max(0, at - BEFORE), at + AFTER + 1).map((b) => b.id);
}
