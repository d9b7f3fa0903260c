/**
 * A Word file is a zip archive, and a zip can inflate a few kilobytes into
 * gigabytes. Before anything is inflated, the archive's central directory
 * (stored uncompressed at its end) is read: every entry declares its
 * compressed and uncompressed size, and the archive is refused when the sum
 * or one entry's ratio passes a limit. A directory that cannot be found or
 * read means the file is truncated or damaged.
 */

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes. */
  maxTotal: number;
  /** Largest uncompressed/compressed ratio allowed for an entry over 1 MB. */
  maxRatio: number;
  maxEntries: number;
}

export const DOCX_LIMITS: ZipLimits = { maxTotal: 200 * 1024 * 1024, maxRatio: 100, maxEntries: 5000 };

export type ZipVerdict = { ok: true; total: number; entries: number } | { ok: false; problem: string };

const EOCD = 0x06054b50;
const CDH = 0x02014b50;

export function checkZip(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): ZipVerdict {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, problem: 'the file is truncated or damaged (its zip directory is missing)' };
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset + dirSize > bytes.length) return { ok: false, problem: 'the file is truncated or damaged (its zip directory points past the end)' };
  if (count > limits.maxEntries) return { ok: false, problem: `the archive has ${count} entries, more than a Word document ever has` };
  let at = dirOffset;
  let total = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CDH) return { ok: false, problem: 'the file is damaged (its zip directory is unreadable)' };
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    // 0xFFFFFFFF means the real sizes are in a ZIP64 record: no Word document needs that.
    if (size === 0xffffffff || compressed === 0xffffffff) return { ok: false, problem: 'the archive uses ZIP64 sizes, which a Word document never needs' };
    total += size;
    if (total > limits.maxTotal) {
      return { ok: false, problem: `its contents would inflate to more than ${Math.round(limits.maxTotal / 1024 / 1024)} MB (a zip bomb?)` };
    }
    if (size > 1024 * 1024 && size / Math.max(1, compressed) > limits.maxRatio) {
      return { ok: false, problem: `an entry inflates ${Math.round(size / Math.max(1, compressed))} times its stored size (a zip bomb?)` };
    }
    at += 46 + nameLen + extraLen + commentLen;
  }
  return { ok: true, total, entries: count };
}
