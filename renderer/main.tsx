// First: starts the first screen's requests before the rest of the app is evaluated.
import { boot } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstScreenData, loadAnnotations } from './app/coldStart';
import { preloadViews } from './app/lazy-views';
import { parseRoute } from './router';
import { AppStateProvider } from './app/state';
import { initI18n, initialLanguage } from './i18n';
import './styles.css';

/** The longest the first render waits for the first screen's data; past it, the reader shows "Loading" until it comes. */
const FIRST_SCREEN_WAIT_MS = 1500;

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [catalog, settings] = await Promise.all([boot.catalog, boot.settings]);
    await initI18n(initialLanguage(settings.lang));
    // Opened on a document: its text and first highlights are usually in by now (asked for by early.js, taken by app/boot.ts and app/coldStart.ts).
    await firstScreenData(FIRST_SCREEN_WAIT_MS);
    root.render(
      <StrictMode>
        <AppStateProvider catalog={catalog} settings={settings}>
          <App />
        </AppStateProvider>
      </StrictMode>,
    );
    // Once the first screen and every annotation are in, the views not yet needed load while the app is idle.
    void loadAnnotations(parseRoute(window.location.hash)).then(preloadViews);
  } catch (e) {
    root.render(
      <p role="alert" className="fatal">
        Plenary could not start: {(e as Error).message}
      </p>,
    );
  }
}

void start();
