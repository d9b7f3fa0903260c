/**
 * One side of the comparison: the same document rendering, highlights,
 * selection toolbar and match bar as the reader, in its own scroll box.
 */
import { forwardRef, useRef, type ForwardedRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StructuredDocument } from '../../common/model';
import { useAnnotationStore } from '../annotations/store';
import { useAppState } from '../app/state';
import { DocHeader } from '../reader/DocHeader';
import { DocumentBody } from '../reader/DocumentBody';
import { MatchBar } from '../reader/MatchBar';
import { SelectionToolbar } from '../reader/SelectionToolbar';
import { useHighlights } from '../reader/useHighlights';

export const ComparePane = forwardRef(function ComparePane(
  props: { doc: StructuredDocument; side: 'left' | 'right'; active: boolean; onFocus(): void; onScroll(): void; onPick(blockId: string): void },
  scrollRef: ForwardedRef<HTMLDivElement>,
) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const store = useAnnotationStore();
  const bodyRef = useRef<HTMLElement>(null);
  const { placed } = useHighlights(bodyRef, props.doc, store.list(props.doc.id), settings.legend);
  return (
    <div
      ref={scrollRef}
      className={`compare-pane${props.active ? ' active' : ''}`}
      role="region"
      aria-label={`${t(props.side === 'left' ? 'compare.left' : 'compare.right')}: ${props.doc.shortName}`}
      tabIndex={0}
      onFocus={props.onFocus}
      onScroll={props.onScroll}
      data-side={props.side}
    >
      <article
        ref={bodyRef}
        className="doc"
        aria-label={props.doc.shortName}
        onClick={(e) => {
          const block = (e.target as Element).closest<HTMLElement>('[data-block-id]');
          if (block && window.getSelection()?.isCollapsed) props.onPick(block.dataset.blockId!);
        }}
      >
        <DocHeader doc={props.doc} />
        {props.active && <MatchBar doc={props.doc} rootRef={bodyRef} />}
        <SelectionToolbar rootRef={bodyRef} doc={props.doc} onCreated={() => {}} />
        <DocumentBody doc={props.doc} notesLabel={t('reader.notes')} bookmarkLabel={t('annotations.bookmark')} relatedLabel={t('compare.related')} />
        <p className="sr-only">{t('compare.highlightCount', { count: placed.length })}</p>
      </article>
    </div>
  );
});
