/**
 * Import: choose a JSON file, see what it would do (new, already present,
 * cannot be placed), then merge. One undo step removes the whole import.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../common/contract';
import { call } from '../api';
import { annotationStore } from '../annotations/store';
import { toast } from '../app/Toasts';
import { Dialog } from './Dialog';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function ImportDialog(props: { onClose(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    setPreview(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t('import.tooBig', { size: Math.round(file.size / 1024 / 1024) }));
      return;
    }
    try {
      const content = await file.text();
      setText(content);
      setPreview(await call('previewImport', content));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const apply = async () => {
    if (!text) return;
    try {
      const ids = await call('applyImport', text);
      await annotationStore.load(true);
      annotationStore.pushUndo('import', async () => {
        await call('undoImport', ids);
        await annotationStore.load(true);
      });
      toast(t('import.done', { count: ids.length }), { undoable: true });
      props.onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Dialog title={t('import.title')} onClose={props.onClose}>
      <label>
        {t('import.file')}
        <input type="file" accept=".json,application/json,application/ld+json" onChange={(e) => void choose(e.target.files?.[0])} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && (
        <div className="import-preview" role="status">
          <p>{t('import.new', { count: preview.toAdd })}</p>
          <p>{t('import.present', { count: preview.alreadyPresent })}</p>
          <p>{t('import.unplaceable', { count: preview.unplaceable.length })}</p>
          {preview.unplaceable.length > 0 && (
            <ul>
              {preview.unplaceable.slice(0, 20).map((u) => (
                <li key={u.item}>
                  {u.item}: {u.reason} — « {u.quote.slice(0, 80)} »
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!preview || preview.toAdd === 0} onClick={() => void apply()}>
          {t('import.run')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('annotations.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
