/**
 * Stable block ids. Annotations, bookmarks and links point at blocks by id,
 * so an id must survive a rebuild and an edit elsewhere in the document:
 *   - a numbered block is named by its number: "p-23", "p-3-a";
 *   - any other block by its kind and a short hash of its own normalised
 *     text: "heading-0k3f9a2". Only its own text matters, so editing another
 *     block, or inserting one before it, leaves the id unchanged.
 * A second block with the same name gets "-2", "-3"… in reading order.
 */

/** FNV-1a, 32 bits: tiny, deterministic, good enough to tell paragraphs apart. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Text as it identifies a block: typography and spacing variants do not change the id. */
export function idKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„"]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();
}

export function shortHash(s: string): string {
  return fnv1a(s).toString(36).padStart(7, '0');
}

export interface IdInput {
  kind: string;
  number?: string;
  label?: string;
  text: string;
}

export const BLOCK_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function assignIds(blocks: readonly IdInput[], warn: (m: string) => void): string[] {
  const seen = new Map<string, number>();
  return blocks.map((b) => {
    const base =
      b.number !== undefined
        ? `p-${b.number.replace(/[^A-Za-z0-9-]+/g, '-')}`
        : `${b.kind}-${shortHash(idKey(`${b.label ?? ''} ${b.text}`))}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count === 1) return base;
    if (b.number !== undefined) warn(`paragraph number ${b.number} appears ${count} times; id ${base}-${count} given`);
    return `${base}-${count}`;
  });
}
