/**
 * The Brief view: compose what goes into a brief and export it. Starts from
 * the notebook's current filter (or one document, or chosen documents);
 * each highlight can be left out, the order is by document, colour, tag or
 * by hand, and the delegate adds a title, an introduction, a paragraph
 * before any highlight and a closing paragraph. The preview is the brief the
 * files will print (common/export), for the first PREVIEW_ITEMS highlights,
 * so a brief of thousands stays responsive.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../../common/contract';
import { buildBrief } from '../../common/export/brief';
import { citationFor } from '../../common/export/citation';
import { exportLabels } from '../../common/export/locale';
import { moveId, orderAnnotations, type BriefOrder } from '../../common/export/order';
import type { Annotation } from '../../common/model';
import { call } from '../api';
import { useAppState } from '../app/state';
import { useDocuments } from '../docs';
import { ExportProgressView, useExportJob } from '../exchange/ExportProgress';
import { BriefItemList, type BriefRow } from './BriefItemList';
import { BriefPreview } from './BriefPreview';
import { ExportChoices, exportLangOf, type Choices } from './ExportChoices';

export const PREVIEW_ITEMS = 60;
const ORDERS: BriefOrder[] = ['document', 'color', 'tag', 'manual'];

export function BriefView(props: { filteredIds?: string[]; docIds?: string[]; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { catalog, settings, announce } = useAppState();
  const [all, setAll] = useState<Annotation[] | null>(null);
  const [chosenDocs, setChosenDocs] = useState<string[]>(props.docIds ?? []);
  const [order, setOrder] = useState<BriefOrder>('document');
  const [hand, setHand] = useState<string[]>([]);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [paragraphs, setParagraphs] = useState<Record<string, string>>({});
  const [intro, setIntro] = useState('');
  const [closing, setClosing] = useState('');
  const [bookmarks, setBookmarks] = useState(false);
  const [choices, setChoices] = useState<Choices>({ format: 'pdf', lang: exportLangOf(i18n.language), paper: 'a4' });
  const [title, setTitle] = useState<string | null>(null);
  const job = useExportJob();
  const busy = job.busy;
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('listAnnotations', undefined).then(
      (list) => live && setAll(list),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, []);

  const docOrder = useMemo(() => catalog.map((e) => e.id), [catalog]);
  const fromFilter = props.filteredIds ? new Set(props.filteredIds) : null;
  // The highlights on offer: the notebook's filter, else the chosen documents (all when none chosen).
  const candidates = useMemo(
    () => (all ?? []).filter((a) => (fromFilter ? fromFilter.has(a.id) : chosenDocs.length === 0 || chosenDocs.includes(a.docId))),
    [all, chosenDocs, props.filteredIds], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const docs = useDocuments([...new Set(candidates.map((a) => a.docId))].sort());
  const ordered = useMemo(() => {
    if (order !== 'manual') return orderAnnotations(candidates, order, docOrder);
    const byId = new Map(candidates.map((a) => [a.id, a]));
    const known = hand.filter((id) => byId.has(id));
    const rest = orderAnnotations(candidates.filter((a) => !known.includes(a.id)), 'document', docOrder);
    return [...known.map((id) => byId.get(id) as Annotation), ...rest];
  }, [candidates, order, hand, docOrder]);

  const labels = useMemo(() => exportLabels(choices.lang), [choices.lang]);
  const rows: BriefRow[] = useMemo(
    () =>
      ordered.map((a) => {
        const doc = docs.get(a.docId);
        return { a, cite: doc ? citationFor(doc, a.blockId, { labels }) : a.docId };
      }),
    [ordered, docs, labels],
  );
  const included = ordered.filter((a) => !excluded.has(a.id));
  const briefTitle = title ?? i18n.getFixedT(choices.lang)('export.defaultTitle');
  const composition = {
    itemIds: included.map((a) => a.id),
    order,
    ...(intro.trim() ? { introduction: intro } : {}),
    ...(closing.trim() ? { closing } : {}),
    paragraphs: Object.fromEntries(Object.entries(paragraphs).filter(([id, text]) => text.trim() && !excluded.has(id))),
  };

  const preview = useMemo(() => {
    const shown = included.slice(0, PREVIEW_ITEMS);
    return buildBrief({
      annotations: shown,
      docs: docOrder.filter((id) => docs.has(id)).map((id) => docs.get(id)!),
      legend: settings.legend,
      grouping: order === 'manual' ? 'document' : order,
      title: briefTitle,
      date: new Date().toISOString().slice(0, 10),
      lang: choices.lang,
      composition: { ...composition, itemIds: shown.map((a) => a.id), manual: order === 'manual' },
    });
  }, [included.map((a) => a.id).join(), docs, order, briefTitle, choices.lang, intro, closing, paragraphs, settings.legend]); // eslint-disable-line react-hooks/exhaustive-deps

  const move = (index: number, delta: number) => {
    const ids = ordered.map((a) => a.id);
    const next = moveId(ids, index, delta);
    setHand(next);
    setOrder('manual');
    const to = next.indexOf(ids[index] ?? '');
    announce(t('brief.moved', { n: to + 1, total: next.length }));
  };

  const run = async () => {
    setError(null);
    try {
      const req: ExportRequest = {
        format: choices.format,
        grouping: order === 'manual' ? 'document' : order,
        title: briefTitle.trim() || t('export.defaultTitle'),
        lang: choices.lang,
        ...(choices.format === 'pdf' ? { paper: choices.paper } : {}),
        // Which documents' bookmarks: those of the filter's highlights, else the chosen documents.
        ...(fromFilter ? { docIds: [...new Set(included.map((a) => a.docId))] } : chosenDocs.length ? { docIds: chosenDocs } : {}),
        brief: { ...composition, includeBookmarks: bookmarks },
      };
      // A job in main with progress; the file is fetched in slices and saved here.
      const name = await job.run(req);
      if (name === null) {
        announce(t('exportJob.cancelled'));
        return;
      }
      announce(t('export.done', { name }));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const more = included.length > PREVIEW_ITEMS ? t('brief.previewMore', { count: included.length - PREVIEW_ITEMS }) : null;
  return (
    <div className="brief-view">
      <form
        className="brief-compose"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label>
          {t('export.briefTitle')}
          <input value={briefTitle} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
        </label>
        {!fromFilter && (
          <fieldset>
            <legend>{t('brief.documents')}</legend>
            {catalog.map((e) => (
              <label key={e.id} className="check">
                <input
                  type="checkbox"
                  checked={chosenDocs.includes(e.id)}
                  onChange={(ev) => setChosenDocs(ev.target.checked ? [...chosenDocs, e.id] : chosenDocs.filter((x) => x !== e.id))}
                />
                {e.shortName}
              </label>
            ))}
          </fieldset>
        )}
        <label>
          {t('brief.introduction')}
          <textarea rows={3} value={intro} maxLength={50_000} onChange={(e) => setIntro(e.target.value)} />
        </label>
        <label>
          {t('brief.order')}
          <select value={order} onChange={(e) => setOrder(e.target.value as BriefOrder)}>
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`brief.orders.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <h3 className="brief-items-title">{t('brief.items')}</h3>
        <p className="hint" role="status">
          {all === null ? t('brief.loading') : candidates.length === 0 ? t('brief.empty') : t('brief.included', { count: included.length, total: ordered.length })}
        </p>
        <BriefItemList
          rows={rows}
          excluded={excluded}
          paragraphs={paragraphs}
          onToggle={(id, on) => {
            const next = new Set(excluded);
            if (on) next.delete(id);
            else next.add(id);
            setExcluded(next);
          }}
          onMove={move}
          onParagraph={(id, text) => setParagraphs({ ...paragraphs, [id]: text })}
        />
        <label>
          {t('brief.closing')}
          <textarea rows={2} value={closing} maxLength={50_000} onChange={(e) => setClosing(e.target.value)} />
        </label>
        <label className="check">
          <input type="checkbox" checked={bookmarks} onChange={(e) => setBookmarks(e.target.checked)} />
          {t('brief.bookmarks')}
        </label>
        <ExportChoices value={choices} onChange={setChoices} />
        {busy && <ExportProgressView source={job.source} onCancel={job.cancel} />}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || included.length === 0}>
            {t('brief.export')}
          </button>
          <button type="button" onClick={props.onClose}>
            {t('brief.close')}
          </button>
        </div>
      </form>
      <section className="brief-preview-pane" aria-label={t('brief.preview')}>
        <h3>{t('brief.preview')}</h3>
        <BriefPreview brief={preview} more={more} />
      </section>
    </div>
  );
}
