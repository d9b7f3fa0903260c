/**
 * jsdom for checking exported HTML from node tests. It ships no type
 * declarations and @types/jsdom is not installed, so it is loaded untyped and
 * the little used here is typed by hand.
 */
import { createRequire } from 'node:module';

const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

export const parseHtml = (html: string): Document => new JSDOM(html).window.document;
