/**
 * The slow parts of an import, done off the request path: checking the
 * annotations and writing them to disk happen in slices of a few
 * milliseconds, yielding to the event loop between them, so other calls are
 * answered while 16,000 annotations are imported (issue 14).
 *
 * An import's annotations are not appended to the journal line by line (one
 * synchronous write of 20 MB held the event loop ~430 ms, and a crash in the
 * middle of it would keep part of the import). They go to a batch file of
 * their own, `annotations-<docId>.import-<id>.journal`, written with async
 * writes and fsynced; only then does the journal get one short line naming
 * it (journal.ts, op "include"), in the same synchronous turn as the
 * in-memory change. That line is what makes the import exist: a crash
 * before it leaves an orphan batch (removed at the next start) and none of
 * the import; after it, all of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Annotation } from '../../common/model';
import { fsyncDir } from './files';
import { BATCH_FILE, JOURNAL_VERSION } from './journal';

/** One slice of work; well under the 100 ms in which other calls must be answered. */
export const IMPORT_SLICE_MS = 12;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Calls `step(i)` for i = 0 … n-1, yielding to the event loop every IMPORT_SLICE_MS. */
export async function inSlices(n: number, step: (i: number) => void, sliceMs = IMPORT_SLICE_MS): Promise<void> {
  let i = 0;
  while (i < n) {
    await nextTurn();
    const end = Date.now() + sliceMs;
    do step(i++);
    while (i < n && Date.now() < end);
  }
}

export const batchFileName = (docId: string) => `annotations-${docId}.import-${randomBytes(8).toString('hex')}.journal`;

/** Batch files of `docId` in a folder listing. */
export function batchFilesOf(docId: string, listing: readonly string[]): string[] {
  const prefix = `annotations-${docId}.import-`;
  return listing.filter((f) => f.startsWith(prefix) && BATCH_FILE.test(f));
}

/**
 * Writes `items` as journal put lines to the new file `dir/name`, in slices,
 * and fsyncs it and its folder. On failure (or once `stopped()`, the store
 * closing) the file is removed and an error thrown.
 */
export async function writeBatch(dir: string, name: string, items: readonly Annotation[], stopped: () => boolean): Promise<void> {
  const file = path.join(dir, name);
  const fh = await fs.promises.open(file, 'wx', 0o600);
  try {
    let i = 0;
    while (i < items.length) {
      await nextTurn();
      if (stopped()) throw new Error('the store is closed');
      const end = Date.now() + IMPORT_SLICE_MS;
      const lines: string[] = [];
      do lines.push(`${JSON.stringify({ v: JOURNAL_VERSION, op: 'put', a: items[i++] })}\n`);
      while (i < items.length && Date.now() < end);
      const data = Buffer.from(lines.join(''), 'utf8');
      let written = 0;
      while (written < data.length) written += (await fh.write(data, written, data.length - written)).bytesWritten;
    }
    await fh.datasync();
    await fh.close();
  } catch (e) {
    await fh.close().catch(() => undefined);
    await fs.promises.rm(file, { force: true }).catch(() => undefined);
    throw e;
  }
  fsyncDir(dir);
}

/** Removes a batch file that was not (or could not be) included. */
export function discardBatch(dir: string, name: string): void {
  try {
    fs.rmSync(path.join(dir, name), { force: true });
  } catch {
    // An orphan batch is removed at the next start.
  }
}
