/**
 * The readers of open tabs, kept mounted so that switching tabs is showing
 * one and hiding another, not loading, rendering and painting a document
 * again. Up to MAX_KEPT readers (deck.ts) are kept, the most recently shown; the
 * others are dropped and render afresh when shown.
 *
 * A hidden reader is rendered into a container that is taken out of the
 * page (a React portal into a detached element): its state, its painted
 * highlights and its DOM stay, but it is not in the document, so it adds no
 * duplicate ids (`para-23` in two documents), no landmarks and nothing to
 * the accessibility tree, and `document.getElementById` finds only the
 * reader shown. Its window-wide listeners are off (view-active.ts).
 */
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Reader } from '../reader/Reader';
import type { Route } from '../router';
import { nextDeck, type Deck } from './deck';
import { useTabs } from './tabs';
import { createGate, ViewActive, type OwnedGate } from './view-active';

export function ReaderDeck({ route }: { route: Route }) {
  const tabs = useTabs();
  const [deck, setDeck] = useState<Deck>({ order: [], routes: {} });
  const open = tabs.tabs.map((t) => t.docId);
  const next = nextDeck(deck, route, open);
  if (next !== deck) setDeck(next);
  // The slot as state: a ref is set only after the children's layout effects, too late for theirs.
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const shown = route.view === 'doc' ? route.docId : null;
  // The readers are rendered in a stable order (by id), so that a switch never moves a mounted one.
  const ids = [...next.order].sort();
  return (
    <div className="reader-deck" ref={setSlot}>
      {slot &&
        ids.map((id) => (
          <Kept key={id} slot={slot} active={id === shown} route={next.routes[id]!}>
            <Reader route={next.routes[id]!} />
          </Kept>
        ))}
    </div>
  );
}

function Kept({ slot, active, route, children }: { slot: HTMLElement; active: boolean; route: Route; children: ReactNode }) {
  const [container] = useState(() => {
    const el = document.createElement('div');
    el.className = 'reader-slot';
    return el;
  });
  // Shown or hidden reaches the reader through this gate only: the reader (memoised) is not re-rendered by it.
  const [gate] = useState(() => createGate(active));
  return (
    <>
      {/* Before the portal: its layout effect runs before the reader's, so the reader is in the page when its own run. */}
      <Attach container={container} slot={slot} active={active} gate={gate} route={route} />
      <ViewActive.Provider value={gate}>{createPortal(children, container)}</ViewActive.Provider>
    </>
  );
}

/** Where a hidden reader was: the passage at the top of the window and how far its top was from the window's. */
interface Place {
  blockId: string;
  top: number;
}

/** The first passage below the sticky header and tab strip, in `root`. */
function placeIn(root: HTMLElement): Place | null {
  const line = document.querySelector('.tabstrip')?.getBoundingClientRect().bottom ?? 0;
  for (const el of root.querySelectorAll<HTMLElement>('.doc-body [data-block-id]')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > line) return { blockId: el.dataset.blockId!, top: r.top };
  }
  return null;
}

/**
 * Puts the container in the page while active, and takes it out when not.
 * The place is kept as a passage, not as a scroll offset: the window may
 * have been resized meanwhile, which moves every offset. A reader shown
 * again with a new route (a link to one of its passages) goes where the
 * link says instead: the reader's own jump runs, and the old place is not
 * put back over it.
 */
function Attach({ container, slot: parent, active, gate, route }: { container: HTMLElement; slot: HTMLElement; active: boolean; gate: OwnedGate; route: Route }) {
  const [place] = useState<{ at: Place | null; route: Route | null; latest: Route }>(() => ({ at: null, route: null, latest: route }));
  // The route the reader has now (a link followed while it is shown changes it), read when it is hidden.
  useLayoutEffect(() => {
    place.latest = route;
  });
  useLayoutEffect(() => {
    // Hiding first takes the listeners off (and the popover away) while the reader is still in the page; showing tells them once it is back.
    if (!active) return gate.set(false);
    parent.appendChild(container);
    const at = place.route === route ? place.at : null;
    const el = at && container.querySelector<HTMLElement>(`.doc-body [data-block-id="${CSS.escape(at.blockId)}"]`);
    let frame = 0;
    if (at && el) {
      // The box first: measuring lays the page out, which may clamp the window's scroll offset.
      const put = () => {
        const off = el.getBoundingClientRect().top - at.top;
        if (Math.abs(off) > 1) window.scrollTo(0, window.scrollY + off);
      };
      put();
      // Once more after the frame, and the next: a layout that settles late (fonts, the panel) may still move it.
      frame = requestAnimationFrame(() => (put(), (frame = requestAnimationFrame(put))));
    }
    gate.set(true);
    return () => {
      cancelAnimationFrame(frame);
      place.at = placeIn(container);
      place.route = place.latest;
      if (container.parentNode === parent) parent.removeChild(container);
    };
    // `route` is read when the reader is shown, not followed: a new route while it is shown is the reader's own business.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, container, parent, place, gate]);
  return null;
}
