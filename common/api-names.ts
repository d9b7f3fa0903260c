/**
 * The API's method names and the few plain values the renderer needs from
 * the contract, with no schema library: the twin's HTTP bridge, the preload
 * bridge and the renderer import these, so a window does not build the zod
 * schemas of common/contract.ts (main validates with them). contract.ts
 * checks at compile time that its method map has exactly these names.
 */

export const METHOD_NAMES = [
  'listDocuments',
  'getDocument',
  'search',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'restoreAnnotation',
  'listTrash',
  'emptyTrash',
  'listBookmarks',
  'setBookmark',
  'getReadingPosition',
  'setReadingPosition',
  'getSettings',
  'setSettings',
  'storeNotices',
  'dataLocation',
  'alignDocuments',
  'relatedPassages',
  'exportAnnotations',
  'previewImport',
  'applyImport',
  'undoImport',
  'importProgress',
  'cancelImport',
  'takeOpenedFile',
  'citedBy',
  'symbolInfo',
  'suggest',
  'listAnnotationsIn',
  'addDocument',
  'documentJob',
  'addDocumentsFromDialog',
  'updateDocumentMetadata',
  'removeDocument',
  'openOriginal',
  'libraryOverview',
  'exportComparison',
  'runExport',
  'exportProgress',
  'cancelExport',
  'exportChunk',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** IPC channel for a method; the only place the prefix is written. */
export const channelOf = (m: MethodName): string => `plenary:${m}`;

export const EXPORT_FORMATS = ['markdown', 'docx', 'pdf', 'html', 'csv', 'json'] as const;

/** Largest file a delegate can add. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
