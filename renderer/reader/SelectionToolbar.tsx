/**
 * The toolbar that appears over a text selection in the document:
 * "Highlight" (in the last colour used), one button per colour, "Add note"
 * and "Copy with citation". Reachable by keyboard: with a selection made,
 * Tab moves into the toolbar; Escape closes it.
 *
 * "Add note" turns the toolbar into the note editor at once, with the focus
 * in the note box and the colour it will use shown and changeable; the
 * highlight is created, with its note, on Save (nothing on Cancel).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { AnnotationEditor, type NoteValues } from '../annotations/AnnotationEditor';
import { useTranslation } from 'react-i18next';
import { COLOR_IDS } from '../../common/model-values';
import type { ColorId, StructuredDocument } from '../../common/model';
import { rangeToSelectors } from '../anchoring';
import { annotationStore } from '../annotations/store';
import { useAppState } from '../app/state';
import { toast } from '../app/Toasts';
import { useKeydown } from '../app/useWindowEvent';
import { copyRich } from './clipboard';
import { useCitation } from './useCitation';

interface Pending {
  range: Range;
  /** Where the toolbar goes (above the selection) and the note editor (below it), relative to the root. */
  rect: { top: number; below: number; left: number };
}

export function SelectionToolbar(props: {
  rootRef: RefObject<HTMLElement | null>;
  doc: StructuredDocument;
  onCreated(id: string, openEditor: boolean): void;
}) {
  const { t } = useTranslation();
  const citer = useCitation();
  const { settings } = useAppState();
  const [pending, setPending] = useState<Pending | null>(null);
  const [lastColour, setLastColour] = useState<ColorId>('yellow');
  const [error, setError] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const composingRef = useRef(false);
  composingRef.current = composing;
  const barRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const update = () => {
      // While a note is being written, the selection it is for stays put.
      if (composingRef.current) return;
      const root = props.rootRef.current;
      const sel = window.getSelection();
      if (!root || !sel || sel.isCollapsed || sel.rangeCount === 0) {
        if (!barRef.current?.contains(document.activeElement)) setPending(null);
        return;
      }
      const range = sel.getRangeAt(0);
      if (!root.contains(range.commonAncestorContainer) || !range.toString().trim()) return;
      const r = range.getBoundingClientRect();
      const host = root.getBoundingClientRect();
      setError(null);
      setPending({ range: range.cloneRange(), rect: { top: r.top - host.top - 48, below: r.bottom - host.top + 8, left: Math.max(0, r.left - host.left) } });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [props.rootRef]);

  const close = () => {
    setComposing(false);
    setPending(null);
  };

  useKeydown((e) => {
    if (e.key === 'Escape') close();
    if (e.key === 'Tab' && !e.shiftKey && !composing && !barRef.current?.contains(document.activeElement)) {
      e.preventDefault();
      barRef.current?.querySelector('button')?.focus();
    }
  }, pending !== null);

  if (!pending) return null;

  const selectors = () => {
    const s = rangeToSelectors(props.rootRef.current!, pending.range, props.doc);
    if (!s) throw new Error(t('annotations.emptySelection'));
    return s;
  };

  const create = async ({ color, note, tags }: NoteValues) => {
    const s = selectors();
    const a = await annotationStore.create({ docId: props.doc.id, blockId: s.blockId, quote: s.quote, position: s.position, color, note, tags });
    setLastColour(color);
    window.getSelection()?.removeAllRanges();
    close();
    toast(note ? t('reading.noteSaved') : t('reading.highlighted', { name: settings.legend[color] }), { undoable: true });
    props.onCreated(a.id, false);
  };

  const highlight = async (color: ColorId) => {
    try {
      await create({ color, note: '', tags: [] });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const copy = async () => {
    try {
      const s = selectors();
      await copyRich(s.quote.exact, citer.cite(props.doc, s.blockId), citer.labels);
      toast(t('annotations.copied'));
      setPending(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (composing) {
    return (
      <div ref={barRef} className="sel-composer" role="dialog" aria-label={t('annotations.addNote')} style={{ top: pending.rect.below, left: Math.min(pending.rect.left, 40) }}>
        <blockquote className="ann-quote">{pending.range.toString().trim().slice(0, 200)}</blockquote>
        <AnnotationEditor annotation={{ note: '', tags: [], color: lastColour }} onSave={create} onDone={close} autoFocus />
      </div>
    );
  }

  return (
    <div
      ref={barRef}
      className="sel-toolbar"
      role="toolbar"
      aria-label={t('annotations.toolbar')}
      style={{ top: pending.rect.top, left: pending.rect.left }}
      onMouseDown={(e) => e.preventDefault()}
    >
      <button type="button" className={`hl-btn swatch-${lastColour}`} onClick={() => void highlight(lastColour)}>
        {t('annotations.highlight')}
      </button>
      {COLOR_IDS.map((c) => (
        <button
          key={c}
          type="button"
          className={`colour-btn swatch-${c}`}
          aria-label={t('annotations.highlightAs', { name: settings.legend[c] })}
          title={settings.legend[c]}
          onClick={() => void highlight(c)}
        />
      ))}
      <button type="button" onClick={() => setComposing(true)}>
        {t('annotations.addNote')}
      </button>
      <button type="button" onClick={() => void copy()}>
        {t('annotations.copyCitation')}
      </button>
      {error && (
        <span role="alert" className="error">
          {error}
        </span>
      )}
    </div>
  );
}
