import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryOverviewItem } from '../../common/contract';
import type { CatalogEntry } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { formatDate } from '../format';
import { hrefDoc, hrefPassage } from '../router';
import { DocActions } from './DocActions';
import { chooseFiles } from './intake';

export const SORTS = ['date', 'symbol', 'title'] as const;
export type LibrarySort = (typeof SORTS)[number];

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Documents in the chosen order; ties fall back to the date, then the id, so the order is stable. */
export function sortEntries(list: readonly CatalogEntry[], by: LibrarySort): CatalogEntry[] {
  const key = (e: CatalogEntry) => (by === 'symbol' ? (e.symbol ?? e.shortName) : by === 'title' ? e.title : e.date);
  return [...list].sort((a, b) => collator.compare(key(a), key(b)) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * The library: every document, bundled or added, with its metadata, its
 * highlight count and where the delegate left off. The list is built once
 * per catalog, order and language: the app state changes (a search, a
 * setting) must not re-render every card of a large library.
 */
export function Library() {
  const { t, i18n } = useTranslation();
  const { catalog } = useAppState();
  const [sort, setSort] = useState<LibrarySort>('date');
  const [overview, setOverview] = useState<ReadonlyMap<string, LibraryOverviewItem>>(new Map());
  useEffect(() => {
    let live = true;
    call('libraryOverview').then(
      (list) => live && setOverview(new Map(list.map((o) => [o.docId, o]))),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [catalog]);
  const added = catalog.filter((e) => e.origin === 'added').length;
  const cards = useMemo(
    () => sortEntries(catalog, sort).map((e) => <DocCard key={e.id} e={e} o={overview.get(e.id)} t={t} lang={i18n.language} />),
    [catalog, sort, overview, t, i18n.language],
  );
  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-head">
        <div>
          <h1 id="library-title">{t('library.title')}</h1>
          <p className="lede">
            {t('library.lede', { count: catalog.length })} {added > 0 && t('addedDocs.addedCount', { count: added })}
          </p>
        </div>
        <div className="library-tools">
          {/* Toggle buttons, not a <select>: its options would sit in the page's accessibility tree beside the palette's. */}
          <div role="group" aria-label={t('addedDocs.sortBy')} className="sort-group">
            <span aria-hidden="true">{t('addedDocs.sortBy')}</span>
            {SORTS.map((s) => (
              <button key={s} type="button" aria-pressed={sort === s} onClick={() => setSort(s)}>
                {t(`addedDocs.sort.${s}`)}
              </button>
            ))}
          </div>
          <button type="button" className="primary" onClick={chooseFiles}>
            {t('addedDocs.add')}
          </button>
        </div>
      </div>
      <p className="library-hint">{t('addedDocs.hint')}</p>
      <ul className="doc-list">{cards}</ul>
    </section>
  );
}

function DocCard({ e, o, t, lang }: { e: CatalogEntry; o: LibraryOverviewItem | undefined; t: TFunction; lang: string }) {
  const isAdded = e.origin === 'added';
  return (
    <li className="doc-card" data-doc-id={e.id}>
      <p className="doc-kicker">
        <span className="doc-symbol">{e.symbol ?? e.shortName}</span>
        <span className="doc-type">{t(`docType.${e.docType}`)}</span>
        <span className={`doc-origin ${isAdded ? 'added' : 'bundled'}`}>{isAdded ? t('addedDocs.badgeAdded') : t('addedDocs.badgeBundled')}</span>
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
        {e.place && (
          <div>
            <dt>{t('meta.place')}</dt>
            <dd lang={e.language}>{e.place}</dd>
          </div>
        )}
        {e.organizer && (
          <div>
            <dt>{t('meta.organizer')}</dt>
            <dd lang={e.language}>{e.organizer}</dd>
          </div>
        )}
        {isAdded && (
          <div>
            <dt>{t('addedDocs.file')}</dt>
            <dd className="doc-file">{e.source}</dd>
          </div>
        )}
      </dl>
      {/* Only when there is something to say: a card's height is what the scroll restoration estimates with. */}
      {o && (o.highlights > 0 || o.position) && (
      <p className="doc-status">
        {o.highlights > 0 && <span className="doc-highlights">{t('addedDocs.highlights', { count: o.highlights })}</span>}
        {o.position && (
          <a className="doc-continue" href={hrefPassage(e.id, o.position)} aria-label={`${t('addedDocs.continue')}: ${e.shortName}`}>
            {t('addedDocs.continue')}
          </a>
        )}
      </p>
      )}
      {isAdded && <DocActions entry={e} />}
    </li>
  );
}
