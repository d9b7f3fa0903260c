/**
 * Browser twin only: gives the page the same `window.plenary` the desktop
 * app's preload exposes, over HTTP to the twin server, with the per-run token
 * the server wrote into the page.
 */
import { createHttpApi } from '../../common/http-client';

const token = document.querySelector<HTMLMetaElement>('meta[name="plenary-token"]')?.content ?? '';
const base = new URL('./', location.href).href;
Object.defineProperty(window, 'plenary', {
  value: createHttpApi(base, token, (url, init) => fetch(url, init)),
  writable: false,
  configurable: false,
});
