/**
 * Acting on a highlight where it is: a click on a highlight, or Enter on a
 * focused one, opens this popover under it: its colour (by legend name, changed
 * at once), its note and tags (edited in place), copy with citation, delete.
 * Escape closes it and gives the focus back to the highlight; a click
 * elsewhere closes it too.
 *
 * It is anchored to the mark it was opened from, else to the highlight's
 * first mark, looked up again at every render: a change of colour repaints
 * the block, which replaces the marks. Picked among overlapping highlights
 * (HighlightChooser), it offers the way back to their list.
 */
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOR_IDS } from '../../common/model-values';
import type { Annotation, ColorId, StructuredDocument } from '../../common/model';
import { AnnotationEditor } from '../annotations/AnnotationEditor';
import { noteHtml } from '../annotations/noteHtml';
import { annotationStore } from '../annotations/store';
import { useAppState } from '../app/state';
import { toast } from '../app/Toasts';
import { copyRich } from './clipboard';
import { anchorMark, placeUnder, useCloseOnOutsidePress } from './popover-place';
import { useCitation } from './useCitation';

/** The first painted mark of highlight `id` under `root`. */
export function firstMark(root: Element | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`mark.hl[data-annotation-ids~="${CSS.escape(id)}"]`) ?? null;
}

export function HighlightPopover(props: {
  doc: StructuredDocument;
  annotation: Annotation;
  rootRef: RefObject<HTMLElement | null>;
  /** The mark it was opened from: it stays anchored there while that mark is painted. */
  origin?: HTMLElement | null;
  /** When it was picked among overlapping highlights: how many there are, and the way back to the list. */
  overlap?: { count: number; onBack(): void };
  /** `refocus`: give the focus back to the highlight (Escape); false when the focus goes elsewhere. */
  onClose(refocus: boolean): void;
  /** After a delete: the highlight is gone, so the focus goes to its passage. */
  onDeleted(): void;
}) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const a = props.annotation;
  const boxRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  // Shown at once; the saved colour wins again when it changes (an undo) or the save fails.
  const [color, setColor] = useState<ColorId>(a.color);
  useEffect(() => setColor(a.color), [a.color, a.modified]);
  const legendName = settings.legend[color];
  const citer = useCitation();
  const citation = citer.cite(props.doc, a.blockId);

  // Under the mark it was opened from (else the highlight's first), kept inside the text column.
  useLayoutEffect(() => {
    const root = props.rootRef.current;
    const mark = anchorMark(root, a.id, props.origin ?? null);
    if (!root || !mark) return;
    const { top, left } = placeUnder(root, mark);
    setPos((p) => (p && p.top === top && p.left === left ? p : { top, left }));
  }, [props.rootRef, props.origin, a.id, a.modified]);

  // The focus goes into the popover as it is first shown (once placed: a hidden element takes no focus): to the colour chosen.
  const placed = pos !== null;
  useLayoutEffect(() => {
    if (placed) boxRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus({ preventScroll: true });
  }, [placed]);

  // A press outside (not on another highlight, which opens its own) closes it.
  useCloseOnOutsidePress(boxRef, props.onClose);

  const run = async (work: () => Promise<void>) => {
    try {
      setError(null);
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const recolour = (next: ColorId) => {
    setColor(next);
    return run(async () => {
      try {
        await annotationStore.update(a.id, { color: next });
      } catch (e) {
        setColor(a.color);
        throw e;
      }
      toast(t('reading.recoloured', { name: settings.legend[next] }), { undoable: true });
    });
  };

  const copy = () =>
    run(async () => {
      await copyRich(a.quote.exact, citation, citer.labels);
      toast(t('annotations.copied'));
    });

  const remove = () =>
    run(async () => {
      await annotationStore.remove(a.id);
      toast(t('annotations.deleted'), { undoable: true });
      props.onDeleted();
    });

  return (
    <div
      ref={boxRef}
      className="hl-popover"
      role="dialog"
      aria-label={t('reading.popover', { name: legendName })}
      data-annotation-id={a.id}
      style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose(true);
        }
      }}
    >
      {props.overlap && (
        <button type="button" className="hl-popover-back link-like" onClick={props.overlap.onBack}>
          <span aria-hidden="true">‹ </span>
          {t('popoverOverlap.back', { count: props.overlap.count })}
        </button>
      )}
      <div className="hl-popover-head">
        <p className="hl-popover-cite">{citation}</p>
        <button type="button" className="hl-popover-close" aria-label={t('reading.close')} onClick={() => props.onClose(true)}>
          ×
        </button>
      </div>
      {editing ? (
        <AnnotationEditor annotation={a} onDone={() => setEditing(false)} autoFocus />
      ) : (
        <>
          <fieldset className="colour-choice">
            <legend>{t('annotations.colour')}</legend>
            {COLOR_IDS.map((c) => (
              <label key={c} className={`colour-option swatch-${c}`}>
                <input type="radio" name={`hl-colour-${a.id}`} value={c} checked={color === c} onChange={() => void recolour(c)} />
                {settings.legend[c]}
              </label>
            ))}
          </fieldset>
          {a.note ? <div className="ann-note" dangerouslySetInnerHTML={{ __html: noteHtml(a.note) }} /> : <p className="hint">{t('reading.noNote')}</p>}
          {a.tags.length > 0 && (
            <ul className="tags" aria-label={t('annotations.tags')}>
              {a.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div className="hl-popover-actions">
            <button type="button" onClick={() => setEditing(true)}>
              {a.note || a.tags.length ? t('reading.editNote') : t('annotations.addNote')}
            </button>
            <button type="button" onClick={() => void copy()}>
              {t('annotations.copyCitation')}
            </button>
            <button type="button" className="danger-text" onClick={() => void remove()}>
              {t('annotations.delete')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
