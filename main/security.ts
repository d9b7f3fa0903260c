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

/**
 * webPreferences of every window: isolated, sandboxed, no Node. DevTools
 * only in development: a packaged build passes `devTools: false`.
 */
export function secureWebPreferences(preloadPath: string, opts: { devTools?: boolean } = {}) {
  return {
    preload: preloadPath,
    devTools: opts.devTools ?? false,
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
 * The one permission a page of the app gets: writing to the clipboard
 * ("Copy with citation" uses navigator.clipboard.write, which Electron gates
 * behind `clipboard-sanitized-write`). Everything else, and every other
 * origin, is refused.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && !!requestingUrl && isAppUrl(requestingUrl);
}

/**
 * What the system may open for a link in a note: a well-formed http(s) URL
 * without credentials, or a mailto: address, re-serialised by the URL parser.
 * Null for anything else (file:, javascript:, custom schemes...).
 */
export function externalUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol === 'https:' || u.protocol === 'http:') && u.hostname && !u.username && !u.password) return u.href;
  // A mail address, with at most subject/body: the mail program decides, nothing runs here.
  if (u.protocol === 'mailto:' && /^[^@\s/]+@[^@\s/]+$/.test(decodeURIComponent(u.pathname))) return u.href;
  return null;
}

/** Electron's resource types that load a document into a window or frame. */
const DOCUMENTS: ReadonlySet<string> = new Set(['mainFrame', 'subFrame']);

/**
 * Which requests a page may make. Documents: the app's own scheme, or the
 * HTML of a PDF being printed (an exact file:// URL main registered for that
 * moment); never a data: or blob: document, nor anything on the network.
 * Other resources: the app's scheme, blob: URLs the app itself made (an
 * exported file handed to the download), data: images (the CSP's img-src),
 * and DevTools in development.
 */
export function requestAllowed(
  url: string,
  resourceType: string,
  opts: { printFiles: ReadonlySet<string>; devTools: boolean },
): boolean {
  if (isAppUrl(url)) return true;
  if (DOCUMENTS.has(resourceType)) return opts.printFiles.has(url);
  if (url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith('data:image/')) return true;
  return opts.devTools && url.startsWith('devtools://');
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
