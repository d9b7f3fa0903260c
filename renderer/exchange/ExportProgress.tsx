/**
 * The progress of an export job in a dialog: a bar with the share done and
 * the highlights written of the total, and a button that cancels the job
 * (main stops at its next slice and keeps nothing). `useExportJob` runs one
 * job at a time and cancels it when the dialog closes.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../../common/contract';
import { ExportCancelled, percentOf, startExportJob, type ExportJob, type JobProgress } from './export-job';

export function useExportJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const job = useRef<ExportJob | null>(null);
  useEffect(() => () => job.current?.cancel(), []);
  /** The saved file's name, or null when the delegate cancelled. */
  const run = async (req: ExportRequest): Promise<string | null> => {
    const j = startExportJob(req, setProgress);
    job.current = j;
    try {
      return await j.done;
    } catch (e) {
      if (e instanceof ExportCancelled) return null;
      throw e;
    } finally {
      job.current = null;
      setProgress(null);
    }
  };
  return { progress, run, cancel: () => job.current?.cancel() };
}

export function ExportProgressView(props: { progress: JobProgress; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const p = props.progress;
  const percent = percentOf(p);
  const n = (x: number) => x.toLocaleString(i18n.language);
  const text =
    p.state === 'writing'
      ? t('exportJob.writing', { done: n(p.done), total: n(p.total), percent })
      : p.state === 'packing' || p.state === 'saving'
        ? t(`exportJob.${p.state}`, { percent })
        : t('exportJob.preparing', { percent });
  return (
    <div className="export-progress">
      <progress value={percent} max={100} aria-label={t('exportJob.label')} />
      <span role="status">{text}</span>
      <button type="button" onClick={props.onCancel}>
        {t('exportJob.cancel')}
      </button>
    </div>
  );
}
