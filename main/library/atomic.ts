/**
 * Durable file writes for the library: the content goes to a temporary file
 * in the same folder, is fsync'ed, and is renamed over the target, then the
 * folder is fsync'ed so the rename survives a power cut. A reader (or a
 * crash) sees the old file or the new one, never half of one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsyncDir } from '../store/files';

/** Temporary files carry this marker, so an interrupted write can be recognised and removed. */
export const TEMP_MARK = '.tmp-';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  const tmp = `${file}${TEMP_MARK}${randomBytes(6).toString('hex')}`;
  const fd = fs.openSync(tmp, 'wx', 0o600);
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } catch (e) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  fsyncDir(dir);
}
