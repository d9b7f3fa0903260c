/**
 * The command palette: Ctrl+K / Cmd+K, the View menu's "Command palette…",
 * or "G" in the reader (with "§ " typed for a paragraph number). One input
 * finds documents, paragraphs and commands as you type. It is a combobox: the
 * input owns a listbox and points at the active option, ↑/↓ move, Enter or a
 * click runs, Escape closes. The export and import dialogs that commands
 * open are rendered here too, so they work from every view.
 */
import { Suspense, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { request, useRequest } from '../app/requests';
import { useAppState } from '../app/state';
import { useKeydown, useMenuAction } from '../app/useWindowEvent';
import { useDocuments } from '../docs';
import { Dialog } from '../exchange/Dialog';
import { ExportDialog } from '../app/lazy-views';
import { ImportDialog } from '../exchange/ImportDialog';
import { navigate, type Route } from '../router';
import { docsNeeded, paletteResults, type Command, type PaletteActions } from './commands';

type Launched = { kind: 'export'; docId?: string } | { kind: 'import' } | null;

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl+';

export function CommandPalette({ route, onShortcuts }: { route: Route; onShortcuts(): void }) {
  const { updateSettings, announce } = useAppState();
  /** The text the palette opens with; null while it is closed. */
  const [opening, setOpening] = useState<string | null>(null);
  const [launched, setLaunched] = useState<Launched>(null);
  const openDocId = route.view === 'doc' ? route.docId : null;

  // Never on top of another dialog (nor of itself).
  const open = (text: string) => {
    if (!document.querySelector('[aria-modal="true"]')) setOpening(text);
  };
  useKeydown((e) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'k') return;
    e.preventDefault();
    open('');
  });
  useMenuAction((action) => {
    if (action === 'palette') open('');
  });
  useRequest('plenary:palette', open);

  const act: PaletteActions = {
    navigate,
    search: (query) => request('plenary:search', query),
    exportAnnotations: (docId) => setLaunched({ kind: 'export', docId }),
    importAnnotations: () => setLaunched({ kind: 'import' }),
    updateSettings: (patch) => void updateSettings(patch).catch((e: Error) => announce(e.message)),
    showShortcuts: onShortcuts,
    // The same event the desktop menu's Find item sends.
    find: () => window.dispatchEvent(new CustomEvent('plenary:menu', { detail: 'find' })),
    toggleContents: () => window.dispatchEvent(new CustomEvent('plenary:menu', { detail: 'toggle-contents' })),
  };

  return (
    <>
      {opening !== null && <Palette initial={opening} openDocId={openDocId} act={act} onClose={() => setOpening(null)} />}
      {launched?.kind === 'export' && (
        <Suspense fallback={null}>
          <ExportDialog docId={launched.docId} onClose={() => setLaunched(null)} />
        </Suspense>
      )}
      {launched?.kind === 'import' && <ImportDialog onClose={() => setLaunched(null)} />}
    </>
  );
}

function Palette(props: { initial: string; openDocId: string | null; act: PaletteActions; onClose(): void }) {
  const { t } = useTranslation();
  const { catalog, settings } = useAppState();
  const [query, setQuery] = useState(props.initial);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const docs = useDocuments(docsNeeded(query, catalog, props.openDocId));
  const results = paletteResults(query, { t, catalog, openDocId: props.openDocId, docs, settings, mod: MOD, act: props.act });
  const current = Math.min(active, results.length - 1);

  // Text put in the input (opening with "§ ", or by a command) is continued, not replaced.
  useLayoutEffect(() => {
    const input = inputRef.current;
    input?.setSelectionRange(input.value.length, input.value.length);
  }, [props.initial]);

  const edit = (text: string) => {
    setQuery(text);
    setActive(0);
  };
  const choose = (c: Command) => {
    if (c.fill !== undefined) {
      edit(c.fill);
      inputRef.current?.focus();
      return;
    }
    // Close first, so focus is back where it was before the command moves it.
    flushSync(props.onClose);
    c.run();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
      e.preventDefault();
      setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + n) % n);
    } else if (e.key === 'Enter' && results[current]) {
      e.preventDefault();
      choose(results[current]);
    }
  };

  return (
    <Dialog title={t('palette.title')} onClose={props.onClose} className="palette">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={t('palette.label')}
        aria-expanded={results.length > 0}
        aria-controls={results.length > 0 ? 'palette-list' : undefined}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? `palette-opt-${current}` : undefined}
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(e) => edit(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      {results.length > 0 ? (
        <ul id="palette-list" role="listbox" aria-label={t('palette.results')}>
          {results.map((c, i) => (
            <li
              key={c.id}
              id={`palette-opt-${i}`}
              role="option"
              aria-selected={i === current}
              className={`palette-option palette-${c.kind}${i === current ? ' selected' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => choose(c)}
              ref={(el) => {
                if (el && i === current) el.scrollIntoView({ block: 'nearest' });
              }}
            >
              <span className="palette-kind">{t(`palette.kinds.${c.kind}`)}</span>
              <span className="palette-text">
                <span className="palette-label" lang={c.kind === 'document' ? c.lang : undefined}>
                  {c.label}
                </span>
                {c.detail && (
                  <span className="palette-detail" lang={c.lang}>
                    {c.detail}
                  </span>
                )}
              </span>
              {c.keys && <kbd>{c.keys}</kbd>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="palette-empty">{t('palette.none')}</p>
      )}
      <p className="palette-hint">{t('palette.hint')}</p>
    </Dialog>
  );
}
