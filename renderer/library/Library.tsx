import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../common/model';
import { useAppState } from '../app/state';
import { formatDate } from '../format';
import { hrefDoc } from '../router';

/**
 * The library: every bundled document with its metadata. The list is built
 * once per catalog and language: the app state changes (a search, a setting)
 * must not re-render every card of a large library.
 */
export function Library() {
  const { t, i18n } = useTranslation();
  const { catalog } = useAppState();
  const cards = useMemo(() => {
    const sorted = [...catalog].sort((a, b) => a.date.localeCompare(b.date));
    return sorted.map((e) => <DocCard key={e.id} e={e} t={t} lang={i18n.language} />);
  }, [catalog, t, i18n.language]);
  return (
    <section className="library" aria-labelledby="library-title">
      <h1 id="library-title">{t('library.title')}</h1>
      <p className="lede">{t('library.lede', { count: catalog.length })}</p>
      <ul className="doc-list">{cards}</ul>
    </section>
  );
}

function DocCard({ e, t, lang }: { e: CatalogEntry; t: TFunction; lang: string }) {
  return (
    <li className="doc-card">
      <p className="doc-kicker">
        <span className="doc-symbol">{e.symbol ?? e.shortName}</span>
        <span className="doc-type">{t(`docType.${e.docType}`)}</span>
      </p>
      <h2>
        <a href={hrefDoc(e.id)} lang={e.language}>
          {e.title}
        </a>
      </h2>
      {e.subtitle && (
        <p className="doc-subtitle" lang={e.language}>
          {e.subtitle}
        </p>
      )}
      <dl className="doc-meta">
        <div>
          <dt>{t('meta.date')}</dt>
          <dd>{formatDate(e.date, lang)}</dd>
        </div>
        <div>
          <dt>{t('meta.place')}</dt>
          <dd lang={e.language}>{e.place}</dd>
        </div>
        <div>
          <dt>{t('meta.organizer')}</dt>
          <dd lang={e.language}>{e.organizer}</dd>
        </div>
      </dl>
    </li>
  );
}
