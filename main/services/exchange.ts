/**
 * Export of annotations: builds the brief from the store and the corpus and
 * renders it in the asked format. (Import is in ./import.ts.)
 */
import type { ExportFile, ExportRequest } from '../../common/contract';
import { buildBrief, safeFileName, toCsv, toHtml, toJson, toMarkdown } from '../../common/export';
import type { Annotation, Settings } from '../../common/model';
import { toDocx } from '../export/docx';
import type { Store } from '../store';
import type { Corpus } from './corpus';

/** Turns HTML into a PDF; the desktop app supplies Electron's printToPDF. */
export type PdfPrinter = (html: string) => Promise<Buffer>;

export class ExchangeService {
  constructor(
    private readonly corpus: Corpus,
    private readonly store: Store,
    private readonly printPdf: PdfPrinter | null,
  ) {}

  private selected(req: ExportRequest): Annotation[] {
    let list = this.store.listAnnotations(undefined);
    if (req.annotationIds) {
      const wanted = new Set(req.annotationIds);
      list = list.filter((a) => wanted.has(a.id));
    }
    if (req.docIds) {
      const docs = new Set(req.docIds);
      list = list.filter((a) => docs.has(a.docId));
    }
    return list;
  }

  async export(req: ExportRequest, now = new Date()): Promise<ExportFile> {
    const settings: Settings = this.store.getSettings();
    const annotations = this.selected(req);
    const base = safeFileName(req.title, '').replace(/\.$/, '');
    if (req.format === 'json') {
      const data = toJson(annotations, { legend: settings.legend, label: req.title, generated: now.toISOString() });
      return { filename: `${base}.plenary.json`, mime: 'application/ld+json', encoding: 'utf8', data };
    }
    const docIds = [...new Set(annotations.map((a) => a.docId))];
    const docs = this.corpus.list().filter((e) => docIds.includes(e.id)).map((e) => this.corpus.get(e.id));
    const brief = buildBrief({
      annotations,
      docs,
      legend: settings.legend,
      grouping: req.grouping,
      title: req.title,
      date: now.toISOString().slice(0, 10),
      scope: { description: req.scopeLabel },
    });
    switch (req.format) {
      case 'markdown':
        return { filename: safeFileName(req.title, 'md'), mime: 'text/markdown; charset=utf-8', encoding: 'utf8', data: toMarkdown(brief) };
      case 'html':
        return { filename: safeFileName(req.title, 'html'), mime: 'text/html; charset=utf-8', encoding: 'utf8', data: toHtml(brief) };
      case 'csv':
        return { filename: safeFileName(req.title, 'csv'), mime: 'text/csv; charset=utf-8', encoding: 'utf8', data: toCsv(brief, req.separator ?? ',') };
      case 'docx': {
        const buf = await toDocx(brief);
        return {
          filename: safeFileName(req.title, 'docx'),
          mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          encoding: 'base64',
          data: buf.toString('base64'),
        };
      }
      case 'pdf': {
        const html = toHtml(brief);
        // The browser twin has no PDF engine of its own: it hands the page the
        // same HTML, which the browser prints (Save as PDF).
        if (!this.printPdf) return { filename: safeFileName(req.title, 'html'), mime: 'text/html; charset=utf-8', encoding: 'utf8', data: html };
        const pdf = await this.printPdf(html);
        return { filename: safeFileName(req.title, 'pdf'), mime: 'application/pdf', encoding: 'base64', data: pdf.toString('base64') };
      }
    }
  }
}
