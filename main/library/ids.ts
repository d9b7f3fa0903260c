/**
 * Identity of an added document: the sha-256 of its bytes says whether the
 * same file is already in the library, and its id is a readable slug plus
 * the start of that hash, so the same file always gets the same id (and the
 * annotations it had come back when it is added again).
 */
import { createHash } from 'node:crypto';

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "A/C.3/78/L.60/Rev.1" → "a-c-3-78-l-60-rev-1"; accents dropped; at most `max` characters. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** The document id: slug of the symbol, else the title, else the file name, then 8 hex digits of the hash. */
export function documentId(hash: string, names: { symbol?: string; title?: string; fileName: string }): string {
  const base = [names.symbol, names.title, names.fileName.replace(/\.[A-Za-z0-9]{1,8}$/, '')]
    .map((s) => (s ? slugify(s) : ''))
    .find((s) => s !== '');
  return `${base || 'document'}-${hash.slice(0, 8)}`;
}
