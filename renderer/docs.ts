/** Structured documents fetched once per session and shared by every view. */
import { useEffect, useState } from 'react';
import type { StructuredDocument } from '../common/model';
import { call } from './api';

const cache = new Map<string, Promise<StructuredDocument>>();
/** The documents already arrived: a view opening one of these shows it in its first render, with no loading frame. */
const ready = new Map<string, StructuredDocument>();

export function loadDocument(id: string): Promise<StructuredDocument> {
  let p = cache.get(id);
  if (!p) {
    const loading = call('getDocument', id);
    p = loading;
    loading.then(
      (doc) => {
        if (cache.get(id) === loading) ready.set(id, doc);
      },
      () => cache.delete(id),
    );
    cache.set(id, p);
  }
  return p;
}

export function useDocument(id: string | null): { doc: StructuredDocument | null; error: string | null } {
  const [state, setState] = useState<{ id: string | null; doc: StructuredDocument | null; error: string | null }>(() => ({
    id,
    doc: id ? (ready.get(id) ?? null) : null,
    error: null,
  }));
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadDocument(id).then(
      // The same document already shown: no new state, no re-render.
      (doc) => live && setState((s) => (s.id === id && s.doc === doc ? s : { id, doc, error: null })),
      (e: Error) => live && setState({ id, doc: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (state.id === id) return { doc: state.doc, error: state.error };
  return { doc: id ? (ready.get(id) ?? null) : null, error: null };
}

export function useDocuments(ids: string[]): Map<string, StructuredDocument> {
  const [docs, setDocs] = useState(new Map<string, StructuredDocument>());
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    void Promise.all(key ? key.split(',').map(loadDocument) : []).then((list) => live && setDocs(new Map(list.map((d) => [d.id, d]))));
    return () => {
      live = false;
    };
  }, [key]);
  return docs;
}

/** Drops a document from the cache (its metadata was corrected, or it left the library). */
export function forgetDocument(id: string): void {
  cache.delete(id);
  ready.delete(id);
}
