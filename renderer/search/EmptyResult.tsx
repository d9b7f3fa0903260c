/**
 * What an empty search says: the words no passage has, the passages the
 * query finds without its filters (with a button that removes them), and
 * otherwise a hint to check the spelling. Never just "0 passages".
 */
import { useTranslation } from 'react-i18next';
import type { SearchResult } from '../../common/model';

export function EmptyResult({ result, onRemoveFilters }: { result: SearchResult; onRemoveFilters(): void }) {
  const { t } = useTranslation();
  const unmatched = result.unmatched ?? [];
  const without = result.totalWithoutFilters ?? 0;
  return (
    <div className="search-empty" role="status">
      <p>{t('searchRefs.noMatch')}</p>
      {unmatched.length > 0 && <p>{t('searchRefs.unmatched', { words: unmatched.map((w) => `“${w}”`).join(', ') })}</p>}
      {without > 0 && (
        <p>
          {t('searchRefs.withoutFilters', { count: without })}{' '}
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onRemoveFilters}>
            {t('searchRefs.removeFilters')}
          </button>
        </p>
      )}
      {without === 0 && <p>{t('searchRefs.trySpelling')}</p>}
    </div>
  );
}
