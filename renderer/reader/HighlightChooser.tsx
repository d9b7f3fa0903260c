/**
 * Where highlights overlap, a click (or Enter) on the text is over several
 * of them: this list, anchored under the spot, names each (its colour's
 * legend name, the start of its quote and of its note) and opens the one the
 * delegate picks in the highlight popover. Innermost first, as painted.
 * Arrow keys move between the entries, Home/End to the ends; Escape closes
 * and gives the focus back to the highlight.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../common/model';
import { useAppState } from '../app/state';
import { placeUnder, useCloseOnOutsidePress, type PopoverPlace } from './popover-place';

const START = 70;
const startOf = (s: string): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > START ? `${one.slice(0, START).trimEnd()}…` : one;
};
/** A note's words without its Markdown marks, for a one-line preview. */
const plainNote = (md: string): string => md.replace(/[*_`#>[\]]+/g, '').replace(/\(https?:[^)]*\)/g, '');

export function HighlightChooser(props: {
  annotations: Annotation[];
  rootRef: RefObject<HTMLElement | null>;
  origin: HTMLElement | null;
  /** The entry to focus first (the one just left, when coming back to the list). */
  initial?: string | null;
  onChoose(id: string): void;
  onClose(refocus: boolean): void;
}) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const boxRef = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<PopoverPlace | null>(null);

  useLayoutEffect(() => {
    const root = props.rootRef.current;
    if (root && props.origin?.isConnected) setPos(placeUnder(root, props.origin));
  }, [props.rootRef, props.origin]);

  const placed = pos !== null;
  useLayoutEffect(() => {
    if (!placed) return;
    const box = boxRef.current;
    const first = props.initial ? box?.querySelector<HTMLButtonElement>(`.hl-choice[data-annotation-id="${CSS.escape(props.initial)}"]`) : null;
    (first ?? box?.querySelector<HTMLButtonElement>('.hl-choice'))?.focus({ preventScroll: true });
    // Only as it is first shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placed]);

  // A press outside (not on a highlight, which opens its own) closes it.
  useCloseOnOutsidePress(boxRef, props.onClose);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose(true);
      return;
    }
    const items = [...(boxRef.current?.querySelectorAll<HTMLButtonElement>('.hl-choice') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[e.key];
    if (next === undefined || !items.length) return;
    e.preventDefault();
    items[(next + items.length) % items.length]?.focus();
  };

  const title = t('popoverOverlap.title', { count: props.annotations.length });
  return (
    <div
      ref={boxRef}
      className="hl-popover hl-chooser"
      role="dialog"
      aria-label={title}
      aria-describedby="hl-chooser-hint"
      style={pos ? { top: pos.top, left: pos.left } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <div className="hl-popover-head">
        <p className="hl-popover-cite">{title}</p>
        <button type="button" className="hl-popover-close" aria-label={t('reading.close')} onClick={() => props.onClose(true)}>
          ×
        </button>
      </div>
      <p id="hl-chooser-hint" className="hint">
        {t('popoverOverlap.hint')}
      </p>
      <ul className="hl-choices">
        {props.annotations.map((a) => (
          <li key={a.id}>
            <button type="button" className={`hl-choice ann-${a.color}`} data-annotation-id={a.id} onClick={() => props.onChoose(a.id)}>
              <span className="hl-choice-head">
                <span className={`swatch swatch-${a.color}`} aria-hidden="true" />
                <strong>{settings.legend[a.color]}</strong>
              </span>
              <span className="hl-choice-quote" lang="fr">
                {startOf(a.quote.exact)}
              </span>
              <span className="hl-choice-note">{a.note ? startOf(plainNote(a.note)) : t('popoverOverlap.noNote')}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
