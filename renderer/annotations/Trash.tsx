/** Deleted annotations, restorable until the Trash is emptied; shown a page at a time, newest first as the store lists them. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { formatDateTime } from '../format';
import { NOTEBOOK_PAGE } from './Notebook';
import { annotationStore, useAnnotationStore } from './store';

export function Trash() {
  const { t, i18n } = useTranslation();
  const { catalog, announce } = useAppState();
  const store = useAnnotationStore();
  const [items, setItems] = useState<Annotation[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [limit, setLimit] = useState(NOTEBOOK_PAGE);
  const refresh = () => void call('listTrash').then(setItems);
  useEffect(refresh, [store.version]);

  return (
    <section className="trash page" aria-labelledby="trash-title">
      <div className="page-head">
        <h1 id="trash-title">{t('trash.title')}</h1>
        {items.length > 0 &&
          (confirming ? (
            <span className="confirm">
              {t('trash.confirm', { count: items.length })}{' '}
              <button
                type="button"
                className="danger"
                onClick={async () => {
                  const n = await call('emptyTrash');
                  await annotationStore.load(true);
                  setConfirming(false);
                  announce(t('trash.emptied', { count: n }));
                  refresh();
                }}
              >
                {t('trash.emptyNow')}
              </button>{' '}
              <button type="button" onClick={() => setConfirming(false)}>
                {t('annotations.cancel')}
              </button>
            </span>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              {t('trash.empty')}
            </button>
          ))}
      </div>
      {items.length === 0 && <p className="empty-hint">{t('trash.none')}</p>}
      <ul className="ann-list">
        {items.slice(0, limit).map((a) => (
          <li key={a.id} className={`ann-card ann-${a.color}`}>
            <div className="ann-head">
              <span className="ann-cite">{catalog.find((e) => e.id === a.docId)?.shortName ?? a.docId}</span>
              <span className="ann-meta">{a.deleted && t('trash.deletedAt', { when: formatDateTime(a.deleted, i18n.language) })}</span>
            </div>
            <blockquote className="ann-quote" lang="fr">
              {a.quote.exact}
            </blockquote>
            {a.note && <p className="ann-note-plain">{a.note}</p>}
            <button
              type="button"
              onClick={async () => {
                await annotationStore.restore(a.id);
                announce(t('trash.restored'));
              }}
            >
              {t('trash.restore')}
            </button>
          </li>
        ))}
      </ul>
      {items.length > limit && (
        <button type="button" className="more" onClick={() => setLimit((n) => n + NOTEBOOK_PAGE)}>
          {t('annotations.more', { count: items.length - limit })}
        </button>
      )}
    </section>
  );
}
