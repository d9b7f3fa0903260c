/**
 * The highlights of a brief being composed: include or leave out each one,
 * move it up or down (buttons, or Alt+↑ / Alt+↓ anywhere in its row), and
 * write a paragraph to print before it. Focus follows a moved row.
 */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../common/model';

export interface BriefRow {
  a: Annotation;
  cite: string;
}

export const LIST_PAGE = 200;

export function BriefItemList(props: {
  rows: BriefRow[];
  excluded: ReadonlySet<string>;
  paragraphs: Readonly<Record<string, string>>;
  onToggle(id: string, include: boolean): void;
  onMove(index: number, delta: number): void;
  onParagraph(id: string, text: string): void;
}) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(LIST_PAGE);
  const [writing, setWriting] = useState<ReadonlySet<string>>(new Set());
  const rows = props.rows.slice(0, limit);

  /** After a move, put the focus back on the same control of the moved row. */
  const refocus = (id: string, role: string | undefined) =>
    requestAnimationFrame(() => {
      const row = document.querySelector<HTMLElement>(`.brief-items li[data-id="${CSS.escape(id)}"]`);
      const target = (role && row?.querySelector<HTMLElement>(`[data-role="${role}"]:not([disabled])`)) || row?.querySelector<HTMLElement>('[data-role="include"]');
      target?.focus();
    });

  const move = (index: number, delta: number, id: string, role?: string) => {
    props.onMove(index, delta);
    refocus(id, role);
  };

  const onKey = (e: KeyboardEvent<HTMLLIElement>, index: number, id: string) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    if ((e.target as HTMLElement).tagName === 'TEXTAREA') return;
    e.preventDefault();
    move(index, e.key === 'ArrowUp' ? -1 : 1, id, (e.target as HTMLElement).dataset.role);
  };

  return (
    <>
      <p className="hint" id="brief-reorder-hint">
        {t('brief.reorderHint')}
      </p>
      <ol className="brief-items" aria-describedby="brief-reorder-hint">
        {rows.map(({ a, cite }, i) => {
          const included = !props.excluded.has(a.id);
          const quote = a.quote.exact.replace(/\s+/g, ' ').trim();
          const para = props.paragraphs[a.id] ?? '';
          const open = writing.has(a.id) || para !== '';
          return (
            <li key={a.id} data-id={a.id} className={`brief-item c-${a.color}${included ? '' : ' left-out'}`} onKeyDown={(e) => onKey(e, i, a.id)}>
              <div className="brief-item-row">
                <label className="check">
                  <input type="checkbox" data-role="include" checked={included} onChange={(e) => props.onToggle(a.id, e.target.checked)} aria-label={t('brief.include', { cite })} />
                  <span className="brief-item-text">
                    <span className="brief-cite">{cite}</span>
                    <q>{quote.length > 160 ? `${quote.slice(0, 159)}…` : quote}</q>
                  </span>
                </label>
                <span className="brief-moves">
                  <button type="button" data-role="up" disabled={i === 0} aria-label={t('brief.moveUp', { cite })} title={t('brief.moveUp', { cite })} onClick={() => move(i, -1, a.id, 'up')}>
                    ↑
                  </button>
                  <button
                    type="button"
                    data-role="down"
                    disabled={i === props.rows.length - 1}
                    aria-label={t('brief.moveDown', { cite })}
                    title={t('brief.moveDown', { cite })}
                    onClick={() => move(i, 1, a.id, 'down')}
                  >
                    ↓
                  </button>
                </span>
              </div>
              {open ? (
                <label className="brief-para">
                  {t('brief.paragraphBefore')}
                  <textarea rows={2} value={para} maxLength={50_000} onChange={(e) => props.onParagraph(a.id, e.target.value)} />
                </label>
              ) : (
                <button type="button" className="link-like brief-add-para" data-role="para" onClick={() => setWriting(new Set([...writing, a.id]))}>
                  {t('brief.addParagraph')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {props.rows.length > limit && (
        <button type="button" onClick={() => setLimit(limit + LIST_PAGE)}>
          {t('brief.showMore')}
        </button>
      )}
    </>
  );
}
