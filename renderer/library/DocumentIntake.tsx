/**
 * Mounted once for the whole window: the file input that every "Add
 * documents…" opens, dropping files anywhere on the window, and the list of
 * files being added with their progress and outcome (a polite live region,
 * an alert when one fails).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationStore } from '../annotations/store';
import { useAppState } from '../app/state';
import { useMenuAction } from '../app/useWindowEvent';
import { forgetDocument } from '../docs';
import { hrefDoc } from '../router';
import { INPUT_ID, intake, useIntake, type Intake } from './intake';

/** What the file chooser offers; content decides in the end (main sniffs every file). */
const ACCEPT = '.pdf,.docx,.html,.htm,.md,.markdown,.txt,application/pdf,text/html,text/markdown,text/plain';

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');

export function DocumentIntake() {
  const { t } = useTranslation();
  const { refreshCatalog, announce } = useAppState();
  const items = useIntake();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    intake.onAdded = async (job) => {
      if (job.entry) forgetDocument(job.entry.id);
      await Promise.all([refreshCatalog(), job.restored ? annotationStore.load(true) : null]);
    };
  }, [refreshCatalog]);

  // The desktop app's File > Add Documents…: main opens the system's dialog and reads the files.
  useMenuAction((action) => {
    if (action === 'add-documents') void intake.addFromDialog().catch((e: Error) => announce(e.message));
  });

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault(); // never let the browser navigate to the file
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) void intake.add(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const finished = items.filter((i) => i.state !== 'uploading' && i.state !== 'running').length;
  useEffect(() => {
    const last = items[items.length - 1];
    if (last?.state === 'done') announce(t('addedDocs.added', { name: last.title ?? last.fileName }));
    // Announce when the count of finished files changes, not at every progress step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [finished]);

  return (
    <>
      <input
        id={INPUT_ID}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label={t('addedDocs.choose')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void intake.add(files);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('addedDocs.dropHere')}</p>
        </div>
      )}
      {items.length > 0 && (
        <section className="intake" aria-label={t('addedDocs.progress')}>
          <ul>
            {items.map((i) => (
              <IntakeRow key={i.key} item={i} />
            ))}
          </ul>
          {finished > 0 && (
            <button type="button" onClick={() => intake.clearFinished()}>
              {t('addedDocs.clear')}
            </button>
          )}
        </section>
      )}
    </>
  );
}

function IntakeRow({ item }: { item: Intake }) {
  const { t } = useTranslation();
  const busy = item.state === 'uploading' || item.state === 'running';
  return (
    <li className={`intake-item intake-${item.state}`} data-state={item.state}>
      <span className="intake-name">{item.fileName}</span>
      {busy && (
        <>
          <progress max={item.total || 1} value={item.done} aria-label={t('addedDocs.reading', { name: item.fileName })} />
          <span className="intake-phase">{t(`addedDocs.phase.${item.phase}`, { defaultValue: item.phase, done: item.done, total: item.total })}</span>
        </>
      )}
      {item.state === 'done' && item.docId && (
        <span role="status">
          {t('addedDocs.ready')} <a href={hrefDoc(item.docId)}>{t('addedDocs.open', { name: item.title })}</a>
          {item.restored ? ` ${t('addedDocs.restored', { count: item.restored })}` : ''}
        </span>
      )}
      {item.state === 'duplicate' && item.docId && (
        <span role="status">
          {t('addedDocs.duplicate')} <a href={hrefDoc(item.docId)}>{t('addedDocs.open', { name: item.title })}</a>
        </span>
      )}
      {item.state === 'failed' && (
        <span role="alert" className="intake-error">
          {item.error}
        </span>
      )}
    </li>
  );
}
