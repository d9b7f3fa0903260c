/**
 * Import jobs: a preview plans the file in slices of a few milliseconds,
 * yielding to the event loop between them, so every other call (IPC or HTTP)
 * is answered while a 20 MB file is planned; the caller can ask for progress
 * and cancel by the job id it chose. The plan is kept under that id and
 * `apply` carries it out as previewed, without planning the file again.
 */
import { MAX_PREVIEW_ITEMS, type ImportPreview, type ImportProgress } from '../../common/contract';
import { prepareParsed, type ImportPlan } from '../../common/export/import';
import { ChunkedJsonParser } from '../../common/export/json-chunked';
import { parseUntrustedJson, precheckJsonText, type Parsed } from '../../common/export/json-guard';
import { UserError } from '../../common/result';
import type { Store } from '../store';
import type { Corpus } from './corpus';

/** One slice of planning; well under the 100 ms in which other calls must be answered. */
export const SLICE_MS = 12;
/** Plans kept for `apply`; an older one must be previewed again. */
const KEEP_JOBS = 4;

interface Job {
  state: Exclude<ImportProgress['state'], 'unknown'>;
  done: number;
  total: number;
  plan?: ImportPlan;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class ImportService {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly corpus: Corpus,
    private readonly store: Store,
  ) {}

  private remember(jobId: string, job: Job): void {
    if (this.jobs.has(jobId)) throw new UserError('An import preview with this job id already exists; use a new id.');
    this.jobs.set(jobId, job);
    // Forget the oldest jobs that are not running.
    for (const [id, j] of this.jobs) {
      if (this.jobs.size <= KEEP_JOBS) break;
      if (j.state !== 'reading' && j.state !== 'planning') this.jobs.delete(id);
    }
  }

  async preview(text: string, jobId: string): Promise<ImportPreview> {
    const job: Job = { state: 'reading', done: 0, total: 0 };
    this.remember(jobId, job);
    const fail = (error: string): never => {
      job.state = 'failed';
      throw new UserError(error);
    };
    const parsed = await this.read(text, job);
    if (!parsed.ok) fail(parsed.error);
    if ((job.state as Job['state']) === 'cancelled') throw new UserError('The import was cancelled.');
    const docs = new Map(this.corpus.list().map((e) => [e.id, this.corpus.get(e.id)]));
    const existing = [...this.store.listAnnotations(undefined), ...this.store.listTrash()];
    const prepared = prepareParsed(parsed, { docs, existing });
    if (!prepared.ok) return fail(prepared.error);
    const { planner } = prepared;
    job.state = 'planning';
    job.total = planner.total;
    for (;;) {
      await nextTurn();
      if ((job.state as Job['state']) === 'cancelled') throw new UserError('The import was cancelled.');
      const finished = planner.step(Date.now() + SLICE_MS);
      job.done = planner.done;
      if (finished) break;
    }
    const result = planner.result();
    if (!result.ok) return fail(result.error);
    job.plan = result.plan;
    job.state = 'ready';
    const plan = result.plan;
    return {
      planId: jobId,
      total: planner.total,
      toAdd: plan.toAdd.length,
      alreadyPresent: plan.alreadyPresent,
      unplaceable: plan.unplaceable.slice(0, MAX_PREVIEW_ITEMS),
      documents: [...new Set(plan.toAdd.map((a) => a.docId))],
      items: plan.items.slice(0, MAX_PREVIEW_ITEMS),
    };
  }

  /**
   * The file's JSON, read in slices like the planning (see json-chunked.ts):
   * size, depth and forbidden keys checked as parseUntrustedJson checks them.
   * A file the sliced reader refuses is read once more by parseUntrustedJson,
   * whose message says exactly what is wrong (only broken files pay for it).
   */
  private async read(text: string, job: Job): Promise<Parsed> {
    const pre = precheckJsonText(text);
    if (!pre.ok) return pre;
    const parser = new ChunkedJsonParser(pre.text);
    for (;;) {
      await nextTurn();
      if ((job.state as Job['state']) === 'cancelled') throw new UserError('The import was cancelled.');
      if (parser.step(Date.now() + SLICE_MS)) break;
    }
    const read = parser.result();
    return read.ok ? read : parseUntrustedJson(text);
  }

  progress(jobId: string): ImportProgress {
    const job = this.jobs.get(jobId);
    return job ? { state: job.state, done: job.done, total: job.total } : { state: 'unknown', done: 0, total: 0 };
  }

  cancel(jobId: string): boolean {
    const job = this.jobs.get(jobId);
    if (!job || job.state === 'failed') return false;
    job.state = 'cancelled';
    delete job.plan;
    return true;
  }

  /**
   * Adds the previewed plan, leaving out the item numbers in `skip`, as one
   * import (all or nothing), checked and written in slices by the store.
   */
  async apply(planId: string, skip: readonly number[] = []): Promise<string[]> {
    const job = this.jobs.get(planId);
    const plan = job?.plan;
    if (!job || !plan) throw new UserError('This import preview is no longer available; choose the file again.');
    // A plan is carried out once: taken now, so a second apply while this one runs is refused.
    delete job.plan;
    try {
      const leaveOut = new Set(skip);
      const { toAdd, toAddItems } = plan;
      // Something may have been added since the preview (another import, undo): never add an id twice.
      const present = new Set([...this.store.listAnnotations(undefined), ...this.store.listTrash()].map((a) => a.id));
      const chosen = toAdd.filter((a, i) => !leaveOut.has(toAddItems[i] ?? 0) && !present.has(a.id));
      const ids = await this.store.importAnnotations(chosen);
      this.jobs.delete(planId);
      return ids;
    } catch (e) {
      if (this.jobs.get(planId) === job && job.state === 'ready') job.plan = plan;
      throw e;
    }
  }

  undo(ids: readonly string[]): number {
    return this.store.purgeAnnotations(ids);
  }
}
