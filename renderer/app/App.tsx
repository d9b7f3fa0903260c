import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../annotations/SaveIndicator';
import { OpenedFileImport } from '../exchange/OpenedFileImport';
import { DocumentIntake } from '../library/DocumentIntake';
import { Library } from '../library/Library';
import { CommandPalette } from '../palette/CommandPalette';
import { useRoute } from '../router';
import { SearchBox } from '../search/SearchBox';
import { loadAnnotations } from './coldStart';
import { CompareView, Notebook, Settings, Shortcuts, Trash } from './lazy-views';
import { Notices } from './Notices';
import { ReaderDeck } from './ReaderDeck';
import { Toasts, undoLast } from './Toasts';
import { closeTab, cycleTab, restoreScroll, takeRestore } from './tab-actions';
import { tabStore } from './tabs';
import { TabStrip } from './TabStrip';
import { useKeydown, useMenuAction } from './useWindowEvent';
import { LiveRegion, useAppState } from './state';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { settings, updateSettings } = useAppState();
  const openDocId = route.view === 'doc' ? route.docId : null;

  const [sheet, setSheet] = useState(false);
  // Opened on a document: its first screen's highlights first, then everything (coldStart.ts).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void loadAnnotations(route), []);

  // Each view keeps its own scroll position: back in the library or the
  // notebook, the delegate is where they were; a document starts at the top
  // and the reader then goes to the passage or the reading position.
  const viewKey = route.view === 'doc' ? `doc/${route.docId}` : route.view;
  const scrolls = useRef(new Map<string, number>());
  const shownKey = useRef(viewKey);
  useEffect(() => {
    const onScroll = () => {
      scrolls.current.set(shownKey.current, window.scrollY);
      if (shownKey.current.startsWith('doc/')) tabStore.setScroll(shownKey.current.slice(4), window.scrollY);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  useLayoutEffect(() => {
    if (shownKey.current === viewKey) return;
    shownKey.current = viewKey;
    // A document whose reader was kept (ReaderDeck.tsx) is already back at its place.
    const kept = route.view === 'doc' && document.querySelector('.reader[data-ready="true"]') !== null;
    const back = route.view === 'doc' && !route.para && !route.blockId ? takeRestore(route.docId) : null;
    if (kept) return;
    window.scrollTo(0, route.view === 'doc' || route.view === 'compare' ? 0 : (scrolls.current.get(viewKey) ?? 0));
    // A tab switch puts the document back where it was left (tab-actions.ts).
    if (back) restoreScroll(back);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewKey, route.view]);

  // Every document shown has a tab.
  useEffect(() => {
    if (openDocId) tabStore.show(openDocId);
  }, [openDocId]);

  // Ctrl+Tab / Ctrl+Shift+Tab (and Ctrl+PageDown / PageUp) go to the next / previous tab; Ctrl+W closes the one shown.
  useKeydown((e) => {
    if (!e.ctrlKey || e.altKey || e.metaKey) return;
    // Not while a note is being written: leaving the document would drop what was typed.
    if ((e.target as HTMLElement).closest?.('textarea, [contenteditable="true"]')) return;
    const next = e.key === 'Tab' ? (e.shiftKey ? -1 : 1) : e.key === 'PageDown' ? 1 : e.key === 'PageUp' ? -1 : 0;
    if (next !== 0) {
      if (cycleTab(next, openDocId)) e.preventDefault();
    } else if (e.key.toLowerCase() === 'w' && !e.shiftKey && openDocId) {
      e.preventDefault();
      closeTab(openDocId, openDocId);
    }
  });

  // "?" opens the shortcuts sheet; the desktop app's menu sends the same as a DOM event.
  useKeydown((e) => {
    if (e.key !== '?' || (e.target as HTMLElement).closest('input, textarea, select')) return;
    e.preventDefault();
    setSheet(true);
  });
  useMenuAction((action) => {
    if (action === 'shortcuts') setSheet(true);
    else if (action === 'export' || action === 'import') window.location.hash = '#/notebook';
    else if (action === 'meeting-mode') void updateSettings({ meetingMode: !settings.meetingMode });
  });

  // Ctrl+Z / Cmd+Z undoes the last annotation change, unless a text field has focus.
  useKeydown((e) => {
    if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.key.toLowerCase() !== 'z') return;
    const el = e.target as HTMLElement;
    if (el.closest('input, textarea, select, [contenteditable="true"]')) return;
    e.preventDefault();
    void undoLast(t);
  });

  // "Follow the system" resolves to light or dark here, so the stylesheet defines each theme once.
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme =
        settings.theme === 'system' ? (media.matches ? 'dark' : 'light') : settings.theme;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [settings.theme]);

  useEffect(() => {
    const root = document.documentElement;
    root.style.setProperty('--reading-size', `${settings.fontSize}px`);
    root.style.setProperty('--reading-width', `${settings.lineWidth}ch`);
  }, [settings]);

  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>
        {t('app.skip')}
      </a>
      <header className="topbar">
        <a className="brand" href="#/">
          Plenary
        </a>
        <nav aria-label={t('app.nav')}>
          <a href="#/" aria-current={route.view === 'library' ? 'page' : undefined}>
            {t('nav.library')}
          </a>
          <a href="#/notebook" aria-current={route.view === 'notebook' ? 'page' : undefined}>
            {t('nav.notebook')}
          </a>
          <a href="#/trash" aria-current={route.view === 'trash' ? 'page' : undefined}>
            {t('nav.trash')}
          </a>
          <a href="#/settings" aria-current={route.view === 'settings' ? 'page' : undefined}>
            {t('nav.settings')}
          </a>
        </nav>
        <SaveIndicator />
        <SearchBox openDocId={openDocId} />
      </header>
      <TabStrip shownDocId={openDocId} />
      <Notices />
      <DocumentIntake />
      <OpenedFileImport />
      {sheet && (
        <Suspense fallback={null}>
          <Shortcuts onClose={() => setSheet(false)} />
        </Suspense>
      )}
      <CommandPalette route={route} onShortcuts={() => setSheet(true)} />
      <main id="main" tabIndex={-1}>
        {route.view === 'library' && <Library />}
        {/* The readers of open tabs stay mounted; the one shown is in the page (ReaderDeck.tsx). */}
        <ReaderDeck route={route} />
        {/* Views other than the library and the readers are loaded on first use (lazy-views.ts). */}
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          {route.view === 'compare' && <CompareView key={`${route.left}/${route.right}`} route={route} />}
          {route.view === 'notebook' && <Notebook />}
          {route.view === 'trash' && <Trash />}
          {route.view === 'settings' && <Settings />}
        </Suspense>
        {route.view === 'not-found' && (
          <section className="empty">
            <h1>{t('app.notFound')}</h1>
            <p>
              <a href="#/">{t('nav.library')}</a>
            </p>
          </section>
        )}
      </main>
      <LiveRegion />
      <Toasts />
    </div>
  );
}
