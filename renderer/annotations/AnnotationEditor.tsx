/**
 * Edits an annotation's colour, note (Markdown) and tags, with completion
 * from the tags already used anywhere. It edits a saved annotation (the
 * panel's "Edit", the highlight popover's "Note") or composes a new one
 * ("Add note" on a selection): then `onSave` receives the values and nothing
 * exists until it is saved.
 *
 * With `autoFocus`, the note box takes the focus in a layout effect, i.e.
 * before the browser handles the next event: a delegate who clicks "Add note"
 * and types at once loses no key.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOR_IDS } from '../../common/model-values';
import type { Annotation, ColorId } from '../../common/model';
import { useAppState } from '../app/state';
import { toast } from '../app/Toasts';
import { annotationStore, useAnnotationStore } from './store';
import { TagInput } from './TagInput';

export interface NoteValues {
  note: string;
  tags: string[];
  color: ColorId;
}

export function AnnotationEditor(props: {
  /** The annotation to edit; or, with `onSave`, the starting values of a new one. */
  annotation: Pick<Annotation, 'note' | 'tags' | 'color'> & { id?: string };
  onDone(): void;
  /** Saves a new annotation (instead of updating `annotation`). */
  onSave?: (values: NoteValues) => Promise<void>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const store = useAnnotationStore();
  const a = props.annotation;
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState<string[]>(a.tags);
  const [color, setColor] = useState<ColorId>(a.color);
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();

  useLayoutEffect(() => {
    if (props.autoFocus) noteRef.current?.focus();
    // Only when the editor opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async () => {
    try {
      if (props.onSave) await props.onSave({ note, tags, color });
      else if (a.id) {
        await annotationStore.update(a.id, { note, tags, color });
        toast(t('reading.noteSaved'), { undoable: true });
      }
      props.onDone();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form
      className="ann-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onDone();
        }
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <fieldset className="colour-choice">
        <legend>{t('annotations.colour')}</legend>
        {COLOR_IDS.map((c) => (
          <label key={c} className={`colour-option swatch-${c}`}>
            <input type="radio" name={`${id}-colour`} value={c} checked={color === c} onChange={() => setColor(c)} />
            {settings.legend[c]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-note`}>{t('annotations.note')}</label>
      <textarea ref={noteRef} id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={4} />
      <TagInput label={t('annotations.tagsHint')} value={tags} onChange={setTags} suggestions={store.tags()} />
      {error && <p role="alert" className="error">{error}</p>}
      <div className="ann-actions">
        <button type="submit" className="primary">
          {t('annotations.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('annotations.cancel')}
        </button>
      </div>
    </form>
  );
}
