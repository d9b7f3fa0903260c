/** Hands an exported file to the user: a download (a save dialog in the desktop app). */
import type { ExportFile } from '../../common/contract';

export function fileBlob(file: ExportFile): Blob {
  if (file.encoding === 'base64') {
    const bin = atob(file.data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type: file.mime });
  }
  return new Blob([file.data], { type: file.mime });
}

export function download(file: ExportFile): void {
  const url = URL.createObjectURL(fileBlob(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
