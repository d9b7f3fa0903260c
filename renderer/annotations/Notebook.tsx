/**
 * All annotations of all documents: filter by document, colour, tag and
 * text (accent-insensitive), sort by document order or by date. With
 * thousands of annotations it stays quick: each annotation's folded text is
 * computed once, the text filter is applied as a deferred value (typing
 * never waits for the list), and NOTEBOOK_PAGE cards are rendered at a time,
 * more as the end of the list comes near the view.
 */
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCitation } from '../reader/useCitation';
import { COLOR_IDS } from '../../common/model-values';
import type { Annotation } from '../../common/model';
import { foldForMatch } from '../../common/search/fold';
import { useAppState } from '../app/state';
import { useDocuments } from '../docs';
import { hrefPassage, navigate } from '../router';
import { ExportDialog } from '../exchange/ExportDialog';
import { ImportDialog } from '../exchange/ImportDialog';
import { AnnotationCard } from './AnnotationCard';
import { MissingDocuments, missingGroups } from './MissingDocuments';
import { useAnnotationStore } from './store';

export interface NotebookFilter {
  docId: string;
  color: string;
  tag: string;
  text: string;
  sort: 'document' | 'date';
}

export const NOTEBOOK_PAGE = 50;

/** Annotations are replaced, never changed, when edited: their folded text is cached by identity. */
const foldedText = new WeakMap<Annotation, string>();
function haystack(a: Annotation): string {
  let text = foldedText.get(a);
  if (text === undefined) {
    text = foldForMatch(`${a.quote.exact} ${a.note} ${a.tags.join(' ')}`);
    foldedText.set(a, text);
  }
  return text;
}

export function filterAnnotations(list: Annotation[], f: NotebookFilter, docOrder: Map<string, number>): Annotation[] {
  const needle = foldForMatch(f.text.trim());
  const out = list.filter(
    (a) =>
      (!f.docId || a.docId === f.docId) &&
      (!f.color || a.color === f.color) &&
      (!f.tag || a.tags.includes(f.tag)) &&
      (!needle || haystack(a).includes(needle)),
  );
  return out.sort((a, b) =>
    f.sort === 'date'
      ? b.modified.localeCompare(a.modified)
      : (docOrder.get(a.docId) ?? 0) - (docOrder.get(b.docId) ?? 0) || a.position.start - b.position.start,
  );
}

export function Notebook() {
  const { t } = useTranslation();
  const { cite } = useCitation();
  const { catalog, settings } = useAppState();
  const store = useAnnotationStore();
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);
  const [f, setF] = useState<NotebookFilter>({ docId: '', color: '', tag: '', text: '', sort: 'document' });
  useEffect(() => void store.load(), [store]);
  const all = store.list();
  const order = useMemo(() => new Map(catalog.map((e, i) => [e.id, i])), [catalog]);
  // Only documents of the library are loaded: one that is gone would reject, and its annotations are listed apart.
  // Worked out once per list, not at every render: with 10,000 annotations each pass is felt (closing a dialog re-renders).
  const docIds = useMemo(() => [...new Set(all.map((a) => a.docId))].filter((id) => order.has(id)).sort(), [all, order]);
  const docs = useDocuments(docIds);
  const tags = useMemo(() => store.tags(), [store, all]); // eslint-disable-line react-hooks/exhaustive-deps -- the store is mutable: its list is the key
  const text = useDeferredValue(f.text);
  const shown = useMemo(() => filterAnnotations(all, { ...f, text }, order), [all, f.docId, f.color, f.tag, f.sort, text, order]); // eslint-disable-line react-hooks/exhaustive-deps
  const placed = useMemo(() => shown.filter((a) => order.has(a.docId)), [shown, order]);
  const missing = useMemo(() => missingGroups(shown, new Set(order.keys())), [shown, order]);
  // The export's "current filter" scope only when a filter is set: otherwise it is all, and 10,000 ids need not travel.
  const filtering = !!(f.docId || f.color || f.tag || text.trim());
  const filteredIds = useMemo(() => (filtering ? shown.map((a) => a.id) : undefined), [filtering, shown]);
  const [limit, setLimit] = useState(NOTEBOOK_PAGE);
  const set = (patch: Partial<NotebookFilter>) => {
    setF({ ...f, ...patch });
    setLimit(NOTEBOOK_PAGE);
  };
  const moreRef = useRef<HTMLButtonElement>(null);
  const more = () => setLimit((n) => n + NOTEBOOK_PAGE);
  useEffect(() => {
    const button = moreRef.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && more(), { rootMargin: '800px 0px' });
    observer.observe(button);
    return () => observer.disconnect();
  }, [limit, placed.length]);

  return (
    <section className="notebook page" aria-labelledby="notebook-title">
      <div className="page-head">
        <h1 id="notebook-title">{t('notebook.title')}</h1>
        <div className="page-actions">
          <button type="button" onClick={() => setDialog('import')}>
            {t('import.button')}
          </button>
          <button type="button" onClick={() => setDialog('export')}>
            {t('export.button')}
          </button>
        </div>
      </div>
      <div className="filters" role="group" aria-label={t('notebook.filters')}>
        <label>
          {t('search.document')}
          <select value={f.docId} onChange={(e) => set({ docId: e.target.value })}>
            <option value="">{t('search.any')}</option>
            {catalog.map((e) => (
              <option key={e.id} value={e.id}>
                {e.shortName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('annotations.colour')}
          <select value={f.color} onChange={(e) => set({ color: e.target.value })}>
            <option value="">{t('search.any')}</option>
            {COLOR_IDS.map((c) => (
              <option key={c} value={c}>
                {settings.legend[c]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('annotations.tags')}
          <select value={f.tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">{t('search.any')}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('notebook.text')}
          <input type="text" value={f.text} onChange={(e) => set({ text: e.target.value })} />
        </label>
        <label>
          {t('search.sort')}
          <select value={f.sort} onChange={(e) => set({ sort: e.target.value as NotebookFilter['sort'] })}>
            <option value="document">{t('notebook.sortDocument')}</option>
            <option value="date">{t('notebook.sortDate')}</option>
          </select>
        </label>
      </div>
      <p className="count" aria-live="polite">
        {t('notebook.count', { count: shown.length })}
      </p>
      <ul className="ann-list">
        {placed.slice(0, limit).map((a) => {
          const doc = docs.get(a.docId);
          const block = doc?.blocks.find((b) => b.id === a.blockId);
          return (
            <AnnotationCard
              key={a.id}
              annotation={a}
              citation={doc ? cite(doc, a.blockId) : a.docId}
              onOpen={() => navigate(hrefPassage(a.docId, a.blockId, block?.number))}
            />
          );
        })}
      </ul>
      {placed.length > limit && (
        <button ref={moreRef} type="button" className="more" onClick={more}>
          {t('annotations.more', { count: placed.length - limit })}
        </button>
      )}
      <MissingDocuments groups={missing} />
      {all.length === 0 && <p className="empty-hint">{t('notebook.empty')}</p>}
      {dialog === 'export' && <ExportDialog {...(filteredIds ? { filteredIds } : {})} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
    </section>
  );
}
