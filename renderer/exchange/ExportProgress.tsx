/**
 * The progress of an export job in a dialog: a bar with the share done and
 * the highlights written of the total, and a button that cancels the job
 * (main stops at its next slice and keeps nothing). `useExportJob` runs one
 * job at a time and cancels it when the dialog closes. Progress reaches only
 * the progress view (a subscription), so a poll re-renders the bar, not the
 * Brief view with its thousands of highlights.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../../common/contract';
import { ExportCancelled, percentOf, startExportJob, type ExportJob, type JobProgress } from './export-job';

export interface ProgressSource {
  current(): JobProgress | null;
  subscribe(listener: (p: JobProgress | null) => void): () => void;
}

export function useExportJob() {
  const [busy, setBusy] = useState(false);
  const job = useRef<ExportJob | null>(null);
  const [source] = useState(() => {
    let last: JobProgress | null = null;
    const listeners = new Set<(p: JobProgress | null) => void>();
    return {
      current: () => last,
      subscribe(listener: (p: JobProgress | null) => void) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
      push(p: JobProgress | null) {
        last = p;
        listeners.forEach((f) => f(p));
      },
    };
  });
  useEffect(() => () => job.current?.cancel(), []);
  /** The saved file's name, or null when the delegate cancelled. */
  const run = async (req: ExportRequest): Promise<string | null> => {
    setBusy(true);
    const j = startExportJob(req, source.push);
    job.current = j;
    try {
      return await j.done;
    } catch (e) {
      if (e instanceof ExportCancelled) return null;
      throw e;
    } finally {
      job.current = null;
      source.push(null);
      setBusy(false);
    }
  };
  return { busy, source: source as ProgressSource, run, cancel: () => job.current?.cancel() };
}

export function ExportProgressView(props: { source: ProgressSource; onCancel(): void }) {
  const { t } = useTranslation();
  const [p, setP] = useState(props.source.current());
  useEffect(() => props.source.subscribe(setP), [props.source]);
  if (!p) return null;
  const percent = percentOf(p);
  const text =
    p.state === 'writing'
      ? t('exportJob.writing', { done: p.done, total: p.total, percent })
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
