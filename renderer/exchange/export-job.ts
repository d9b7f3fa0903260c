/**
 * An export as a job, seen from the renderer: main writes the file in slices
 * while this polls its progress; the finished file is then fetched in slices
 * and turned into bytes a slice at a time, with a yield between them. So the
 * interface thread only ever sends requests and handles small answers, and
 * no task of it runs long, whatever the size of the brief.
 */
import type { ExportProgress, ExportRequest } from '../../common/contract';
import { call } from '../api';
import { saveBlob, textParts } from './download';

const POLL_MS = 150;
const newJobId = () => `exp_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 10)}`;

/** What the dialog shows: main's progress, then the renderer's own fetching of the file. */
export type JobProgress = ExportProgress | { state: 'saving'; done: number; total: number };

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

export interface ExportJob {
  /** The saved file's name; rejects with ExportCancelled after `cancel()`. */
  done: Promise<string>;
  cancel(): void;
}

export function startExportJob(req: ExportRequest, onProgress: (p: JobProgress) => void): ExportJob {
  const id = newJobId();
  let cancelled = false;
  let polling = true;
  onProgress({ state: 'preparing', done: 0, total: 0 });
  const poll = async () => {
    while (polling) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!polling) break;
      const p = await call('exportProgress', id).catch(() => null);
      // A poll answered after the job finished must not move the bar back.
      if (polling && p && p.state !== 'unknown' && p.state !== 'ready') onProgress(p);
    }
  };
  const done = (async () => {
    void poll();
    let ready;
    try {
      ready = await call('runExport', req, id);
    } finally {
      polling = false;
    }
    if (cancelled) throw new ExportCancelled();
    const parts: BlobPart[] = [];
    let carry = '';
    for (let i = 0; i < ready.chunks; i++) {
      onProgress({ state: 'saving', done: i, total: ready.chunks });
      let data = carry + (await call('exportChunk', id, i));
      if (cancelled) throw new ExportCancelled();
      // A character outside the BMP may straddle two slices: keep its first half for the next.
      const last = data.charCodeAt(data.length - 1);
      carry = ready.encoding === 'utf8' && i < ready.chunks - 1 && last >= 0xd800 && last <= 0xdbff ? data.slice(-1) : '';
      if (carry) data = data.slice(0, -1);
      parts.push(...(await textParts(data, ready.encoding)));
    }
    onProgress({ state: 'saving', done: ready.chunks, total: ready.chunks });
    saveBlob(new Blob(parts, { type: ready.mime }), ready.filename);
    return ready.filename;
  })();
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      void call('cancelExport', id).catch(() => {});
    },
  };
}

/** The share of the whole job done, 0 to 100: preparing, writing, packing, then fetching the file. */
export function percentOf(p: JobProgress): number {
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const [from, span] = p.state === 'preparing' ? [0, 5] : p.state === 'writing' ? [5, 75] : p.state === 'packing' ? [80, 12] : p.state === 'saving' ? [92, 8] : [100, 0];
  return Math.round(from + span * within);
}
