/**
 * One annotation as the panel and the notebook show it: colour (with its
 * legend name, so colour is never the only carrier of meaning), quote,
 * rendered note, tags, and the edit and delete actions.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../common/model';
import { useAppState } from '../app/state';
import { toast } from '../app/Toasts';
import { formatDateTime } from '../format';
import { AnnotationEditor } from './AnnotationEditor';
import { noteHtml } from './noteHtml';
import { copyRich } from '../reader/clipboard';
import { useCitation } from '../reader/useCitation';
import { annotationStore } from './store';

export function AnnotationCard(props: {
  annotation: Annotation;
  citation?: string;
  onOpen?: () => void;
  editing?: boolean;
  onEditingChange?: (editing: boolean) => void;
  unplaced?: boolean;
  active?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { settings } = useAppState();
  const a = props.annotation;
  const [localEditing, setLocalEditing] = useState(false);
  const editing = props.editing ?? localEditing;
  const setEditing = props.onEditingChange ?? setLocalEditing;
  const colourName = settings.legend[a.color];
  const { labels } = useCitation();

  return (
    <li className={`ann-card ann-${a.color}${props.active ? ' active' : ''}`} data-annotation-id={a.id}>
      <div className="ann-head">
        <span className={`swatch swatch-${a.color}`} aria-hidden="true" />
        <span className="ann-colour">{colourName}</span>
        {props.citation && <span className="ann-cite">{props.citation}</span>}
        {props.unplaced && <span className="ann-unplaced">{t('annotations.unplaced')}</span>}
      </div>
      <blockquote className="ann-quote" lang="fr">
        {props.onOpen ? (
          <button type="button" className="link-like" onClick={props.onOpen} aria-label={t('annotations.goTo', { quote: a.quote.exact.slice(0, 60) })}>
            {a.quote.exact}
          </button>
        ) : (
          a.quote.exact
        )}
      </blockquote>
      {editing ? (
        <AnnotationEditor annotation={a} onDone={() => setEditing(false)} autoFocus />
      ) : (
        <>
          {a.note && <div className="ann-note" dangerouslySetInnerHTML={{ __html: noteHtml(a.note) }} />}
          {a.tags.length > 0 && (
            <ul className="tags" aria-label={t('annotations.tags')}>
              {a.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
          <div className="ann-foot">
            <span className="ann-meta">
              {a.author && `${a.author} · `}
              {formatDateTime(a.modified, i18n.language)}
            </span>
            {/* One group: when the row is too narrow for the date and the actions, the actions move below it together. */}
            <span className="ann-actions">
              <button
                type="button"
                onClick={() => void copyRich(a.quote.exact, props.citation ?? a.docId, labels).then(() => toast(t('annotations.copied')), (e: Error) => toast(e.message))}
              >
                {t('annotations.copy')}
              </button>
              <button type="button" onClick={() => setEditing(true)}>
                {t('annotations.edit')}
              </button>
              <button
                type="button"
                onClick={async () => {
                  await annotationStore.remove(a.id);
                  toast(t('annotations.deleted'), { undoable: true });
                }}
              >
                {t('annotations.delete')}
              </button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}
