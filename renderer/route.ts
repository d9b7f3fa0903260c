/**
 * Hash routes, so every view can be linked:
 *   #/                          library
 *   #/doc/<id>                  reader
 *   #/doc/<id>/para/<n>         reader, scrolled to paragraph n and marked
 *   #/doc/<id>/block/<blockId>  reader, scrolled to a block without a number
 *   #/compare/<left>/<right>    side-by-side comparison
 *   #/notebook, #/trash, #/settings
 *
 * Plain TypeScript (no React), so that renderer/early.ts can read the route
 * before the app's code has loaded; router.ts adds the hooks.
 */
export type Route =
  | { view: 'library' }
  | { view: 'doc'; docId: string; para?: string; blockId?: string }
  | { view: 'compare'; left: string; right: string; leftBlock?: string; rightBlock?: string }
  | { view: 'notebook' }
  | { view: 'trash' }
  | { view: 'settings' }
  | { view: 'not-found'; hash: string };

const SEG = '([A-Za-z0-9_-]+)';

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#/, '') || '/';
  let m: RegExpMatchArray | null;
  if (h === '/' || h === '') return { view: 'library' };
  if ((m = h.match(new RegExp(`^/doc/${SEG}/?$`)))) return { view: 'doc', docId: m[1]! };
  if ((m = h.match(new RegExp(`^/doc/${SEG}/para/${SEG}/?$`)))) return { view: 'doc', docId: m[1]!, para: m[2]! };
  if ((m = h.match(new RegExp(`^/doc/${SEG}/block/${SEG}/?$`)))) return { view: 'doc', docId: m[1]!, blockId: m[2]! };
  if ((m = h.match(new RegExp(`^/compare/${SEG}/${SEG}/?$`)))) return { view: 'compare', left: m[1]!, right: m[2]! };
  if ((m = h.match(new RegExp(`^/compare/${SEG}/${SEG}/${SEG}/${SEG}/?$`))))
    return { view: 'compare', left: m[1]!, right: m[2]!, leftBlock: m[3]!, rightBlock: m[4]! };
  if (h === '/notebook') return { view: 'notebook' };
  if (h === '/trash') return { view: 'trash' };
  if (h === '/settings') return { view: 'settings' };
  return { view: 'not-found', hash: h };
}

export const hrefDoc = (docId: string) => `#/doc/${docId}`;
export const hrefPassage = (docId: string, blockId: string, number?: string) =>
  number ? `#/doc/${docId}/para/${number}` : `#/doc/${docId}/block/${blockId}`;

export const hrefCompare = (left: string, right: string, leftBlock?: string, rightBlock?: string) =>
  leftBlock && rightBlock ? `#/compare/${left}/${right}/${leftBlock}/${rightBlock}` : `#/compare/${left}/${right}`;

/** The document a delegate most likely wants beside this one. */
export function defaultPartner(id: string, ids: readonly string[]): string {
  const pairs: Record<string, string> = {
    'idm-2017-note-conceptuelle': 'idm-2017-vulnerabilites-conclusions',
    'idm-2017-vulnerabilites-conclusions': 'idm-2017-note-conceptuelle',
    'ic-2009-1': 'idm-2008-retour-document-de-travail',
    'idm-2008-retour-document-de-travail': 'ic-2009-1',
  };
  const p = pairs[id];
  return p && ids.includes(p) ? p : (ids.find((x) => x !== id) ?? id);
}

