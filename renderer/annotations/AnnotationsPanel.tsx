/**
 * The region beside the document: its annotations in reading order, the
 * ones that could not be placed, and its bookmarks.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { citationFor } from '../../common/export/citation';
import type { Annotation, Bookmark, StructuredDocument } from '../../common/model';
import { AnnotationCard } from './AnnotationCard';

/**
 * Cards rendered at first (a few screens of the panel); the next page comes
 * when the "more" button comes near the view (or is pressed), so a document with thousands of notes
 * opens at once.
 */
export const PANEL_PAGE = 15;

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
  const listRef = useRef<HTMLDivElement>(null);
  const { doc } = props;
  const [shown, setShown] = useState(PANEL_PAGE);
  const activeIndex = props.activeId ? props.placed.findIndex((a) => a.id === props.activeId) : -1;
  const limit = Math.max(shown, activeIndex + 1);

  const moreRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const button = moreRef.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + PANEL_PAGE);
    }, { rootMargin: '600px 0px' });
    observer.observe(button);
    return () => observer.disconnect();
  }, [limit, props.placed.length]);

  useEffect(() => {
    if (!props.activeId) return;
    listRef.current
      ?.querySelector(`[data-annotation-id="${CSS.escape(props.activeId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [props.activeId]);

  return (
    <aside className="ann-panel" role="region" aria-label={t('annotations.title')}>
      <div ref={listRef}>
        <div className="panel-head">
          <h2>{t('annotations.title')}</h2>
          {props.actions}
        </div>
        {props.placed.length === 0 && props.unplaced.length === 0 && <p className="empty-hint">{t('annotations.none')}</p>}
        <ul className="ann-list">
          {props.placed.slice(0, limit).map((a) => (
            <AnnotationCard
              key={a.id}
              annotation={a}
              citation={citationFor(doc, a.blockId)}
              onOpen={() => props.onOpen(a)}
              editing={props.editingId === a.id}
              onEditingChange={(on) => props.onEditing(on ? a.id : null)}
              active={props.activeId === a.id}
            />
          ))}
        </ul>
        {props.placed.length > limit && (
          <button ref={moreRef} type="button" className="more" onClick={() => setShown(limit + PANEL_PAGE)}>
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
                      {citationFor(doc, b.blockId)} — {(block?.text ?? '').slice(0, 80)}…
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
