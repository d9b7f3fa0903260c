/**
 * The renderer's view of annotations: one small store shared by the reader's
 * panel, the notebook and the compare view, with an undo stack (Ctrl+Z /
 * Cmd+Z) and a truthful "Saved" status (set only when the backend has
 * acknowledged the write to disk).
 */
import { useSyncExternalStore } from 'react';
import type { AnnotationPatch, NewAnnotation } from '../../common/contract';
import type { Annotation } from '../../common/model';
import { call } from '../api';

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: number } | { state: 'error'; message: string };

type Undo = { label: string; run: () => Promise<void> };

class AnnotationStore {
  private all = new Map<string, Annotation>();
  private loaded = false;
  /** Changes made here before the full list arrived: they win over it (it may predate them). */
  private early = new Map<string, Annotation>();
  private listeners = new Set<() => void>();
  private undoStack: Undo[] = [];
  status: SaveStatus = { state: 'idle' };
  version = 0;
  /** `list()` results, valid while `listsVersion === version`. */
  private lists = new Map<string, Annotation[]>();
  private listsVersion = -1;

  subscribe = (fn: () => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };

  private emit() {
    this.version += 1;
    this.listeners.forEach((l) => l());
  }

  async load(force = false): Promise<void> {
    if (this.loaded && !force) return;
    const list = await call('listAnnotations', undefined);
    this.all = new Map(list.map((a) => [a.id, a]));
    for (const [id, a] of this.early) this.all.set(id, a);
    this.early.clear();
    this.lists.clear();
    this.loaded = true;
    this.emit();
  }

  /**
   * Cold start: the annotations of the blocks on the first screen of a
   * document, so the reader paints them before the full list (5 MB for
   * 10,000 notes) has been fetched and parsed. A no-op once that list is in.
   */
  async prime(docId: string, blockIds: string[]): Promise<void> {
    if (this.loaded || blockIds.length === 0) return;
    const list = await call('listAnnotationsIn', docId, blockIds);
    if (this.loaded) return;
    for (const a of list) if (!this.early.has(a.id)) this.all.set(a.id, a);
    this.lists.clear();
    this.emit();
  }

  /**
   * The live annotations, of one document or all. The same array is returned
   * until something changes, so views can memoize on it (a document with
   * thousands of notes is not re-filtered at every render).
   */
  list(docId?: string): Annotation[] {
    if (this.listsVersion !== this.version) {
      this.lists.clear();
      this.listsVersion = this.version;
    }
    const key = docId ?? '';
    let out = this.lists.get(key);
    if (!out) {
      const live = [...this.all.values()].filter((a) => !a.deleted);
      out = docId ? live.filter((a) => a.docId === docId) : live;
      this.lists.set(key, out);
    }
    return out;
  }

  tags(): string[] {
    return [...new Set(this.list().flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  /** How many steps can be undone (a toast's Undo is offered while this is unchanged). */
  undoDepth(): number {
    return this.undoStack.length;
  }

  private async save<T>(work: () => Promise<T>): Promise<T> {
    this.status = { state: 'saving' };
    this.emit();
    try {
      const value = await work();
      this.status = { state: 'saved', at: Date.now() };
      this.emit();
      return value;
    } catch (e) {
      this.status = { state: 'error', message: (e as Error).message };
      this.emit();
      throw e;
    }
  }

  private put(a: Annotation) {
    this.all.set(a.id, a);
    if (!this.loaded) this.early.set(a.id, a);
    this.lists.clear();
  }

  async create(input: NewAnnotation): Promise<Annotation> {
    const a = await this.save(() => call('createAnnotation', input));
    this.put(a);
    this.undoStack.push({ label: 'create', run: () => this.remove(a.id, false) });
    this.emit();
    return a;
  }

  async update(id: string, patch: AnnotationPatch, recordUndo = true): Promise<Annotation> {
    const before = this.all.get(id);
    const a = await this.save(() => call('updateAnnotation', id, patch));
    this.put(a);
    if (recordUndo && before) {
      const back: AnnotationPatch = {};
      if (patch.color !== undefined) back.color = before.color;
      if (patch.note !== undefined) back.note = before.note;
      if (patch.tags !== undefined) back.tags = before.tags;
      this.undoStack.push({ label: 'update', run: async () => void (await this.update(id, back, false)) });
    }
    this.emit();
    return a;
  }

  async remove(id: string, recordUndo = true): Promise<void> {
    const a = await this.save(() => call('deleteAnnotation', id));
    this.put(a);
    if (recordUndo) this.undoStack.push({ label: 'delete', run: () => this.restore(id, false) });
    this.emit();
  }

  async restore(id: string, recordUndo = true): Promise<void> {
    const a = await this.save(() => call('restoreAnnotation', id));
    this.put(a);
    if (recordUndo) this.undoStack.push({ label: 'restore', run: () => this.remove(id, false) });
    this.emit();
  }

  /** Registers an undo step for work done elsewhere (e.g. a whole import). */
  pushUndo(label: string, run: () => Promise<void>) {
    this.undoStack.push({ label, run });
    this.emit();
  }

  async undo(): Promise<string | null> {
    const step = this.undoStack.pop();
    if (!step) return null;
    await step.run();
    this.emit();
    return step.label;
  }
}

export const annotationStore = new AnnotationStore();

/** Re-renders the caller whenever annotations or the save status change. */
export function useAnnotationStore(): AnnotationStore {
  useSyncExternalStore(annotationStore.subscribe, () => annotationStore.version);
  return annotationStore;
}
