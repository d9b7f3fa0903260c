/** Export and import of highlight notes: pure functions over the brief and the annotations. */
export { buildBrief, briefItems } from './brief';
export type { Brief, BriefDocument, BriefGroup, BriefInput, BriefItem, BriefScope, BriefSection, Grouping } from './brief';
export { citationFor, documentCitation, formatParaNumber, headingTitle, sectionTrail } from './citation';
export type { CitationOptions } from './citation';
export { DEFAULT_LABELS, resolveLabels } from './labels';
export type { ExportLabels } from './labels';
export { toMarkdown, escapeMarkdown } from './markdown';
export { toHtml, CSP } from './html';
export { renderNoteHtml, escapeHtml, safeHref } from './note-html';
export { toCsv, csvRows, guardFormula } from './csv';
export type { CsvSeparator } from './csv';
export { toJson, toWebAnnotationCollection, annotationToW3C, JSONLD_CONTEXT, PLENARY_VOCAB } from './webanno';
export type { W3CAnnotation, W3CCollection, WebAnnotationOptions } from './webanno';
export { parseImport } from './import';
export type { ImportPlan, ImportResult, KnownData, ImportOptions } from './import';
export { MAX_IMPORT_CHARS, MAX_DEPTH } from './json-guard';
export { safeFileName } from './filename';
