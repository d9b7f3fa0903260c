import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api';
import { App } from './app/App';
import { loadAnnotations } from './app/coldStart';
import { AppStateProvider } from './app/state';
import { initI18n, initialLanguage } from './i18n';
import { parseRoute } from './router';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    void loadAnnotations(parseRoute(window.location.hash)); // cold start: see app/coldStart.ts
    const [catalog, settings] = await Promise.all([call('listDocuments'), call('getSettings')]);
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
