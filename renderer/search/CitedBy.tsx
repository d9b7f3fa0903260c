/**
 * "Cited by": the passages of other documents in the library that cite this
 * document's symbol (a footnote of a concept note citing a draft, a report
 * citing another). Shown only for documents that have a symbol; closed by
 * default, a native disclosure (keyboard and screen readers for free).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, StructuredDocument } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { hrefPassage } from '../router';
import { hitCitation } from './citation';

export function CitedBy({ doc }: { doc: StructuredDocument }) {
  const { t } = useTranslation();
  const { catalog } = useAppState();
  const [hits, setHits] = useState<SearchHit[] | null>(null);

  useEffect(() => {
    let live = true;
    setHits(null);
    if (!doc.symbol) return;
    call('citedBy', doc.id)
      .then((h) => live && setHits(h))
      .catch(() => live && setHits([]));
    return () => {
      live = false;
    };
  }, [doc.id, doc.symbol]);

  if (!doc.symbol || hits === null) return null;
  if (hits.length === 0) return <p className="cited-by cited-by-none">{t('searchRefs.citedByNone', { symbol: doc.symbol })}</p>;
  return (
    <details className="cited-by">
      <summary>{t('searchRefs.citedByCount', { count: hits.length })}</summary>
      <ul>
        {hits.map((h) => {
          const entry = catalog.find((e) => e.id === h.docId);
          const where = hitCitation(h, t);
          return (
            <li key={`${h.docId}/${h.blockId}`}>
              <a href={hrefPassage(h.docId, h.blockId, h.number)}>
                {entry?.shortName ?? h.docId}
                {where ? `, ${where}` : ''}
              </a>
              <span className="cited-by-snippet">
                {(h.segments ?? [{ text: h.snippet, match: false }]).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
