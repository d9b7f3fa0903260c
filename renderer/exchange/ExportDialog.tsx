/**
 * Export: scope (this document, chosen documents, all, or the notebook's
 * current filter), grouping, format, the brief's language and paper; the file
 * is then downloaded. "Compose a brief…" opens the Brief view on the same
 * scope, to choose, order and introduce what goes in.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../../common/contract';
import { useAppState } from '../app/state';
import { BriefView } from '../brief/BriefView';
import { ExportChoices, exportLangOf, type Choices } from '../brief/ExportChoices';
import { Dialog } from './Dialog';
import { ExportProgressView, useExportJob } from './ExportProgress';

type Scope = 'doc' | 'docs' | 'all' | 'filter';

export function ExportDialog(props: { docId?: string; filteredIds?: string[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [composing, setComposing] = useState(false);
  const { catalog, announce } = useAppState();
  const [scope, setScope] = useState<Scope>(props.filteredIds ? 'filter' : props.docId ? 'doc' : 'all');
  const [chosen, setChosen] = useState<string[]>(props.docId ? [props.docId] : []);
  const [choices, setChoices] = useState<Choices>({ format: 'markdown', lang: exportLangOf(i18n.language), paper: 'a4' });
  const format = choices.format;
  const [grouping, setGrouping] = useState<ExportRequest['grouping']>('document');
  const [separator, setSeparator] = useState<',' | ';'>(',');
  // The default title follows the brief's language until the delegate types one.
  const [typedTitle, setTitle] = useState<string | null>(null);
  const inLang = i18n.getFixedT(choices.lang);
  const title = typedTitle ?? inLang('export.defaultTitle');
  const job = useExportJob();
  const busy = job.busy;
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setError(null);
    try {
      const req: ExportRequest = { format, grouping, title: title.trim() || inLang('export.defaultTitle'), lang: choices.lang };
      if (format === 'csv') req.separator = separator;
      if (format === 'pdf') req.paper = choices.paper;
      if (scope === 'doc' && props.docId) req.docIds = [props.docId];
      if (scope === 'docs') req.docIds = chosen;
      if (scope === 'filter' && props.filteredIds) req.annotationIds = props.filteredIds;
      // Printed in the file, so in the brief's language, not the interface's.
      req.scopeLabel = inLang(`export.scopes.${scope}`);
      // A job in main with progress; the file is fetched in slices and saved here.
      const name = await job.run(req);
      if (name === null) {
        announce(t('exportJob.cancelled'));
        return;
      }
      announce(t('export.done', { name }));
      props.onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  if (composing)
    return (
      <Dialog title={t('brief.title')} onClose={props.onClose} className="brief-dialog">
        <BriefView
          {...(scope === 'filter' && props.filteredIds ? { filteredIds: props.filteredIds } : {})}
          {...(scope === 'doc' && props.docId ? { docIds: [props.docId] } : scope === 'docs' ? { docIds: chosen } : {})}
          onClose={props.onClose}
        />
      </Dialog>
    );

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
        <ExportChoices value={choices} onChange={setChoices} />
        {format === 'csv' && (
          <label>
            {t('export.separator')}
            <select value={separator} onChange={(e) => setSeparator(e.target.value as ',' | ';')}>
              <option value=",">{t('export.comma')}</option>
              <option value=";">{t('export.semicolon')}</option>
            </select>
          </label>
        )}
        {busy && <ExportProgressView source={job.source} onCancel={job.cancel} />}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || (scope === 'docs' && chosen.length === 0)}>
            {t('export.run')}
          </button>
          <button type="button" onClick={() => setComposing(true)}>
            {t('brief.compose')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('annotations.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
