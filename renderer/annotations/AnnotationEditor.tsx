/**
 * Edits an annotation's colour, note (Markdown) and tags, with completion
 * from the tags already used anywhere.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOR_IDS, type Annotation, type ColorId } from '../../common/model';
import { useAppState } from '../app/state';
import { toast } from '../app/Toasts';
import { annotationStore, useAnnotationStore } from './store';
import { TagInput } from './TagInput';

export function AnnotationEditor(props: { annotation: Annotation; onDone(): void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { settings } = useAppState();
  const store = useAnnotationStore();
  const a = props.annotation;
  const [note, setNote] = useState(a.note);
  const [tags, setTags] = useState<string[]>(a.tags);
  const [color, setColor] = useState<ColorId>(a.color);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const save = async () => {
    try {
      await annotationStore.update(a.id, { note, tags, color });
      toast(t('reading.noteSaved'), { undoable: true });
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
        if (e.key === 'Escape') props.onDone();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
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
      <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={4} autoFocus={props.autoFocus} />
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
