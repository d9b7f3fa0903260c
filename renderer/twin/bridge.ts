/**
 * Browser twin only: gives the page the same `window.plenary` the desktop
 * app's preload exposes, over HTTP to the twin server. The page holds no
 * secret: the browser sends the HttpOnly session cookie it got from the
 * one-time URL printed by `npm run serve` (main/twin/access.ts).
 */
import { createHttpApi } from '../../common/http-client';

const base = new URL('./', location.href).href;
Object.defineProperty(window, 'plenary', {
  value: createHttpApi(base, (url, init) => fetch(url, { ...init, credentials: 'same-origin' })),
  writable: false,
  configurable: false,
});
