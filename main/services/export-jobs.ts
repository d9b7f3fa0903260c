/**
 * Export jobs: an export runs under a job id the caller chose, writing in
 * slices (see ../export/pace), so the caller can poll its progress
 * (highlights written of the total, by phase) and cancel it. The finished
 * file is kept until the caller has fetched it in slices of CHUNK_CHARS: no
 * single answer, nor its parsing in the renderer, is several megabytes.
 * A cancelled job stops at its next slice and keeps nothing.
 */
import type { ExportFile, ExportProgress, ExportReady } from '../../common/contract';
import { UserError } from '../../common/result';
import { CANCELLED, paceFor, type Pace, type PaceState } from '../export/pace';

/** Characters per slice of a finished file (a multiple of 4, so base64 slices decode on their own). */
export const CHUNK_CHARS = 256 * 1024;
/** Jobs remembered; the oldest finished ones are forgotten first. */
const KEEP_JOBS = 4;

interface Job extends PaceState {
  state: Exclude<ExportProgress['state'], 'unknown'>;
  file?: ExportFile;
}

export type ExportWork = (pace: Pace) => Promise<ExportFile>;

export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly sliceMs?: number) {}

  async run(jobId: string, work: ExportWork): Promise<ExportReady> {
    if (this.jobs.has(jobId)) throw new UserError('An export with this job id already exists; use a new id.');
    const job: Job = { state: 'preparing', phase: 'preparing', done: 0, total: 0, cancelled: false };
    this.jobs.set(jobId, job);
    this.forgetOld();
    let file: ExportFile;
    try {
      file = await work(paceFor(job, this.sliceMs));
    } catch (e) {
      if (!job.cancelled) job.state = 'failed';
      throw e;
    }
    // Cancelled during the last, unsliced step: keep nothing.
    if (job.cancelled) throw new UserError(CANCELLED);
    job.file = file;
    job.state = 'ready';
    job.done = job.total;
    return { filename: file.filename, mime: file.mime, encoding: file.encoding, chars: file.data.length, chunks: Math.max(1, Math.ceil(file.data.length / CHUNK_CHARS)) };
  }

  progress(jobId: string): ExportProgress {
    const job = this.jobs.get(jobId);
    if (!job) return { state: 'unknown', done: 0, total: 0 };
    const state = job.state === 'preparing' || job.state === 'writing' || job.state === 'packing' ? job.phase : job.state;
    return { state, done: Math.min(job.done, job.total), total: job.total };
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.state === 'failed' || job.state === 'cancelled') return false;
    job.cancelled = true;
    job.state = 'cancelled';
    delete job.file;
    return true;
  }

  /** Slice `index` of a finished file; fetching the last one forgets the job. */
  chunk(jobId: string, index: number): string {
    const job = this.jobs.get(jobId);
    if (!job?.file) throw new UserError(job?.state === 'cancelled' ? CANCELLED : 'This export is not ready or no longer available; export again.');
    const data = job.file.data;
    const count = Math.max(1, Math.ceil(data.length / CHUNK_CHARS));
    if (index >= count) throw new UserError(`This export has ${count} slices; there is no slice ${index}.`);
    if (index === count - 1) this.jobs.delete(jobId);
    return data.slice(index * CHUNK_CHARS, (index + 1) * CHUNK_CHARS);
  }

  private forgetOld(): void {
    for (const [id, j] of this.jobs) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (j.state === 'ready' || j.state === 'failed' || j.state === 'cancelled') this.jobs.delete(id);
    }
  }
}
