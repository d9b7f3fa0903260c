/**
 * What the tab strip, the keyboard and the palette do with tabs. Switching
 * goes through the address (#/doc/<id>) like every other view change; the
 * place the tab was left at is handed to `takeRestore`, which App applies once
 * the reader is on screen.
 */
import { hrefCompare, hrefDoc, navigate } from '../router';
import { tabStore } from './tabs';

let pending: { docId: string; y: number } | null = null;

/** The scroll offset to restore for `docId`, once (null if the switch was not a tab switch). */
export function takeRestore(docId: string): number | null {
  if (pending?.docId !== docId) return null;
  const y = pending.y;
  pending = null;
  return y;
}

export function showTab(docId: string): void {
  pending = { docId, y: tabStore.scrollOf(docId) };
  navigate(hrefDoc(docId));
}

/** Ctrl+Tab / Ctrl+Shift+Tab: the next or previous tab after the one shown (or last shown). */
export function cycleTab(delta: 1 | -1, shownDocId: string | null): boolean {
  const next = tabStore.neighbour(shownDocId ?? tabStore.active, shownDocId ? delta : 0);
  if (!next || (next === shownDocId && tabStore.tabs.length === 1)) return false;
  showTab(next);
  return true;
}

/** Closes a tab; when it is the one shown, shows its neighbour, or the library after the last one. */
export function closeTab(docId: string, shownDocId: string | null): void {
  const next = tabStore.close(docId);
  if (docId !== shownDocId) return;
  if (next) showTab(next);
  else navigate('#/');
}

/** Opens the compare view on the two most recently shown tabs, the current one on the left. */
export function compareTabs(): boolean {
  const two = tabStore.lastTwo();
  if (!two) return false;
  navigate(hrefCompare(two[0], two[1]));
  return true;
}

/**
 * Puts the window back at `y` once the reader is on screen and tall enough,
 * and once more a moment later (the reader's own "reading position" restore
 * answers asynchronously and lands on the start of the same paragraph);
 * never against the delegate, who may already be scrolling.
 */
export function restoreScroll(y: number): void {
  let user = false;
  const mark = () => (user = true);
  const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'];
  events.forEach((e) => window.addEventListener(e, mark, { capture: true, passive: true }));
  const done = () => events.forEach((e) => window.removeEventListener(e, mark, { capture: true }));
  const apply = () => !user && window.scrollTo(0, y);
  const t0 = performance.now();
  const tick = () => {
    if (user) return done();
    const ready = document.querySelector('.reader[data-ready="true"]') && document.documentElement.scrollHeight >= y + window.innerHeight - 1;
    if (ready) {
      apply();
      setTimeout(() => (apply(), done()), 400);
    } else if (performance.now() - t0 < 3000) requestAnimationFrame(tick);
    else done();
  };
  // A kept reader (ReaderDeck.tsx) is ready at once: put it back before the frame is shown.
  tick();
}
