/**
 * Where the reader is in a document: the reading position (saved as the
 * reader scrolls, restored on open) and bookmarks on paragraphs.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { Bookmark, StructuredDocument } from '../../common/model';
import { call } from '../api';
import { useWhileShown } from '../app/view-active';
import { scrollIntoViewSettled } from './scroll-settle';

const SAVE_POSITION_MS = 600;

/** The first block whose top is inside the viewport (below the sticky header and the tab strip under it). */
function blockInView(root: HTMLElement): string | null {
  const headerBottom = Math.max(70, document.querySelector('.tabstrip')?.getBoundingClientRect().bottom ?? 0);
  for (const el of root.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const r = el.getBoundingClientRect();
    if (r.bottom > headerBottom) return el.dataset.blockId ?? null;
  }
  return null;
}

export function useReadingPosition(docId: string, rootRef: RefObject<HTMLElement | null>, doc: StructuredDocument | null, hasTarget: boolean) {
  useEffect(() => {
    if (!doc || hasTarget) return;
    let live = true;
    void call('getReadingPosition', docId).then((blockId) => {
      if (!live || !blockId) return;
      const el = rootRef.current?.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
      if (el) scrollIntoViewSettled(el, 'start');
    });
    return () => {
      live = false;
    };
  }, [docId, doc, hasTarget, rootRef]);

  // A hidden tab's reader does not save a place: the scrolling is another document's.
  useWhileShown(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last: string | null = null;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const root = rootRef.current;
        const id = root && blockInView(root);
        if (id && id !== last) {
          last = id;
          void call('setReadingPosition', docId, id).catch(() => {});
        }
      }, SAVE_POSITION_MS);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [docId, doc, rootRef]);
}

/**
 * Bookmarks: the toggle buttons are part of the static document markup; this
 * hook keeps their pressed state in step and handles their clicks.
 */
export function useBookmarks(docId: string, rootRef: RefObject<HTMLElement | null>, doc: StructuredDocument | null): Bookmark[] {
  const [bookmarks, setBookmarks] = useState<Bookmark[]>([]);

  useEffect(() => {
    let live = true;
    void call('listBookmarks', docId).then((b) => live && setBookmarks(b));
    return () => {
      live = false;
    };
  }, [docId]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root || !doc) return;
    const marked = new Set(bookmarks.map((b) => b.blockId));
    for (const btn of root.querySelectorAll<HTMLButtonElement>('button[data-bookmark]')) {
      const on = marked.has(btn.dataset.bookmark!);
      btn.setAttribute('aria-pressed', String(on));
      btn.closest('[data-block-id]')?.classList.toggle('bookmarked', on);
    }
    const onClick = (e: MouseEvent) => {
      const btn = (e.target as Element).closest<HTMLButtonElement>('button[data-bookmark]');
      if (!btn) return;
      e.preventDefault();
      const blockId = btn.dataset.bookmark!;
      void call('setBookmark', docId, blockId, !marked.has(blockId)).then(setBookmarks);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [bookmarks, doc, docId, rootRef]);

  const order = new Map(doc?.blocks.map((b, i) => [b.id, i]));
  return [...bookmarks].sort((a, b) => (order.get(a.blockId) ?? 0) - (order.get(b.blockId) ?? 0));
}
