/**
 * The desktop app's security baseline, as plain data and pure functions so
 * that unit tests can pin it without an Electron binary.
 */
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

/** The custom scheme the renderer is served from (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'plenary';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** webPreferences of every window: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

/** True for a URL of the app itself; anything else is a foreign origin. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Map an app:// request to a file inside `root`, or null when the request
 * tries to leave it (`..`, encoded `..`, absolute paths, NUL bytes, another host).
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  return resolveStaticPath(root, u.pathname);
}

/**
 * Map a URL path (still percent-encoded) to a file inside `root`, or null when
 * it tries to leave it. Shared by the app:// protocol and the browser twin.
 */
export function resolveStaticPath(root: string, encodedPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(encodedPath);
  } catch {
    return null;
  }
  // Reject before normalising: a request that even mentions these is hostile.
  if (path.includes('\0') || path.includes('\\') || /(^|\/)\.\.(\/|$)/.test(path)) return null;
  if (/^\/[A-Za-z]:/.test(path) || path.startsWith('//')) return null;
  const relPath = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  if (isAbsolute(relPath)) return null;
  const base = resolve(root);
  const target = resolve(base, normalize(relPath));
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeType(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && MIME[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
