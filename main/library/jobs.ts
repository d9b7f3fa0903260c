/**
 * Background jobs for reading added files. Reading a long PDF takes seconds,
 * so `addDocument` answers at once with a job the renderer polls: the HTTP
 * call (or IPC call) that started it never holds up the others. Finished jobs
 * are kept a while for the last poll, then forgotten.
 */
import { randomUUID } from 'node:crypto';
import type { DocumentJob } from '../../common/contract';
import { UserError } from '../../common/result';

/** How long a finished job can still be polled. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;
/** At most this many finished jobs are kept. */
const MAX_FINISHED = 200;

export type JobUpdate = (p: { phase: string; done: number; total: number }) => void;

export class Jobs {
  private readonly jobs = new Map<string, { job: DocumentJob; finishedAt?: number }>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** A job that is already over (a duplicate, or a file refused before reading). */
  finished(fileName: string, result: Partial<DocumentJob> & { state: 'done' | 'failed' }): DocumentJob {
    const job: DocumentJob = { id: randomUUID(), fileName, phase: result.state, done: 1, total: 1, ...result };
    this.jobs.set(job.id, { job, finishedAt: this.clock() });
    this.prune();
    return { ...job };
  }

  /** Starts `work` on a later turn of the event loop and returns the running job. */
  start(fileName: string, work: (update: JobUpdate) => Promise<Partial<DocumentJob>>): DocumentJob {
    const job: DocumentJob = { id: randomUUID(), fileName, state: 'running', phase: 'queued', done: 0, total: 1 };
    const slot: { job: DocumentJob; finishedAt?: number } = { job };
    this.jobs.set(job.id, slot);
    const update: JobUpdate = (p) => Object.assign(job, p);
    setImmediate(() => {
      work(update).then(
        (result) => Object.assign(job, { phase: 'done', done: job.total, ...result, state: 'done' }),
        (e: unknown) => {
          const message = e instanceof UserError ? e.message : `${fileName}: could not be added (${(e as Error).message})`;
          Object.assign(job, { state: 'failed', phase: 'failed', error: message });
        },
      ).finally(() => {
        slot.finishedAt = this.clock();
        this.prune();
      });
    });
    return { ...job };
  }

  get(id: string): DocumentJob {
    const slot = this.jobs.get(id);
    if (!slot) throw new UserError(`There is no job "${id}" (finished jobs are forgotten after 10 minutes).`);
    return { ...slot.job };
  }

  /** Jobs still running (the same content must not be read twice at once). */
  running(): DocumentJob[] {
    return [...this.jobs.values()].filter((s) => s.job.state === 'running').map((s) => s.job);
  }

  private prune(): void {
    const now = this.clock();
    const finished = [...this.jobs.entries()].filter(([, s]) => s.finishedAt !== undefined);
    finished.forEach(([id, s], i) => {
      if (now - s.finishedAt! > KEEP_FINISHED_MS || finished.length - i > MAX_FINISHED) this.jobs.delete(id);
    });
  }
}
