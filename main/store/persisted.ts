/**
 * A small whole-file value (settings, bookmarks, reading positions): kept in
 * memory, written through conf on every change before the change is
 * accepted, backed up on open and every `backupEvery` changes.
 *
 * A file that cannot be written does not stop the store: at open the value
 * read (or restored) is used and a notice says the file could not be saved;
 * a later change is refused with a message naming the file, so nothing is
 * reported saved that is not, and each change tries the disk again.
 */
import { UserError } from '../../common/result';
import type { FileSpec } from './schemas';
import { ConfFile, rotateBackup, StoreWriteError, type StoreContext } from './files';
import { openFile } from './recover';

export class PersistedValue<T> {
  #value: T;
  #file: ConfFile<T>;
  #changes = 0;
  /** The bad file could not be moved aside: it is never overwritten. */
  #keptInPlace = false;

  private constructor(
    private readonly ctx: StoreContext,
    readonly name: string,
    spec: FileSpec<T>,
    value: T,
    private readonly backupEvery: number,
  ) {
    this.#value = value;
    this.#file = new ConfFile(ctx.dir, name, spec, {});
  }

  static open<T>(ctx: StoreContext, name: string, spec: FileSpec<T>, listing: readonly string[], backupEvery: number) {
    const opened = openFile(ctx, name, spec, {}, listing);
    const file = new PersistedValue(ctx, name, spec, opened.value, backupEvery);
    file.#keptInPlace = opened.keptInPlace;
    try {
      if (opened.needsWrite) file.#file.write(opened.value);
      rotateBackup(ctx, name);
    } catch (e) {
      ctx.notices.push({ docId: null, file: name, message: `${(e as Error).message}; it is used as read, and saved at the next change.` });
    }
    return file;
  }

  get value(): T {
    return this.#value;
  }

  /** Writes `next`; the in-memory value changes only once it is on disk. */
  set(next: T): void {
    if (this.#keptInPlace) {
      throw new UserError(`${this.name} in ${this.ctx.dir} could not be read or moved aside, so it is not overwritten; move it away and restart Plenary.`);
    }
    try {
      this.#file.write(next);
    } catch (e) {
      if (e instanceof StoreWriteError) throw new UserError(`${e.message}; the change was not saved. Free the disk or fix the folder's permissions, then try again.`);
      throw e;
    }
    this.#value = next;
    try {
      if (++this.#changes % this.backupEvery === 0) rotateBackup(this.ctx, this.name);
    } catch {
      // The change is saved; the backup is taken again at the next round.
    }
  }
}
