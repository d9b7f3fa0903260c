// First: starts the first screen's requests before the rest of the app is evaluated.
import { boot } from './app/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppStateProvider } from './app/state';
import { initI18n, initialLanguage } from './i18n';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [catalog, settings] = await Promise.all([boot.catalog, boot.settings]);
    await initI18n(initialLanguage(settings.lang));
    root.render(
      <StrictMode>
        <AppStateProvider catalog={catalog} settings={settings}>
          <App />
        </AppStateProvider>
      </StrictMode>,
    );
  } catch (e) {
    root.render(
      <p role="alert" className="fatal">
        Plenary could not start: {(e as Error).message}
      </p>,
    );
  }
}

void start();
