/**
 * Marks every match in the open document, either of the search the reader
 * came from or of find-in-document (Ctrl+F / Cmd+F), and moves between them
 * with "3 of 17", next/previous, Enter and F3 / Shift+F3.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { StructuredDocument } from '../../common/model';
import { findInText } from '../../common/search/fold';
import { useAppState } from '../app/state';
import { wrapTextRanges } from './text-ranges';
import { useKeydown, useMenuAction } from '../app/useWindowEvent';
import { scrollIntoViewSettled } from './scroll-settle';

/**
 * The search's own matcher (its analyzers and the French stemmer, lunr's) is
 * loaded when a search is shown, not with the reader: a document opened
 * without one never needs it. Loaded again it is the same module.
 */
export const loadSearchMatcher = () => import('../../common/search/highlight');

export function MatchBar({ doc, rootRef }: { doc: StructuredDocument; rootRef: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const { activeSearch, setActiveSearch, announce } = useAppState();
  const [findOpen, setFindOpen] = useState(false);
  const [needle, setNeedle] = useState('');
  const [marks, setMarks] = useState<HTMLElement[]>([]);
  const [current, setCurrent] = useState(0);
  const findRef = useRef<HTMLInputElement>(null);

  const mode: 'find' | 'search' | null = findOpen ? 'find' : activeSearch ? 'search' : null;

  // Paint the marks; the effect's cleanup removes them.
  useEffect(() => {
    const root = rootRef.current;
    if (!root || !mode) {
      setMarks([]);
      return;
    }
    const removers: (() => void)[] = [];
    let gone = false;
    // The blocks, then the footnotes (search finds words in either).
    const passages = [
      ...doc.blocks.map((b) => ({ text: b.text, selector: `[data-block-id="${CSS.escape(b.id)}"] .block-text` })),
      ...doc.footnotes.map((f) => ({ text: f.text, selector: `[data-footnote-id="${CSS.escape(f.id)}"] .fn-text` })),
    ];
    const paint = (rangesOf: (text: string) => Array<[number, number]>) => {
      const all: HTMLElement[] = [];
      for (const block of passages) {
        const ranges = rangesOf(block.text);
        if (!ranges.length) continue;
        const textEl = root.querySelector(block.selector);
        if (!textEl) continue;
        const { elements, remove } = wrapTextRanges(textEl, ranges, () => {
          const m = document.createElement('mark');
          m.className = 'match';
          return m;
        });
        removers.push(remove);
        for (const group of elements) if (group[0]) all.push(group[0]);
      }
      setMarks(all);
      setCurrent(0);
    };
    if (mode === 'find') paint((text) => (needle.trim() ? findInText(text, needle) : []));
    else {
      const result = activeSearch!.result;
      void loadSearchMatcher().then(({ findMatches }) => {
        if (!gone) paint((text) => findMatches(text, result, doc.language));
      });
    }
    return () => {
      gone = true;
      removers.forEach((r) => r());
    };
  }, [doc, mode, needle, activeSearch, rootRef]);

  // The search's own hit is the passage in view: start counting from there.
  useEffect(() => {
    if (mode !== 'search' || marks.length === 0) return;
    const target = rootRef.current?.querySelector('.target');
    const idx = target ? marks.findIndex((m) => target.contains(m)) : -1;
    if (idx >= 0) setCurrent(idx);
  }, [marks, mode, rootRef]);

  useEffect(() => {
    marks.forEach((m, i) => m.classList.toggle('current', i === current));
  }, [marks, current]);

  const go = (delta: number) => {
    if (!marks.length) return;
    const next = (current + delta + marks.length) % marks.length;
    setCurrent(next);
    const mark = marks[next];
    if (mark) scrollIntoViewSettled(mark, 'center');
    announce(t('find.position', { current: next + 1, total: marks.length }));
  };

  const openFind = () => {
    setFindOpen(true);
    setTimeout(() => findRef.current?.select(), 0);
  };
  useKeydown((e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      openFind();
    } else if (e.key === 'F3') {
      e.preventDefault();
      go(e.shiftKey ? -1 : 1);
    }
  });
  // The desktop menu's Find item arrives as a DOM event (the menu takes the accelerator).
  useMenuAction((action) => {
    if (action === 'find') openFind();
  });

  if (!mode) return null;
  const close = () => {
    if (mode === 'find') setFindOpen(false);
    else setActiveSearch(null);
  };
  return (
    <div className="match-bar" role="search" aria-label={mode === 'find' ? t('find.label') : t('find.searchMarks')}>
      {mode === 'find' ? (
        <input
          ref={findRef}
          type="text"
          aria-label={t('find.label')}
          placeholder={t('find.placeholder')}
          value={needle}
          autoFocus
          onChange={(e) => setNeedle(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') go(e.shiftKey ? -1 : 1);
            if (e.key === 'Escape') close();
          }}
        />
      ) : (
        <span className="match-query">« {activeSearch!.query} »</span>
      )}
      <span className="match-count" aria-live="polite">
        {marks.length ? t('find.position', { current: current + 1, total: marks.length }) : t('find.none')}
      </span>
      <button type="button" onClick={() => go(-1)} disabled={!marks.length} aria-label={t('find.previous')}>
        ↑
      </button>
      <button type="button" onClick={() => go(1)} disabled={!marks.length} aria-label={t('find.next')}>
        ↓
      </button>
      <button type="button" onClick={close} aria-label={t('find.close')}>
        ×
      </button>
    </div>
  );
}
