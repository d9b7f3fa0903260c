/**
 * Export: scope (this document, chosen documents, all, or the notebook's
 * current filter), grouping and format; the file is then downloaded.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type ExportRequest } from '../../common/contract';
import { call } from '../api';
import { useAppState } from '../app/state';
import { Dialog } from './Dialog';
import { download } from './download';

type Scope = 'doc' | 'docs' | 'all' | 'filter';

export function ExportDialog(props: { docId?: string; filteredIds?: string[]; onClose(): void }) {
  const { t } = useTranslation();
  const { catalog, announce } = useAppState();
  const [scope, setScope] = useState<Scope>(props.filteredIds ? 'filter' : props.docId ? 'doc' : 'all');
  const [chosen, setChosen] = useState<string[]>(props.docId ? [props.docId] : []);
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [grouping, setGrouping] = useState<ExportRequest['grouping']>('document');
  const [separator, setSeparator] = useState<',' | ';'>(',');
  const [title, setTitle] = useState(t('export.defaultTitle'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const req: ExportRequest = { format, grouping, title: title.trim() || t('export.defaultTitle') };
      if (format === 'csv') req.separator = separator;
      if (scope === 'doc' && props.docId) req.docIds = [props.docId];
      if (scope === 'docs') req.docIds = chosen;
      if (scope === 'filter' && props.filteredIds) req.annotationIds = props.filteredIds;
      req.scopeLabel = t(`export.scopes.${scope}`);
      const file = await call('exportAnnotations', req);
      if (format === 'pdf' && file.mime.startsWith('text/html')) {
        // No PDF engine here: open the same HTML for the browser's Print → Save as PDF.
        const url = URL.createObjectURL(new Blob([file.data], { type: file.mime }));
        window.open(url, '_blank', 'noopener');
        announce(t('export.printHint'));
      } else {
        download(file);
        announce(t('export.done', { name: file.filename }));
      }
      props.onClose();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('export.title')} onClose={props.onClose}>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label>
          {t('export.briefTitle')}
          <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <fieldset>
          <legend>{t('export.scope')}</legend>
          {(['doc', 'docs', 'all', 'filter'] as const)
            .filter((s) => (s === 'doc' ? !!props.docId : s === 'filter' ? !!props.filteredIds : true))
            .map((s) => (
              <label key={s} className="check">
                <input type="radio" name="scope" checked={scope === s} onChange={() => setScope(s)} />
                {t(`export.scopes.${s}`)}
              </label>
            ))}
          {scope === 'docs' && (
            <div className="doc-choice">
              {catalog.map((e) => (
                <label key={e.id} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(e.id)}
                    onChange={(ev) => setChosen(ev.target.checked ? [...chosen, e.id] : chosen.filter((x) => x !== e.id))}
                  />
                  {e.shortName}
                </label>
              ))}
            </div>
          )}
        </fieldset>
        <label>
          {t('export.grouping')}
          <select value={grouping} onChange={(e) => setGrouping(e.target.value as ExportRequest['grouping'])}>
            <option value="document">{t('export.groupings.document')}</option>
            <option value="color">{t('export.groupings.color')}</option>
            <option value="tag">{t('export.groupings.tag')}</option>
          </select>
        </label>
        <label>
          {t('export.format')}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`export.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        {format === 'csv' && (
          <label>
            {t('export.separator')}
            <select value={separator} onChange={(e) => setSeparator(e.target.value as ',' | ';')}>
              <option value=",">{t('export.comma')}</option>
              <option value=";">{t('export.semicolon')}</option>
            </select>
          </label>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || (scope === 'docs' && chosen.length === 0)}>
            {t('export.run')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('annotations.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
