/**
 * App-wide state that several views share: the catalog, the settings, the
 * active search (so the reader can mark its matches) and the live-region
 * announcer for screen readers. What is announced lives in a context of its
 * own, read only by the live region (`LiveRegion`): announcing ("17
 * results", "Saved") must not re-render every view, e.g. a library of 1,000
 * documents at each keystroke.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isExportLang, localizeLegend } from '../../common/export/locale';
import type { CatalogEntry, SearchResult, Settings } from '../../common/model';
import { call } from '../api';

export interface ActiveSearch {
  query: string;
  result: SearchResult;
}

interface AppState {
  catalog: CatalogEntry[];
  /** Reads the catalog again (a document was added, corrected or removed). */
  refreshCatalog(): Promise<void>;
  settings: Settings;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  activeSearch: ActiveSearch | null;
  setActiveSearch(s: ActiveSearch | null): void;
  announce(message: string): void;
}

const Ctx = createContext<AppState | null>(null);
const Announcement = createContext('');

export function AppStateProvider(props: { catalog: CatalogEntry[]; settings: Settings; children: ReactNode }) {
  const [catalog, setCatalog] = useState(props.catalog);
  const [settings, setSettings] = useState(props.settings);
  const [activeSearch, setActiveSearch] = useState<ActiveSearch | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const seq = useRef(0);

  const announce = useCallback((message: string) => {
    // Re-announce identical messages by toggling a zero-width suffix.
    seq.current += 1;
    setAnnouncement(message + (seq.current % 2 ? '' : '\u200b'));
  }, []);

  const refreshCatalog = useCallback(async () => {
    setCatalog(await call('listDocuments'));
  }, []);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await call('setSettings', patch));
  }, []);

  // The default colour legend is named in the interface language (and renamed
  // when it changes); a colour the delegate renamed is shown as written.
  const lang = useTranslation().i18n?.language;
  const shown = useMemo(() => ({ ...settings, legend: localizeLegend(settings.legend, isExportLang(lang) ? lang : 'en') }), [settings, lang]);

  const value = useMemo(
    () => ({
      catalog,
      refreshCatalog,
      settings: shown,
      updateSettings,
      activeSearch,
      setActiveSearch,
      announce,
    }),
    [catalog, refreshCatalog, shown, updateSettings, activeSearch, announce],
  );
  return (
    <Ctx.Provider value={value}>
      <Announcement.Provider value={announcement}>{props.children}</Announcement.Provider>
    </Ctx.Provider>
  );
}

/** The polite live region that speaks what `announce` was given. */
export function LiveRegion() {
  return (
    <div className="sr-only" role="status" aria-live="polite">
      {useContext(Announcement)}
    </div>
  );
}

export function useAppState(): AppState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAppState outside AppStateProvider');
  return v;
}

export function useCatalogEntry(id: string): CatalogEntry | undefined {
  return useAppState().catalog.find((e) => e.id === id);
}
