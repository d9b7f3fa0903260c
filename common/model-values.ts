/**
 * The model's fixed lists and defaults, with no schema library: the renderer
 * imports its values from here, so that loading a window never builds the
 * zod schemas of common/model.ts (which only main and preload validate with).
 * common/model.ts re-exports all of these.
 */

export const DOC_TYPES = ['working-paper', 'concept-note', 'summary-of-conclusions', 'report', 'other'] as const;

/** The formats an added document can come in. */
export const SOURCE_FORMATS = ['pdf', 'docx', 'html', 'markdown', 'text'] as const;

export const BLOCK_KINDS = ['heading', 'paragraph', 'list-item', 'schedule-item', 'quote'] as const;

export const COLOR_IDS = ['yellow', 'green', 'red', 'blue', 'purple'] as const;

export const DEFAULT_LEGEND: Record<(typeof COLOR_IDS)[number], string> = {
  yellow: 'Key point',
  green: 'Support',
  red: 'Concern',
  blue: 'Question',
  purple: 'Follow-up',
};

export const LANGS = ['en', 'fr', 'es'] as const;
export const THEMES = ['system', 'light', 'dark', 'sepia', 'high-contrast'] as const;
