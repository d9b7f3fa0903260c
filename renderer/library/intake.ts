/**
 * Files on their way into the library: read in the page (the renderer never
 * hands main a path, only bytes), sent to `addDocument`, and followed by
 * polling their job until the document is readable and searchable. One
 * small store, so the library's button, a drop anywhere on the window and
 * the command palette share the same progress list.
 */
import { useSyncExternalStore } from 'react';
import { MAX_DOCUMENT_BYTES } from '../../common/api-limits';
import type { DocumentJob } from '../../common/contract';
import { ApiError, call } from '../api';

/** One file as the interface shows it. */
export interface Intake {
  key: number;
  fileName: string;
  state: 'uploading' | 'running' | 'done' | 'duplicate' | 'failed';
  done: number;
  total: number;
  phase: string;
  docId?: string;
  title?: string;
  restored?: number;
  error?: string;
}

/** The id of the file input every "Add documents…" opens. */
export const INPUT_ID = 'add-documents-input';
const POLL_MS = 150;

/**
 * The file as base64 for the twin's upload, encoded by the browser itself
 * (FileReader, off the page's thread), not by a loop in the page: for the
 * 2.6 MB, 352-page book that loop and btoa held the renderer 0.7-1.5 s.
 */
function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result as string;
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error(`${file.name}: the file could not be read (${reader.error?.message ?? 'unknown error'})`));
    reader.readAsDataURL(file);
  });
}

/**
 * Starts the file's job: in the browser twin the file itself is the request
 * body (no base64, no JSON on the page's thread); the desktop app passes
 * base64 over IPC as the contract says.
 */
async function sendFile(file: File): Promise<DocumentJob> {
  if (!window.plenaryUpload) return call('addDocument', file.name, await toBase64(file));
  const result = await window.plenaryUpload(file);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

class IntakeStore {
  private items: Intake[] = [];
  private seq = 0;
  private readonly listeners = new Set<() => void>();
  /** Called when a document joined the library (the catalog, and any restored annotations, must be read again). */
  onAdded: ((job: DocumentJob) => Promise<void>) | null = null;

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  snapshot = () => this.items;

  private set(key: number, patch: Partial<Intake>): void {
    this.items = this.items.map((i) => (i.key === key ? { ...i, ...patch } : i));
    this.listeners.forEach((l) => l());
  }

  /** Removes finished entries from the list. */
  clearFinished(): void {
    this.items = this.items.filter((i) => i.state === 'uploading' || i.state === 'running');
    this.listeners.forEach((l) => l());
  }

  /** Adds each file; resolves when every one has finished (or failed). */
  async add(files: readonly File[]): Promise<void> {
    await Promise.all(files.map((f) => this.addOne(f)));
  }

  private async addOne(file: File): Promise<void> {
    const key = ++this.seq;
    this.items = [...this.items, { key, fileName: file.name, state: 'uploading', done: 0, total: 1, phase: 'uploading' }];
    this.listeners.forEach((l) => l());
    if (file.size > MAX_DOCUMENT_BYTES) {
      const mb = (n: number) => (n / 1048576).toFixed(1);
      return this.set(key, { state: 'failed', error: `${file.name}: the file is ${mb(file.size)} MB; the limit is ${mb(MAX_DOCUMENT_BYTES)} MB.` });
    }
    try {
      await this.follow(key, await sendFile(file));
    } catch (e) {
      this.set(key, { state: 'failed', error: (e as Error).message });
    }
  }

  /**
   * Desktop app, File > Add Documents…: main shows the system's dialog and
   * reads the files itself (the page never names a path); each file picked is
   * a job followed here like an upload.
   */
  async addFromDialog(): Promise<void> {
    const jobs = await call('addDocumentsFromDialog');
    await Promise.all(
      jobs.map((job) => {
        const key = ++this.seq;
        this.items = [...this.items, { key, fileName: job.fileName, state: 'running', done: job.done, total: job.total, phase: job.phase }];
        this.listeners.forEach((l) => l());
        return this.follow(key, job).catch((e: Error) => this.set(key, { state: 'failed', error: e.message }));
      }),
    );
  }

  private async follow(key: number, first: DocumentJob): Promise<void> {
    let job = first;
    while (job.state === 'running') {
      this.set(key, { state: 'running', done: job.done, total: job.total, phase: job.phase });
      await new Promise((r) => setTimeout(r, POLL_MS));
      job = await call('documentJob', job.id);
    }
    await this.finish(key, job);
  }

  private async finish(key: number, job: DocumentJob): Promise<void> {
    if (job.state === 'failed') return this.set(key, { state: 'failed', error: job.error ?? job.fileName });
    if (!job.duplicate) await this.onAdded?.(job);
    this.set(key, {
      state: job.duplicate ? 'duplicate' : 'done',
      done: job.total,
      total: job.total,
      docId: job.entry?.id,
      title: job.entry?.shortName,
      restored: job.restored,
    });
  }
}

export const intake = new IntakeStore();

export function useIntake(): Intake[] {
  return useSyncExternalStore(intake.subscribe, intake.snapshot);
}

/** Opens the file chooser ("Add documents…" in the library and the palette). */
export function chooseFiles(): void {
  document.getElementById(INPUT_ID)?.click();
}
