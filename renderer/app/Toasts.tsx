/**
 * Visible feedback for what the delegate just did (highlighted, note saved,
 * deleted, copied, imported, undone): one toast at a time at the bottom of
 * the window, which is also a polite live region, so a screen reader hears
 * the same words. A toast for a change that can be undone carries an Undo
 * button; it undoes exactly that change, so the button is only offered while
 * that change is still the newest step on the undo stack.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { annotationStore } from '../annotations/store';

/** How long a toast stays, in ms; it stays while the pointer or the focus is on it. */
export const TOAST_MS = 6000;

interface Toast {
  id: number;
  message: string;
  /** The undo stack's depth right after the change: Undo is offered while it is unchanged. */
  undoDepth: number | null;
}

let current: Toast | null = null;
let seq = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/**
 * Shows `message`; with `undoable`, the change just recorded on the
 * annotation store's undo stack can be undone from the toast.
 */
export function toast(message: string, opts: { undoable?: boolean } = {}): void {
  seq += 1;
  current = { id: seq, message, undoDepth: opts.undoable ? annotationStore.undoDepth() : null };
  emit();
}

export function dismissToast(): void {
  current = null;
  emit();
}

const subscribe = (fn: () => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};

/** Undoes the newest change and says so (Ctrl+Z and the toast's button). */
export async function undoLast(t: (key: string) => string): Promise<void> {
  try {
    const done = await annotationStore.undo();
    toast(done ? t('annotations.undone') : t('annotations.nothingToUndo'));
  } catch (e) {
    toast((e as Error).message);
  }
}

export function Toasts() {
  const { t } = useTranslation();
  const shown = useSyncExternalStore(subscribe, () => current);
  const boxRef = useRef<HTMLDivElement>(null);
  // Re-render when the undo stack changes, so a stale Undo disappears.
  useSyncExternalStore(annotationStore.subscribe, () => annotationStore.version);

  useEffect(() => {
    if (!shown) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const box = boxRef.current;
        // Never pulled from under the pointer or the keyboard focus.
        if (box && (box.matches(':hover') || box.contains(document.activeElement))) arm();
        else if (current?.id === shown.id) dismissToast();
      }, TOAST_MS);
    };
    arm();
    return () => clearTimeout(timer);
  }, [shown]);

  const canUndo = shown?.undoDepth != null && shown.undoDepth === annotationStore.undoDepth();
  return (
    <div className="toasts" ref={boxRef}>
      <div role="status" aria-live="polite">
      {shown && (
        <div className="toast" key={shown.id}>
          <span className="toast-text">{shown.message}</span>
          {canUndo && (
            <button type="button" className="toast-undo" onClick={() => void undoLast(t)}>
              {t('reading.undo')}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={t('reading.dismiss')} onClick={dismissToast}>
            ×
          </button>
        </div>
      )}
      </div>
    </div>
  );
}
