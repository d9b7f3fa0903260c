/**
 * Export of annotations: builds the brief from the store and the corpus and
 * renders it in the asked format. (Import is in ./import.ts.)
 */
import type { Alignment } from '../../common/align';
import type { ArgsOf, ExportFile, ExportRequest } from '../../common/contract';
import { compareToHtml } from '../../common/export/compare-html';
import { buildCompareReport } from '../../common/export/compare-report';
import { randomUUID } from 'node:crypto';
import { buildBrief, citationFor, safeFileName, toCsv, toHtml, toJson, toMarkdown } from '../../common/export';
import type { BriefBookmark } from '../../common/export/brief';
import { exportLabels, localizeLegend } from '../../common/export/locale';
import type { ExportLang } from '../../common/export/strings';
import type { Annotation, Settings, StructuredDocument } from '../../common/model';
import { compareToDocx } from '../export/compare-docx';
import { compareToPdf } from '../export/compare-pdf';
import { toDocx } from '../export/docx';
import { NO_PACE, type Pace } from '../export/pace';
import { toPdf } from '../export/pdf';
import type { Store } from '../store';
import type { Corpus } from './corpus';

/**
 * Turns HTML into a PDF; the desktop app supplies Electron's printToPDF.
 * Kept for the desktop glue; PDF export itself uses the pdfkit writer
 * (main/export/pdf.ts), the same in the desktop app and the twin.
 */
export type PdfPrinter = (html: string) => Promise<Buffer>;

type CompareExportOptions = ArgsOf<'exportComparison'>[2];

export class ExchangeService {
  constructor(
    private readonly corpus: Corpus,
    private readonly store: Store,
    private readonly printPdf: PdfPrinter | null,
  ) {}

  private selected(req: ExportRequest): Annotation[] {
    let list = this.store.listAnnotations(undefined);
    const ids = req.brief?.itemIds ?? req.annotationIds;
    if (ids) {
      const wanted = new Set(ids);
      list = list.filter((a) => wanted.has(a.id));
    }
    if (req.docIds) {
      const docs = new Set(req.docIds);
      list = list.filter((a) => docs.has(a.docId));
    }
    return list;
  }

  /** The brief's bookmarks, cited in the export's language, in library order. */
  private bookmarks(docIds: readonly string[] | undefined, lang: ExportLang): BriefBookmark[] {
    const labels = exportLabels(lang);
    const order = new Map(this.corpus.list().map((e, i) => [e.id, i]));
    return this.store
      .listBookmarks(undefined)
      .filter((m) => (!docIds || docIds.includes(m.docId)) && order.has(m.docId))
      .sort((x, y) => (order.get(x.docId) ?? 0) - (order.get(y.docId) ?? 0))
      .map((m) => {
        const doc = this.corpus.get(m.docId);
        const text = (doc.blocks.find((b) => b.id === m.blockId)?.text ?? '').replace(/\s+/g, ' ').trim();
        return { docId: m.docId, citation: citationFor(doc, m.blockId, { labels }), text: text.length > 200 ? `${text.slice(0, 199)}…` : text };
      });
  }

  /** The export as a file; `pace` (an export job's) counts the highlights written and yields between slices. */
  async export(req: ExportRequest, now = new Date(), pace: Pace = NO_PACE): Promise<ExportFile> {
    const settings: Settings = this.store.getSettings();
    const lang: ExportLang = req.lang ?? settings.lang ?? 'en';
    const annotations = this.selected(req);
    const base = safeFileName(req.title, '').replace(/\.$/, '');
    const docIds = [...new Set(annotations.map((a) => a.docId))];
    const docs = this.corpus.list().filter((e) => docIds.includes(e.id)).map((e) => this.corpus.get(e.id));
    await pace.phase('preparing', annotations.length);
    if (req.format === 'json') {
      await pace.phase('writing', annotations.length);
      const data = toJson(annotations, {
        legend: localizeLegend(settings.legend, lang),
        label: req.title,
        generated: now.toISOString(),
        id: `urn:uuid:${randomUUID()}`,
        noteLanguage: lang,
        docLanguages: Object.fromEntries(docs.map((d) => [d.id, d.language])),
      });
      return { filename: `${base}.plenary`, mime: 'application/ld+json', encoding: 'utf8', data };
    }
    const b = req.brief;
    const brief = buildBrief({
      annotations,
      docs,
      legend: settings.legend,
      grouping: b ? (b.order === 'manual' ? 'document' : b.order) : req.grouping,
      title: req.title,
      date: now.toISOString().slice(0, 10),
      lang,
      ...(settings.author ? { author: settings.author } : {}),
      scope: { description: req.scopeLabel },
      ...(b
        ? {
            composition: {
              itemIds: b.itemIds,
              manual: b.order === 'manual',
              ...(b.introduction ? { introduction: b.introduction } : {}),
              ...(b.paragraphs ? { paragraphs: b.paragraphs } : {}),
              ...(b.closing ? { closing: b.closing } : {}),
              ...(b.includeBookmarks ? { bookmarks: this.bookmarks(req.docIds, lang) } : {}),
            },
          }
        : {}),
    });
    // Items as laid out (one under two tags is written twice).
    await pace.phase('writing', brief.groups.reduce((n, g) => n + g.documents.reduce((m, d) => m + d.sections.reduce((k, x) => k + x.items.length, 0), 0), 0));
    switch (req.format) {
      case 'markdown':
        return { filename: safeFileName(req.title, 'md'), mime: 'text/markdown; charset=utf-8', encoding: 'utf8', data: toMarkdown(brief) };
      case 'html':
        return { filename: safeFileName(req.title, 'html'), mime: 'text/html; charset=utf-8', encoding: 'utf8', data: toHtml(brief) };
      case 'csv':
        return { filename: safeFileName(req.title, 'csv'), mime: 'text/csv; charset=utf-8', encoding: 'utf8', data: toCsv(brief, req.separator ?? ',') };
      case 'docx': {
        const buf = await toDocx(brief, pace);
        return {
          filename: safeFileName(req.title, 'docx'),
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          encoding: 'base64',
          data: buf.toString('base64'),
        };
      }
      case 'pdf': {
        // The same writer in the desktop app and the twin: a real, tagged PDF.
        const pdf = await toPdf(brief, { paper: req.paper ?? 'a4', now }, pace);
        return { filename: safeFileName(req.title, 'pdf'), mime: 'application/pdf', encoding: 'base64', data: pdf.toString('base64') };
      }
    }
  }

  /** The comparison report of two documents (the compare view's alignment), in the asked format and language. */
  async exportComparison(left: StructuredDocument, right: StructuredDocument, alignment: Alignment, opts: CompareExportOptions, now = new Date()): Promise<ExportFile> {
    const settings = this.store.getSettings();
    const lang: ExportLang = opts.lang ?? settings.lang ?? 'en';
    const report = buildCompareReport(left, right, alignment, lang, now.toISOString().slice(0, 10));
    const name = (ext: string) => safeFileName(report.title, ext);
    if (opts.format === 'html') return { filename: name('html'), mime: 'text/html; charset=utf-8', encoding: 'utf8', data: compareToHtml(report) };
    if (opts.format === 'docx') {
      const buf = await compareToDocx(report, settings.author);
      return { filename: name('docx'), mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64', data: buf.toString('base64') };
    }
    const pdf = await compareToPdf(report, settings.author, { paper: opts.paper ?? 'a4', now });
    return { filename: name('pdf'), mime: 'application/pdf', encoding: 'base64', data: pdf.toString('base64') };
  }
}
