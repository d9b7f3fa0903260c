/**
 * "Export the comparison…": the two documents' aligned passages, word-level
 * redline and unmatched passages as Word (tracked changes), HTML or PDF, in
 * the chosen language. Written in main; downloaded here.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import { useAppState } from '../app/state';
import { ExportChoices, exportLangOf, type Choices } from '../brief/ExportChoices';
import { Dialog } from '../exchange/Dialog';
import { download } from '../exchange/download';

const FORMATS = ['docx', 'html', 'pdf'] as const;

export function CompareExport(props: { left: string; right: string }) {
  const { t, i18n } = useTranslation();
  const { announce } = useAppState();
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<Choices>({ format: 'docx', lang: exportLangOf(i18n.language), paper: 'a4' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const format = choices.format as (typeof FORMATS)[number];
      const file = await call('exportComparison', props.left, props.right, { format, lang: choices.lang, ...(format === 'pdf' ? { paper: choices.paper } : {}) });
      await download(file);
      announce(t('export.done', { name: file.filename }));
      setOpen(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="compare-export" onClick={() => setOpen(true)}>
        {t('brief.compareExport')}
      </button>
      {open && (
        <Dialog title={t('brief.compareTitle')} onClose={() => setOpen(false)}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void run();
            }}
          >
            <ExportChoices value={choices} onChange={setChoices} formats={FORMATS} />
            {busy && (
              <p role="status" className="brief-busy">
                <progress aria-label={t('brief.working')} /> {t('brief.working')}
              </p>
            )}
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <button type="submit" className="primary" disabled={busy}>
                {t('brief.compareRun')}
              </button>
              <button type="button" onClick={() => setOpen(false)}>
                {t('annotations.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
