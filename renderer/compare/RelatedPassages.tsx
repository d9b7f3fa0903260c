/**
 * The passages across the corpus most similar to one paragraph, each openable
 * side by side: other documents first (the service ranks them so), each with
 * its document, citation and score.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelatedPassage } from '../../common/align';
import { citationFor } from '../../common/export/citation';
import type { StructuredDocument } from '../../common/model';
import { call } from '../api';
import { useDocuments } from '../docs';
import { Dialog } from '../exchange/Dialog';
import { hrefCompare } from '../router';

export function RelatedPassages(props: { doc: StructuredDocument; blockId: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [list, setList] = useState<RelatedPassage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('relatedPassages', props.doc.id, props.blockId).then(setList, (e: Error) => setError(e.message));
  }, [props.doc.id, props.blockId]);
  const docs = useDocuments([...new Set((list ?? []).map((r) => r.docId))].sort());
  return (
    <Dialog title={t('compare.relatedTitle', { cite: citationFor(props.doc, props.blockId) })} onClose={props.onClose} className="related">
      {error && <p role="alert">{error}</p>}
      {list && list.length === 0 && <p>{t('compare.noRelated')}</p>}
      <ul className="related-list">
        {(list ?? []).map((r) => {
          const d = docs.get(r.docId);
          const b = d?.blocks.find((x) => x.id === r.blockId);
          return (
            <li key={`${r.docId}/${r.blockId}`}>
              <p className="related-doc">
                <strong>{d?.title ?? r.docId}</strong>
                {r.docId === props.doc.id && <span className="related-same"> · {t('tabsCompare.sameDocument')}</span>}
              </p>
              <p className="ann-cite">
                {d ? citationFor(d, r.blockId) : r.docId} · {t('tabsCompare.similar', { pct: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(r.score) })}
              </p>
              <p className="related-text" lang="fr">
                {b?.text.slice(0, 280)}
                {(b?.text.length ?? 0) > 280 ? '…' : ''}
              </p>
              <a href={hrefCompare(props.doc.id, r.docId, props.blockId, r.blockId)} onClick={props.onClose}>
                {t('compare.openSideBySide')}
              </a>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={props.onClose}>
          {t('find.close')}
        </button>
      </div>
    </Dialog>
  );
}
