import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_TYPES } from '../../common/model-values';
import { useAppState } from '../app/state';
import type { SortMode } from './SearchBox';

export interface Filters {
  scope: 'all' | 'doc';
  docId: string;
  year: string;
  docType: string;
  sort: SortMode;
}

/**
 * Scope, document, year and type filters, and the order of the results.
 * Memoized: the search box re-renders at every keystroke. With a large
 * library the document list is a thousand options, which take longer to
 * insert than a keystroke may wait: beyond LAZY_OPTIONS documents the list
 * is filled when the select is first focused or pressed, before it opens.
 */
/** Up to this many documents, the document filter is filled at once. */
const LAZY_OPTIONS = 100;

export const SearchFilters = memo(function SearchFilters(props: { filters: Filters; onChange(f: Filters): void; openDocId: string | null }) {
  const { t } = useTranslation();
  const { catalog } = useAppState();
  const f = props.filters;
  const set = (patch: Partial<Filters>) => props.onChange({ ...f, ...patch });
  const years = useMemo(() => [...new Set(catalog.map((e) => e.date.slice(0, 4)))].sort(), [catalog]);
  const [allDocs, setAllDocs] = useState(catalog.length <= LAZY_OPTIONS);
  const fill = () => setAllDocs(true);
  const docOptions = useMemo(
    () =>
      catalog.map((e) => (
        <option key={e.id} value={e.id}>
          {e.shortName}
        </option>
      )),
    [catalog],
  );
  return (
    <div className="search-filters">
      {props.openDocId && (
        <label>
          {t('search.scope')}
          <select value={f.scope} onChange={(e) => set({ scope: e.target.value as Filters['scope'] })}>
            <option value="all">{t('search.scopeAll')}</option>
            <option value="doc">{t('search.scopeDoc')}</option>
          </select>
        </label>
      )}
      {f.scope === 'all' && (
        <label>
          {t('search.document')}
          <select value={f.docId} onChange={(e) => set({ docId: e.target.value })} onFocus={fill} onMouseDown={fill}>
            <option value="">{t('search.any')}</option>
            {allDocs ? docOptions : docOptions.filter((o) => o.key === f.docId)}
          </select>
        </label>
      )}
      <label>
        {t('search.year')}
        <select value={f.year} onChange={(e) => set({ year: e.target.value })}>
          <option value="">{t('search.any')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.type')}
        <select value={f.docType} onChange={(e) => set({ docType: e.target.value })}>
          <option value="">{t('search.any')}</option>
          {DOC_TYPES.map((d) => (
            <option key={d} value={d}>
              {t(`docType.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('search.sort')}
        <select value={f.sort} onChange={(e) => set({ sort: e.target.value as SortMode })}>
          <option value="relevance">{t('search.sortRelevance')}</option>
          <option value="document">{t('search.sortDocument')}</option>
        </select>
      </label>
    </div>
  );
});
