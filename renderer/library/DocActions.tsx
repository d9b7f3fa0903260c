/**
 * What a delegate can do with a document they added: correct what was
 * detected (symbol, title, date, language, type) and remove it (after a
 * confirmation that says where its annotations go).
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { DocumentPatch } from '../../common/contract';
import { DOC_TYPES } from '../../common/model-values';
import type { CatalogEntry, DocType } from '../../common/model';
import { call } from '../api';
import { annotationStore } from '../annotations/store';
import { useAppState } from '../app/state';
import { forgetDocument } from '../docs';
import { Dialog } from '../exchange/Dialog';

export function DocActions({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'edit' | 'remove' | null>(null);
  return (
    <div className="doc-actions">
      <button type="button" onClick={() => setOpen('edit')} aria-label={`${t('addedDocs.edit')}: ${entry.shortName}`}>
        {t('addedDocs.edit')}
      </button>
      <button type="button" onClick={() => setOpen('remove')} aria-label={`${t('addedDocs.remove')}: ${entry.shortName}`}>
        {t('addedDocs.remove')}
      </button>
      {/* Outside the card: a card's content-visibility containment would clip a fixed dialog to it. */}
      {open === 'edit' && createPortal(<MetadataDialog entry={entry} onClose={() => setOpen(null)} />, document.body)}
      {open === 'remove' && createPortal(<RemoveDialog entry={entry} onClose={() => setOpen(null)} />, document.body)}
    </div>
  );
}

function MetadataDialog({ entry, onClose }: { entry: CatalogEntry; onClose(): void }) {
  const { t } = useTranslation();
  const { refreshCatalog, announce } = useAppState();
  const [form, setForm] = useState({
    symbol: entry.symbol ?? '',
    title: entry.title,
    shortName: entry.shortName,
    date: entry.date,
    language: entry.language,
    docType: entry.docType,
  });
  const [error, setError] = useState<string | null>(null);
  const field = (k: keyof typeof form) => ({
    value: form[k],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value }),
  });

  const save = async () => {
    setError(null);
    const patch: DocumentPatch = { ...form, docType: form.docType as DocType, language: form.language.trim().toLowerCase() };
    try {
      await call('updateDocumentMetadata', entry.id, patch);
      forgetDocument(entry.id);
      await refreshCatalog();
      announce(t('addedDocs.saved'));
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Dialog title={t('addedDocs.editTitle', { name: entry.source })} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('addedDocs.fields.symbol')}
          <input {...field('symbol')} maxLength={80} />
        </label>
        <label>
          {t('addedDocs.fields.title')}
          <input {...field('title')} maxLength={300} required />
        </label>
        <label>
          {t('addedDocs.fields.shortName')}
          <input {...field('shortName')} maxLength={80} required />
        </label>
        <label>
          {t('addedDocs.fields.date')}
          <input type="date" {...field('date')} required />
        </label>
        <label>
          {t('addedDocs.fields.language')}
          <input {...field('language')} maxLength={3} pattern="[A-Za-z]{2,3}" required />
        </label>
        <label>
          {t('addedDocs.fields.docType')}
          <select {...field('docType')}>
            {DOC_TYPES.map((d) => (
              <option key={d} value={d}>
                {t(`docType.${d}`)}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('addedDocs.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('annotations.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RemoveDialog({ entry, onClose }: { entry: CatalogEntry; onClose(): void }) {
  const { t } = useTranslation();
  const { refreshCatalog, announce } = useAppState();
  const [error, setError] = useState<string | null>(null);
  const count = annotationStore.list(entry.id).length;

  const remove = async () => {
    try {
      const trashed = await call('removeDocument', entry.id);
      forgetDocument(entry.id);
      await Promise.all([refreshCatalog(), annotationStore.load(true)]);
      announce(t('addedDocs.removed', { name: entry.shortName, count: trashed }));
      onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Dialog title={t('addedDocs.removeTitle', { name: entry.shortName })} onClose={onClose}>
      <p>{t('addedDocs.removeBody', { count })}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('addedDocs.removeConfirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('annotations.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
