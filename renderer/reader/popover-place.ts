/**
 * Where a highlight's popover goes: under the mark it belongs to, kept
 * inside the text column. Shared by the popover and the chooser of
 * overlapping highlights, so switching from one to the other does not move.
 */
import { useEffect, useRef, type RefObject } from 'react';
/** As wide as the CSS makes it (.hl-popover): room for the French and Spanish action labels on one row. */
const WIDTH_REM = 28;

export interface PopoverPlace {
  top: number;
  left: number;
}

export function placeUnder(root: HTMLElement, mark: Element): PopoverPlace {
  const r = mark.getBoundingClientRect();
  const host = root.getBoundingClientRect();
  const width = Math.min(WIDTH_REM * parseFloat(getComputedStyle(document.documentElement).fontSize), host.width);
  return { left: Math.max(0, Math.min(r.left - host.left, host.width - width)), top: r.bottom - host.top + 6 };
}

/** The mark a popover is anchored to: the one it was opened from while it is still painted, else the highlight's first. */
export function anchorMark(root: Element | null, id: string, origin: Element | null): HTMLElement | null {
  if (origin?.isConnected && root?.contains(origin) && (origin.getAttribute('data-annotation-ids') ?? '').split(' ').includes(id)) return origin as HTMLElement;
  return root?.querySelector<HTMLElement>(`mark.hl[data-annotation-ids~="${CSS.escape(id)}"]`) ?? null;
}

/** The highlight's stop in the Tab order (its first mark shown as its own), else its first mark. */
export function focusMark(root: Element | null, id: string): HTMLElement | null {
  const esc = CSS.escape(id);
  return root?.querySelector<HTMLElement>(`mark.hl[tabindex="0"][data-annotation-id="${esc}"]`) ?? root?.querySelector<HTMLElement>(`mark.hl[data-annotation-ids~="${esc}"]`) ?? null;
}

/**
 * A press outside the box closes it; a press on a highlight does not, since
 * that opens its own popover or chooser.
 */
export function useCloseOnOutsidePress(boxRef: RefObject<HTMLElement | null>, onClose: (returnFocus: boolean) => void): void {
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element | null;
      if (boxRef.current?.contains(target) || target?.closest?.('mark.hl')) return;
      onCloseRef.current(false);
    };
    window.addEventListener('pointerdown', onDown);
    return () => window.removeEventListener('pointerdown', onDown);
  }, [boxRef]);
}
