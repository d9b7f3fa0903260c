import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call } from './api';
import { App } from './app/App';
import { AppStateProvider } from './app/state';
import { initI18n, initialLanguage } from './i18n';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
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
