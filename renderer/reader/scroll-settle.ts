/**
 * Scrolls an element of the reader into view and keeps it there while the
 * page settles. Passages far from the screen are not laid out
 * (content-visibility, styles.css) and count at an estimated height until
 * they come near it; a jump lays out the passages around its target, which
 * moves the target after the scroll, sometimes over several frames. So the
 * element is put back each frame until it has not moved for three frames
 * (at most about half a second); the delegate's own scrolling, a key, a
 * click, or any other scroll of the window (another jump, a script) ends it.
 */
const MAX_FRAMES = 30;
const STABLE_FRAMES = 3;

let stop: (() => void) | null = null;

export function scrollIntoViewSettled(el: Element, block: ScrollLogicalPosition): void {
  stop?.();
  el.scrollIntoView({ block });
  let top = el.getBoundingClientRect().top;
  let y = window.scrollY;
  let frames = 0;
  let stable = 0;
  let frame = 0;
  // While settling, this loop keeps the target in place, and only a scroll it did not make may move
  // the window: the browser's scroll anchoring, which shifts the window as passages above are laid
  // out, is off meanwhile (it moved the window by a few hundred pixels, which read as another scroll
  // and ended the settling with the target out of place).
  const root = document.documentElement;
  const anchoring = root.style.overflowAnchor;
  root.style.overflowAnchor = 'none';
  const end = () => {
    root.style.overflowAnchor = anchoring;
    cancelAnimationFrame(frame);
    for (const type of USER_EVENTS) window.removeEventListener(type, end, true);
    if (stop === end) stop = null;
  };
  const tick = () => {
    if (!el.isConnected || ++frames > MAX_FRAMES || Math.abs(window.scrollY - y) > 1) return end();
    const now = el.getBoundingClientRect().top;
    if (Math.abs(now - top) > 1) {
      el.scrollIntoView({ block });
      top = el.getBoundingClientRect().top;
      y = window.scrollY;
      stable = 0;
    } else if (++stable >= STABLE_FRAMES) return end();
    frame = requestAnimationFrame(tick);
  };
  for (const type of USER_EVENTS) window.addEventListener(type, end, { capture: true, passive: true });
  stop = end;
  frame = requestAnimationFrame(tick);
}

const USER_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
