/**
 * Browser twin only: gives the page the same `window.plenary` the desktop
 * app's preload exposes, over HTTP to the twin server. The page holds no
 * secret: the browser sends the HttpOnly session cookie it got from the
 * one-time URL printed by `npm run serve` (main/twin/access.ts).
 */
import { createHttpApi } from '../../common/http-client';
import type { DocumentJob } from '../../common/contract';
import type { Result } from '../../common/result';

const base = new URL('./', location.href).href;
Object.defineProperty(window, 'plenary', {
  value: createHttpApi(base, (url, init) => fetch(url, { ...init, credentials: 'same-origin' })),
  writable: false,
  configurable: false,
});

/**
 * `addDocument` with the file itself as the body: the browser streams the
 * bytes from the file, where base64 in a JSON string cost the page's thread
 * 60-90 ms of encoding for the 352-page book (a task that blocks input).
 * The server checks it like any call (session, header, size cap, contract).
 */
async function uploadDocument(file: File): Promise<Result<DocumentJob>> {
  try {
    const res = await fetch(`${base}api/addDocument`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream', 'x-plenary-request': '1', 'x-plenary-file-name': encodeURIComponent(file.name) },
      body: file,
    });
    return (await res.json()) as Result<DocumentJob>;
  } catch (e) {
    return { ok: false, error: `Could not reach Plenary (${(e as Error).message}).` };
  }
}
Object.defineProperty(window, 'plenaryUpload', { value: uploadDocument, writable: false, configurable: false });
