/**
 * "Open original" for an added document: the desktop app opens the stored
 * file with the system's default application; the browser twin hands the
 * bytes over as a download (never shown in the page, so a stored HTML file
 * cannot run anything here).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { download } from '../exchange/download';

export function OpenOriginal({ doc }: { doc: CatalogEntry }) {
  const { t, i18n } = useTranslation();
  const { announce } = useAppState();
  const [error, setError] = useState<string | null>(null);
  if (doc.origin !== 'added') return null;
  const open = async () => {
    setError(null);
    try {
      const file = await call('openOriginal', doc.id);
      if (file.data !== undefined) download({ filename: file.fileName, mime: file.mime, encoding: 'base64', data: file.data });
      announce(t('addedDocs.originalOpened', { name: file.fileName }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <p className="doc-original" lang={i18n.language}>
      <button type="button" onClick={() => void open()}>
        {t('addedDocs.openOriginal')}
      </button>{' '}
      <span className="doc-file">{doc.source}</span>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </p>
  );
}
