/**
 * Tells the user what the store did at start-up (a corrupt file kept aside,
 * a backup restored). Nothing is ever repaired silently.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../common/contract';
import { call } from '../api';

export function Notices() {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<StoreNotice[]>([]);
  useEffect(() => void call('storeNotices').then(setNotices, () => {}), []);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      <strong>{t('store.notice')}</strong>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <code>{n.file}</code>: {n.message}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setNotices([])}>
        {t('find.close')}
      </button>
    </div>
  );
}
