/**
 * Scrolls an element of the reader into view and keeps it there while the
 * page settles. Passages far from the screen are not laid out
 * (content-visibility, styles.css) and count at an estimated height until
 * they come near it; a jump lays out the passages around its target, which
 * moves the target after the scroll, sometimes over several frames. So the
 * element is put back each frame until it has not moved for three frames
 * (at most about half a second); the delegate's own scrolling, a key, a
 * click, or any other scroll of the window (another jump, a script) ends it,
 * but not the browser's own scroll anchoring while the passages settle.
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
  const end = () => {
    cancelAnimationFrame(frame);
    for (const type of USER_EVENTS) window.removeEventListener(type, end, true);
    if (stop === end) stop = null;
  };
  const tick = () => {
    if (!el.isConnected || ++frames > MAX_FRAMES) return end();
    const now = el.getBoundingClientRect().top;
    // The window scrolled and the target moved on screen by just as much, the other way: another
    // scroll (a script, another jump) took the page elsewhere. The browser's scroll anchoring,
    // which shifts the window when passages above are laid out, does not: keep settling then.
    const scrolled = window.scrollY - y;
    if (Math.abs(scrolled) > 1 && Math.abs(now - top + scrolled) <= 1) return end();
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
