import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Library } from '../library/Library';
import { Reader } from '../reader/Reader';
import { useRoute } from '../router';
import { SearchBox } from '../search/SearchBox';
import { useAppState } from './state';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const { announcement, settings } = useAppState();
  const openDocId = route.view === 'doc' ? route.docId : null;

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
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
        </nav>
        <SearchBox openDocId={openDocId} />
      </header>
      <main id="main" tabIndex={-1}>
        {route.view === 'library' && <Library />}
        {route.view === 'doc' && <Reader key={route.docId} route={route} />}
        {route.view === 'not-found' && (
          <section className="empty">
            <h1>{t('app.notFound')}</h1>
            <p>
              <a href="#/">{t('nav.library')}</a>
            </p>
          </section>
        )}
      </main>
      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
