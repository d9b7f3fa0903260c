/**
 * Settings: author name, colour legend, language, theme, reading comfort,
 * meeting mode, and where the data folder is.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOR_IDS, THEMES } from '../../common/model-values';
import type { Legend } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { LANGUAGES } from '../i18n';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'Français', es: 'Español' };

export function Settings() {
  const { t, i18n } = useTranslation();
  const { settings, updateSettings, announce } = useAppState();
  const [author, setAuthor] = useState(settings.author);
  const [legend, setLegend] = useState<Legend>(settings.legend);
  const [dataDir, setDataDir] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void call('dataLocation').then(setDataDir), []);

  const save = async (patch: Parameters<typeof updateSettings>[0]) => {
    try {
      await updateSettings(patch);
      setError(null);
      announce(t('settings.saved'));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="settings page" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {error && <p role="alert" className="error">{error}</p>}
      <form
        className="settings-group"
        onSubmit={(e) => {
          e.preventDefault();
          void save({ author: author.trim() });
        }}
      >
        <h2>{t('settings.author')}</h2>
        <label htmlFor="author">{t('settings.authorLabel')}</label>
        <div className="row">
          <input id="author" value={author} maxLength={200} onChange={(e) => setAuthor(e.target.value)} />
          <button type="submit">{t('annotations.save')}</button>
        </div>
      </form>

      <form
        className="settings-group"
        onSubmit={(e) => {
          e.preventDefault();
          void save({ legend });
        }}
      >
        <h2>{t('settings.legend')}</h2>
        <p className="hint">{t('settings.legendHint')}</p>
        {COLOR_IDS.map((c) => (
          <div key={c} className="row">
            <span className={`swatch swatch-${c}`} aria-hidden="true" />
            <label htmlFor={`legend-${c}`} className="sr-only">
              {t(`colours.${c}`)}
            </label>
            <input id={`legend-${c}`} value={legend[c]} maxLength={60} required onChange={(e) => setLegend({ ...legend, [c]: e.target.value })} />
          </div>
        ))}
        <button type="submit">{t('settings.saveLegend')}</button>
      </form>

      <div className="settings-group">
        <h2>{t('settings.display')}</h2>
        <label>
          {t('settings.language')}
          <select
            value={i18n.language}
            onChange={(e) => {
              void i18n.changeLanguage(e.target.value);
              void save({ lang: e.target.value as (typeof LANGUAGES)[number] });
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.theme')}
          <select value={settings.theme} onChange={(e) => void save({ theme: e.target.value as (typeof THEMES)[number] })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`settings.themes.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settings.fontSize', { size: settings.fontSize })}
          <input type="range" min={14} max={28} value={settings.fontSize} onChange={(e) => void save({ fontSize: Number(e.target.value) })} />
        </label>
        <label>
          {t('settings.lineWidth', { width: settings.lineWidth })}
          <input type="range" min={50} max={100} step={5} value={settings.lineWidth} onChange={(e) => void save({ lineWidth: Number(e.target.value) })} />
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.meetingMode} onChange={(e) => void save({ meetingMode: e.target.checked })} />
          {t('settings.meetingMode')}
        </label>
      </div>

      <div className="settings-group">
        <h2>{t('settings.data')}</h2>
        <p>{t('settings.dataHint')}</p>
        <code className="data-dir">{dataDir}</code>
      </div>
    </section>
  );
}
