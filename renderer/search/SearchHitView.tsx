import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../common/model';
import { useCatalogEntry } from '../app/state';
import { hitCitation } from './citation';

/** One hit: document short name, its citation (paragraph, note, page or passage), section path, marked snippet. */
export function SearchHitView(props: {
  id: string;
  hit: SearchHit;
  selected: boolean;
  showDocHeader: boolean;
  onOpen(): void;
}) {
  const { t } = useTranslation();
  const { hit } = props;
  const entry = useCatalogEntry(hit.docId);
  const segments = hit.segments ?? [{ text: hit.snippet, match: false }];
  const citation = hitCitation(hit, t);
  // Brought into view when the selection moves onto it, not on every render:
  // scrolling forces a layout of the whole page.
  const ref = useRef<HTMLLIElement>(null);
  const mounted = useRef(false);
  useLayoutEffect(() => {
    if (mounted.current && props.selected) ref.current?.scrollIntoView({ block: 'nearest' });
    mounted.current = true;
  }, [props.selected]);
  return (
    <>
      {props.showDocHeader && (
        <li role="presentation" className="hit-group">
          {entry?.shortName ?? hit.docId}
        </li>
      )}
      <li
        id={props.id}
        role="option"
        aria-selected={props.selected}
        className={props.selected ? 'hit selected' : 'hit'}
        onMouseDown={(e) => e.preventDefault()}
        onClick={props.onOpen}
        ref={ref}
      >
        <span className="hit-meta">
          <span className="hit-doc">{entry?.shortName ?? hit.docId}</span>
          {citation && <span className="hit-num">{citation}</span>}
          {hit.sectionPath && hit.sectionPath.length > 0 && (
            <span className="hit-section">{hit.sectionPath.join(' › ')}</span>
          )}
        </span>
        <span className="hit-snippet">
          {segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
        </span>
      </li>
    </>
  );
}
