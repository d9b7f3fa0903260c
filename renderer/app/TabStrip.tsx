/**
 * The strip of open documents (WAI-ARIA tabs pattern): arrow keys, Home and
 * End move between tabs and show them, Delete closes one; the × of each tab
 * is for the mouse (the keyboard has Delete and Ctrl+W). With two tabs or
 * more, a button opens the compare view on the last two shown.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppState } from './state';
import { closeTab, compareTabs, showTab } from './tab-actions';
import { useTabs } from './tabs';

export function TabStrip({ shownDocId }: { shownDocId: string | null }) {
  const { t } = useTranslation();
  const { catalog } = useAppState();
  const store = useTabs();
  const listRef = useRef<HTMLDivElement>(null);
  const tabs = store.tabs;
  if (tabs.length === 0) return null;
  const name = (id: string) => catalog.find((e) => e.id === id)?.shortName ?? id;
  const focusable = tabs.some((x) => x.docId === shownDocId) ? shownDocId : tabs[0]!.docId;
  const two = store.lastTwo();

  const focusTab = (docId: string) => listRef.current?.querySelector<HTMLElement>(`[data-tab="${CSS.escape(docId)}"]`)?.focus();
  const onKeyDown = (e: React.KeyboardEvent, docId: string) => {
    const at = tabs.findIndex((x) => x.docId === docId);
    const to =
      e.key === 'ArrowRight' ? tabs[(at + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(at - 1 + tabs.length) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : undefined;
    if (to) {
      e.preventDefault();
      showTab(to.docId);
      requestAnimationFrame(() => focusTab(to.docId));
    } else if (e.key === 'Delete') {
      e.preventDefault();
      const next = tabs[at + 1] ?? tabs[at - 1];
      closeTab(docId, shownDocId);
      if (next) requestAnimationFrame(() => focusTab(next.docId));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      showTab(docId);
    }
  };

  return (
    <div className="tabstrip">
      <div role="tablist" aria-label={t('tabsCompare.tabs')} ref={listRef}>
        {tabs.map(({ docId }) => (
          <div
            key={docId}
            role="tab"
            data-tab={docId}
            aria-selected={docId === shownDocId}
            tabIndex={docId === focusable ? 0 : -1}
            className="tab"
            title={catalog.find((e) => e.id === docId)?.title}
            onClick={() => docId !== shownDocId && showTab(docId)}
            onKeyDown={(e) => onKeyDown(e, docId)}
          >
            <span className="tab-name">{name(docId)}</span>
            <span
              className="tab-close"
              aria-hidden="true"
              title={t('tabsCompare.closeTab')}
              onClick={(e) => {
                e.stopPropagation();
                closeTab(docId, shownDocId);
              }}
            >
              ×
            </span>
          </div>
        ))}
      </div>
      {two && (
        <button type="button" className="tab-compare" onClick={compareTabs}>
          {t('tabsCompare.compareTabs', { left: name(two[0]), right: name(two[1]) })}
        </button>
      )}
    </div>
  );
}
