/**
 * The region beside the document: its annotations in reading order, the
 * ones that could not be placed, and its bookmarks.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation, Bookmark, StructuredDocument } from '../../common/model';
import { AnnotationCard } from './AnnotationCard';
import { useCitation } from '../reader/useCitation';

/**
 * The panel renders a window of the list, so a document with thousands of
 * notes opens at once: PANEL_PAGE cards at first (a few screens), the next
 * page when the "more" button comes near the view (or is pressed). Opening
 * an annotation far down (a click on its highlight) moves the window to it
 * rather than rendering every card before it; "Show earlier" extends it up.
 */
export const PANEL_PAGE = 8;
/** Cards kept above the active one when the window moves to it. */
const ABOVE_ACTIVE = 3;

export function AnnotationsPanel(props: {
  doc: StructuredDocument;
  placed: Annotation[];
  unplaced: Annotation[];
  bookmarks: Bookmark[];
  activeId: string | null;
  editingId: string | null;
  onEditing(id: string | null): void;
  onOpen(a: Annotation): void;
  onOpenBlock(blockId: string): void;
  actions?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { cite } = useCitation();
  const listRef = useRef<HTMLDivElement>(null);
  const { doc } = props;
  const [range, setRange] = useState({ from: 0, to: PANEL_PAGE });
  const activeIndex = props.activeId ? props.placed.findIndex((a) => a.id === props.activeId) : -1;
  if (activeIndex >= 0 && (activeIndex < range.from || activeIndex >= range.to)) {
    // Derived during render (React re-renders before committing): the active card is always in the window.
    setRange({ from: Math.max(0, activeIndex - ABOVE_ACTIVE), to: activeIndex + PANEL_PAGE });
  }
  const { from } = range;
  const limit = Math.min(range.to, props.placed.length);
  const more = () => setRange((r) => ({ ...r, to: r.to + PANEL_PAGE }));

  const moreRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = moreRef.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) more();
    }, { rootMargin: '600px 0px' });
    observer.observe(button);
    return () => observer.disconnect();
  }, [limit, props.placed.length]);

  useEffect(() => {
    if (!props.activeId) return;
    const cards = listRef.current?.querySelectorAll<HTMLElement>('.ann-card[data-annotation-id]') ?? [];
    [...cards].find((c) => c.dataset.annotationId === props.activeId)?.scrollIntoView({ block: 'nearest' });
  }, [props.activeId]);

  return (
    <aside className="ann-panel" role="region" aria-label={t('annotations.title')}>
      <div ref={listRef}>
        <div className="panel-head">
          <h2>{t('annotations.title')}</h2>
          {props.actions}
        </div>
        {props.placed.length === 0 && props.unplaced.length === 0 && <p className="empty-hint">{t('annotations.none')}</p>}
        {from > 0 && (
          <button type="button" className="more" onClick={() => setRange((r) => ({ ...r, from: Math.max(0, r.from - PANEL_PAGE) }))}>
            {t('annotations.earlier', { count: from })}
          </button>
        )}
        <ul className="ann-list">
          {props.placed.slice(from, limit).map((a) => (
            <AnnotationCard
              key={a.id}
              annotation={a}
              citation={cite(doc, a.blockId)}
              onOpen={() => props.onOpen(a)}
              editing={props.editingId === a.id}
              onEditingChange={(on) => props.onEditing(on ? a.id : null)}
              active={props.activeId === a.id}
            />
          ))}
        </ul>
        {props.placed.length > limit && (
          <button ref={moreRef} type="button" className="more" onClick={more}>
            {t('annotations.more', { count: props.placed.length - limit })}
          </button>
        )}
        {props.unplaced.length > 0 && (
          <section className="unplaced" aria-labelledby="unplaced-title">
            <h3 id="unplaced-title">{t('annotations.unplacedTitle')}</h3>
            <p className="hint">{t('annotations.unplacedHint')}</p>
            <ul className="ann-list">
              {props.unplaced.map((a) => (
                <AnnotationCard
                  key={a.id}
                  annotation={a}
                  unplaced
                  editing={props.editingId === a.id}
                  onEditingChange={(on) => props.onEditing(on ? a.id : null)}
                />
              ))}
            </ul>
          </section>
        )}
        {props.bookmarks.length > 0 && (
          <section aria-labelledby="bookmarks-title">
            <h3 id="bookmarks-title">{t('annotations.bookmarks')}</h3>
            <ul className="bookmark-list">
              {props.bookmarks.map((b) => {
                const block = doc.blocks.find((x) => x.id === b.blockId);
                return (
                  <li key={b.blockId}>
                    <button type="button" className="link-like" onClick={() => props.onOpenBlock(b.blockId)}>
                      {cite(doc, b.blockId)} — {(block?.text ?? '').slice(0, 80)}…
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
    </aside>
  );
}
