/**
 * Plain values of the contract the renderer needs (no schema library):
 * common/contract.ts re-exports them and validates with them.
 */

export const EXPORT_FORMATS = ['markdown', 'docx', 'pdf', 'html', 'csv', 'json'] as const;

/** Largest file a delegate can add. */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
