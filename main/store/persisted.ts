/**
 * A small whole-file value (settings, bookmarks, reading positions): kept in
 * memory, written through conf on every change before the change is
 * accepted, backed up on open and every `backupEvery` changes.
 */
import type { FileSpec } from './schemas';
import { ConfFile, openFile, rotateBackup, type StoreContext } from './files';

export class PersistedValue<T> {
  #value: T;
  #file: ConfFile<T>;
  #changes = 0;

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
    if (opened.needsWrite) file.#file.write(opened.value);
    rotateBackup(ctx, name);
    return file;
  }

  get value(): T {
    return this.#value;
  }

  /** Writes `next`; the in-memory value changes only once it is on disk. */
  set(next: T): void {
    this.#file.write(next);
    this.#value = next;
    if (++this.#changes % this.backupEvery === 0) rotateBackup(this.ctx, this.name);
  }
}
