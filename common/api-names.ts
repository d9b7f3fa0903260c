/**
 * The API's method names, with no schema library: the twin's HTTP bridge and
 * the preload bridge build `window.plenary` from these, so a window does not
 * build the zod schemas of common/contract.ts (main validates with them).
 * contract.ts checks at compile time that its method map has exactly these
 * names. The renderer's own code does not import this file (it uses
 * common/api-limits.ts), so the twin's bridge script stays one file.
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
