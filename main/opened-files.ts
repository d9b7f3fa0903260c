/**
 * Files the system asks Plenary to open (a double-clicked `.plenary` export):
 * on macOS through `open-file`, elsewhere as command-line arguments, at start
 * or in `second-instance`. They wait here until the renderer takes them
 * (`takeOpenedFile`) and opens the import preview; main only says "there is
 * one" with a constant script, so no file content ever reaches executeJavaScript.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { OpenedFile } from '../common/contract';
import { MAX_IMPORT_CHARS } from '../common/export/json-guard';

/** The extension of the file association (electron-builder.yml `fileAssociations`). */
export const ASSOCIATED_EXTENSION = '.plenary';

/** The `.plenary` paths among command-line arguments, made absolute against the caller's folder. */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(ASSOCIATED_EXTENSION))
    .map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));
}

export class OpenedFiles {
  private readonly queue: OpenedFile[] = [];

  /** `notify` tells the window a file is waiting (and brings it forward). */
  constructor(private readonly notify: () => void = () => {}) {}

  /** Reads the file now (a path may be temporary); a file that cannot be read is queued with the reason. */
  async add(path: string): Promise<void> {
    const name = basename(path);
    try {
      const info = await stat(path);
      // UTF-8 is at least one byte a character: a bigger file cannot be within the import limit.
      if (info.size > MAX_IMPORT_CHARS * 3) throw new Error(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB; imports are limited to 20 MB of text`);
      this.queue.push({ name, text: await readFile(path, 'utf8') });
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (e as Error).message;
      this.queue.push({ name, text: '', error: `${name} cannot be opened: ${reason}.` });
    }
    this.notify();
  }

  take(): OpenedFile | null {
    return this.queue.shift() ?? null;
  }

  get size(): number {
    return this.queue.length;
  }
}
