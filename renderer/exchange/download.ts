/**
 * Hands an exported file to the user: a download (a save dialog in the
 * desktop app). A brief of 10,000 annotations is several megabytes: the
 * bytes are made in slices of CHUNK characters with a yield between them,
 * so no single task of the interface thread runs long.
 */
import type { ExportFile } from '../../common/contract';

/** Base64 characters per slice (a multiple of 4, so each slice decodes on its own). */
const CHUNK = 64 * 1024;
const yieldToPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The bytes of some exported text (base64 or not), made a slice at a time. */
export async function textParts(data: string, encoding: ExportFile['encoding']): Promise<BlobPart[]> {
  const parts: BlobPart[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < data.length; i += CHUNK) {
    if (i > 0) await yieldToPaint();
    if (encoding === 'base64') {
      const bin = atob(data.slice(i, i + CHUNK));
      const bytes = new Uint8Array(bin.length);
      for (let j = 0; j < bin.length; j++) bytes[j] = bin.charCodeAt(j);
      parts.push(bytes);
    } else {
      // Never split a surrogate pair between two slices.
      let end = Math.min(data.length, i + CHUNK);
      const last = data.charCodeAt(end - 1);
      if (end < data.length && last >= 0xd800 && last <= 0xdbff) end++;
      parts.push(encoder.encode(data.slice(i, end)));
      i = end - CHUNK;
    }
  }
  return parts;
}

export async function fileBlob(file: ExportFile): Promise<Blob> {
  return new Blob(await textParts(file.data, file.encoding), { type: file.mime });
}

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function download(file: ExportFile): Promise<void> {
  saveBlob(await fileBlob(file), file.filename);
}
