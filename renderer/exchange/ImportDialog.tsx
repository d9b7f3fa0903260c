/**
 * Import: choose a JSON file (or one the system opened), watch the preview
 * being planned (progress, cancel), see per item what it would do (new,
 * already present, cannot be placed and why), leave out any new one, then
 * merge exactly the plan previewed. One undo step removes the whole import.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ImportProgress, OpenedFile } from '../../common/contract';
import { call } from '../api';
import { annotationStore } from '../annotations/store';
import { toast } from '../app/Toasts';
import { Dialog } from './Dialog';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** New items offered one by one (with a box to leave each out); the counts cover the rest. */
const LISTED = 200;
const POLL_MS = 150;

const newJobId = () => `imp_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;

export function ImportDialog(props: { onClose(): void; opened?: OpenedFile }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skip, setSkip] = useState<ReadonlySet<number>>(new Set());
  const job = useRef<string | null>(null);

  // Closing the dialog while a preview runs cancels it.
  useEffect(
    () => () => {
      if (job.current) void call('cancelImport', job.current).catch(() => {});
    },
    [],
  );

  const run = async (content: string) => {
    const id = newJobId();
    job.current = id;
    setProgress({ state: 'reading', done: 0, total: 0 });
    const timer = window.setInterval(() => {
      void call('importProgress', id).then((p) => job.current === id && setProgress(p), () => {});
    }, POLL_MS);
    try {
      const p = await call('previewImport', content, id);
      if (job.current === id) setPreview(p);
    } catch (e) {
      if (job.current === id) setError((e as Error).message);
    } finally {
      window.clearInterval(timer);
      if (job.current === id) {
        job.current = null;
        setProgress(null);
      }
    }
  };

  const reset = () => {
    setPreview(null);
    setError(null);
    setSkip(new Set());
  };

  const choose = async (file: File | undefined) => {
    reset();
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError(t('import.tooBig', { size: Math.round(file.size / 1024 / 1024) }));
      return;
    }
    await run(await file.text());
  };

  const opened = props.opened;
  useEffect(() => {
    if (!opened) return;
    if (opened.error) setError(opened.error);
    else void run(opened.text);
  }, [opened]);

  const cancel = () => {
    const id = job.current;
    job.current = null;
    setProgress(null);
    if (id) void call('cancelImport', id).then(() => toast(t('importJob.cancelled')), () => {});
  };

  const apply = async () => {
    if (!preview) return;
    try {
      const ids = await call('applyImport', preview.planId, [...skip]);
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

  const toggle = (item: number) => {
    const next = new Set(skip);
    if (next.has(item)) next.delete(item);
    else next.add(item);
    setSkip(next);
  };

  const newItems = preview?.items.filter((i) => i.status === 'new') ?? [];
  const adding = preview ? preview.toAdd - [...skip].length : 0;

  return (
    <Dialog title={t('import.title')} onClose={props.onClose} className="import-dialog">
      {opened ? (
        <p className="import-opened">{t('importJob.opened', { name: opened.name })}</p>
      ) : (
        <label>
          {t('import.file')}
          <input type="file" accept=".plenary,.json,application/json,application/ld+json" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
      )}
      {progress && (
        <div className="import-progress" role="status" aria-live="polite">
          <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('importJob.progressLabel')} />
          <span>{progress.total ? t('importJob.progress', { done: progress.done, total: progress.total }) : t('importJob.reading')}</span>
          <button type="button" onClick={cancel}>
            {t('importJob.cancel')}
          </button>
        </div>
      )}
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
          {newItems.length > 0 && (
            <fieldset className="import-items">
              <legend>{t('importJob.choose')}</legend>
              <ul>
                {newItems.slice(0, LISTED).map((i) => (
                  <li key={i.item}>
                    <label className="check">
                      <input type="checkbox" checked={!skip.has(i.item)} onChange={() => toggle(i.item)} />
                      {t('importJob.item', { item: i.item })} «{'\u00a0'}{i.quote.slice(0, 80)}{'\u00a0'}»{i.renamed ? ` ${t('importJob.renamed')}` : ''}
                    </label>
                  </li>
                ))}
              </ul>
              {newItems.length > LISTED && <p>{t('importJob.more', { count: preview.toAdd - LISTED })}</p>}
            </fieldset>
          )}
          {preview.unplaceable.length > 0 && (
            <ul className="import-unplaceable" aria-label={t('importJob.notPlaced')}>
              {preview.unplaceable.slice(0, 20).map((u) => (
                <li key={u.item}>
                  {t('importJob.item', { item: u.item })}: {u.reason}
                  {u.quote ? ` — «\u00a0${u.quote.slice(0, 80)}\u00a0»` : ''}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!preview || adding <= 0} onClick={() => void apply()}>
          {t('import.run')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('annotations.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
