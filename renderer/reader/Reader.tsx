/**
 * The reader: title header, table of contents, the document body with its
 * highlights, the match bar (search marks and find), the selection toolbar
 * and the annotations panel. Each document reopens where it was left.
 */
import { memo, startTransition, Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../common/model';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { useAnnotationStore } from '../annotations/store';
import { useAppState } from '../app/state';
import { request } from '../app/requests';
import { firstScreenPainted } from '../app/coldStart';
import { ExportDialog, RelatedPassages } from '../app/lazy-views';
import { CitedBy } from '../search/CitedBy';
import { useDocument } from '../docs';
import { defaultPartner, hrefCompare, type Route } from '../router';
import { DocHeader } from './DocHeader';
import { DocumentBody, paraDomId } from './DocumentBody';
import { HighlightChooser } from './HighlightChooser';
import { HighlightPopover } from './HighlightPopover';
import { focusMark } from './popover-place';
import { MatchBar } from './MatchBar';
import { QuickJumps } from './QuickJumps';
import { SelectionToolbar } from './SelectionToolbar';
import { Toc } from './Toc';
import { toggleContents, useContentsShown } from './contents';
import { typingOrModal, useKeydown, useMenuAction } from '../app/useWindowEvent';
import { useViewActive } from '../app/view-active';
import { useBookmarks, useReadingPosition } from './usePlace';
import { useHighlights } from './useHighlights';
import { scrollIntoViewSettled } from './scroll-settle';

type DocRoute = Extract<Route, { view: 'doc' }>;

/**
 * The highlights under the spot a popover was opened from (innermost first),
 * the one open in it (null: the list to choose from, when they are several),
 * the mark it was opened from, and the one last open (focused again in the list).
 */
interface PopoverState {
  ids: string[];
  chosen: string | null;
  origin: HTMLElement | null;
  last?: string | null;
  /** Counts openings, so that a new one is a new element (placed and focused afresh). */
  seq: number;
}

/** Renders its children only while the view is shown: a hidden tab's reader keeps its popover closed. */
function OnlyShown({ children }: { children: ReactNode }) {
  return useViewActive() ? children : null;
}

/** The full annotation list waits for the first screen (app/coldStart.ts): tells it once this frame is shown. */
function FirstScreen() {
  const active = useViewActive();
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(firstScreenPainted)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [active]);
  return null;
}

/**
 * Memoised, and told whether its tab is shown only through the view's gate
 * (app/view-active.ts): showing a kept reader (app/ReaderDeck.tsx) re-renders
 * only the few small parts that depend on it, not the document or its panel.
 */
export const Reader = memo(function Reader({ route }: { route: DocRoute }) {
  const { t } = useTranslation();
  const { settings, catalog } = useAppState();
  const { doc, error: loadError } = useDocument(route.docId);
  const [error, setError] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [relatedFor, setRelatedFor] = useState<string | null>(null);
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const opened = useRef(0);
  const bodyRef = useRef<HTMLElement>(null);
  const tocShown = useContentsShown();
  // Ctrl+B / Cmd+B and the View menu show or hide the contents.
  useKeydown((e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'b' || typingOrModal(e)) return;
    e.preventDefault();
    toggleContents();
  });
  useMenuAction((action) => {
    if (action === 'toggle-contents') toggleContents();
  });
  const store = useAnnotationStore();
  const annotations = store.list(route.docId);
  const byId = useMemo(() => new Map(annotations.map((a) => [a.id, a])), [annotations]);
  // The passage a link opens at, so its highlights are painted before the first frame.
  const focusBlockId = route.blockId ?? (route.para && doc ? (doc.blocks.find((b) => b.number === route.para)?.id ?? null) : null);
  const { placed, unplaced, paintAll } = useHighlights(bodyRef, doc, annotations, settings.legend, focusBlockId);
  const bookmarks = useBookmarks(route.docId, bodyRef, doc);
  const hasTarget = Boolean(route.para || route.blockId);
  useReadingPosition(route.docId, bodyRef, doc, hasTarget);

  const scrollToBlock = useCallback((blockId: string) => {
    const el = bodyRef.current?.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
    if (el) scrollIntoViewSettled(el, 'center');
  }, []);

  useEffect(() => {
    const root = bodyRef.current;
    if (!root || !doc || !hasTarget) return;
    let el: HTMLElement | null = null;
    if (route.para) el = root.querySelector(`#${CSS.escape(paraDomId(route.para))}`);
    else if (route.blockId) {
      // A footnote found by search is routed by its passage id, which is its element id ("fn-<id>").
      el = root.querySelector(`[data-block-id="${CSS.escape(route.blockId)}"]`) ?? root.querySelector(`[data-footnote-id]#${CSS.escape(route.blockId)}`);
    }
    root.querySelectorAll('.target').forEach((n) => n.classList.remove('target'));
    if (el) {
      el.classList.add('target');
      // Its number and first line just under the header (the blocks' scroll-margin-top), not centred.
      scrollIntoViewSettled(el, 'start');
      setError(null);
    } else setError(t('reader.noSuchPassage', { target: route.para ?? route.blockId }));
    // `route` itself: following the same passage link again goes there again.
  }, [doc, route, route.para, route.blockId, hasTarget, t]);

  const openAnnotation = (a: Annotation) => {
    setActiveId(a.id);
    const selector = `mark.hl[data-annotation-ids~="${CSS.escape(a.id)}"]`;
    let mark = bodyRef.current?.querySelector(selector);
    if (!mark) {
      // Its block may not be painted yet (just after opening a heavily annotated document).
      paintAll();
      mark = bodyRef.current?.querySelector(selector);
    }
    if (mark) scrollIntoViewSettled(mark, 'center');
    else scrollToBlock(a.blockId);
  };

  const onClick = (e: React.MouseEvent) => {
    const target = e.target as Element;
    // A cited symbol that is not in the library: search the library for it.
    const symbol = target.closest<HTMLElement>('a[data-symbol]');
    if (symbol) {
      e.preventDefault();
      request('plenary:search', symbol.dataset.symbol ?? '');
      return;
    }
    // In-document links (footnotes and back-links) must not change the route.
    const a = target.closest('a');
    const href = a?.getAttribute('href');
    if (a && href && href.startsWith('#') && !href.startsWith('#/')) {
      e.preventDefault();
      const dest = bodyRef.current?.querySelector<HTMLElement>(`#${CSS.escape(href.slice(1))}`);
      if (dest) scrollIntoViewSettled(dest, 'center');
      (dest?.querySelector('a') ?? dest)?.focus?.();
      return;
    }
    const rel = target.closest<HTMLElement>('button[data-related]');
    if (rel) {
      setRelatedFor(rel.dataset.related ?? null);
      return;
    }
    // Clicking a highlight (without selecting text) opens its popover, and its card in the panel.
    const mark = target.closest<HTMLElement>('mark.hl[data-annotation-id]');
    if (mark && window.getSelection()?.isCollapsed) openPopover(mark);
  };

  /** Opens the popover of the highlight under `mark`, or the list to choose from when several overlap there. */
  const openPopover = (mark: HTMLElement) => {
    const shown = mark.dataset.annotationId ?? '';
    // Innermost first (a mark lists them outermost first), the one painted on top leading. No lookup here: a click must be answered at once.
    const under = (mark.dataset.annotationIds ?? shown).split(' ').filter(Boolean).reverse();
    const ids = under.includes(shown) ? [shown, ...under.filter((id) => id !== shown)] : under;
    if (!ids.length) return;
    setPopover({ ids, chosen: ids.length === 1 ? ids[0]! : null, origin: mark, seq: ++opened.current });
    // The panel follows (its card marked and scrolled to) once the popover is on screen: it must not delay it.
    startTransition(() => setActiveId(shown));
  };

  const choose = (id: string) => {
    setPopover((p) => (p ? { ...p, chosen: id } : p));
    startTransition(() => setActiveId(id));
  };

  // Enter or Space on a focused highlight opens its popover.
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const mark = (e.target as Element).closest?.<HTMLElement>('mark.hl[data-annotation-id]');
    if (!mark || e.target !== mark) return;
    e.preventDefault();
    openPopover(mark);
  };

  /** Closes it; with `refocus`, the focus goes back to the mark it was opened from (else to the highlight's Tab stop). */
  const closePopover = (refocus: boolean) => {
    const p = popover;
    setPopover(null);
    if (!refocus || !p) return;
    const origin = p.origin?.isConnected && p.origin.tabIndex >= 0 && p.origin.hasAttribute('tabindex') ? p.origin : null;
    const id = p.chosen ?? p.ids[0]!;
    (origin ?? focusMark(bodyRef.current, id))?.focus({ preventScroll: true });
  };

  /** After a delete from the popover: the focus goes to the passage the highlight was in. */
  const afterDelete = (blockId: string) => {
    setPopover(null);
    const block = bodyRef.current?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
    if (!block) return;
    if (!block.hasAttribute('tabindex')) block.tabIndex = -1;
    block.focus({ preventScroll: true });
  };

  // The highlights under the spot that still exist (a mark may outlive its highlight for a frame); one alone opens at once.
  const popoverFound = popover ? popover.ids.map((id) => byId.get(id)).filter((a) => a !== undefined) : [];
  const popoverChosen = popover?.chosen ?? (popoverFound.length === 1 ? popoverFound[0]!.id : null);
  const popoverAnnotation = popoverChosen ? (byId.get(popoverChosen) ?? null) : null;
  const popoverChoices = popover && !popoverChosen ? popoverFound : [];

  const shown = loadError ?? null;
  if (shown) return <p role="alert" className="error page">{shown}</p>;
  if (!doc) return <p className="loading">{t('app.loading')}</p>;
  return (
    <div className={`reader${settings.meetingMode ? ' meeting' : ''} ${tocShown ? 'toc-shown' : 'toc-hidden'}`} data-ready="true">
      {tocShown && <Toc doc={doc} />}
      <article className="doc" ref={bodyRef} onClick={onClick} onKeyDown={onKeyDown} aria-labelledby="doc-title">
        <button
          type="button"
          className="toc-toggle"
          aria-expanded={tocShown}
          aria-controls={tocShown ? 'reader-contents' : undefined}
          title={`${t('reader.toc')} (${navigator.platform.startsWith('Mac') ? '⌘B' : 'Ctrl+B'})`}
          onClick={toggleContents}
        >
          <span aria-hidden="true">☰ </span>
          {t('reader.toc')}
        </button>
        <DocHeader doc={doc} />
        <CitedBy doc={doc} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <MatchBar doc={doc} rootRef={bodyRef} />
        <QuickJumps doc={doc} rootRef={bodyRef} paintAll={paintAll} />
        <SelectionToolbar
          rootRef={bodyRef}
          doc={doc}
          onCreated={(id, openEditor) => {
            setActiveId(id);
            if (openEditor) setEditingId(id);
          }}
        />
        <FirstScreen />
        {popoverAnnotation && (
          <OnlyShown>
            <HighlightPopover
              key={`${popoverAnnotation.id}-${popover?.seq}`}
              doc={doc}
              annotation={popoverAnnotation}
              rootRef={bodyRef}
              origin={popover?.origin}
              overlap={popover && popoverFound.length > 1 ? { count: popoverFound.length, onBack: () => setPopover((p) => (p ? { ...p, chosen: null, last: p.chosen } : p)) } : undefined}
              onClose={closePopover}
              onDeleted={() => afterDelete(popoverAnnotation.blockId)}
            />
          </OnlyShown>
        )}
        {popoverChoices.length > 0 && (
          <OnlyShown>
            <HighlightChooser
              key={`${popover?.seq}-${popover?.last ?? ''}`}
              annotations={popoverChoices}
              rootRef={bodyRef}
              origin={popover?.origin ?? null}
              initial={popover?.last}
              onChoose={choose}
              onClose={closePopover}
            />
          </OnlyShown>
        )}
        <DocumentBody doc={doc} notesLabel={t('reader.notes')} bookmarkLabel={t('annotations.bookmark')} relatedLabel={t('compare.related')} />
      </article>
      <AnnotationsPanel
        doc={doc}
        placed={placed}
        unplaced={unplaced}
        bookmarks={bookmarks}
        activeId={activeId}
        editingId={editingId}
        onEditing={setEditingId}
        onOpen={openAnnotation}
        onOpenBlock={scrollToBlock}
        actions={
          <span className="panel-actions">
            <a className="button-like" href={hrefCompare(doc.id, defaultPartner(doc.id, catalog.map((e) => e.id)))}>
              {t('compare.button')}
            </a>
            <button type="button" onClick={() => setExporting(true)}>
              {t('export.button')}
            </button>
          </span>
        }
      />
      <Suspense fallback={null}>
        {exporting && <ExportDialog docId={doc.id} onClose={() => setExporting(false)} />}
        {relatedFor && <RelatedPassages doc={doc} blockId={relatedFor} onClose={() => setRelatedFor(null)} />}
      </Suspense>
    </div>
  );
});
