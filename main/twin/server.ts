/**
 * The browser twin: the same main-process services and the same built
 * renderer, served over HTTP on 127.0.0.1 only. The page receives
 * `window.plenary` from a bridge script that calls POST /api/<method>.
 *
 * Other sites, other local users and other local programs cannot call the
 * API: the Host header must name this server (defeats DNS rebinding), a
 * cross-site Origin is refused, and every call needs the session cookie that
 * only the browser that opened the printed one-time URL holds (access.ts)
 * plus a custom header. The desktop app uses none of this: it has no HTTP
 * server at all (IPC through the preload).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fail } from '../../common/result';
import { dispatch } from '../dispatch';
import { CONTENT_SECURITY_POLICY, mimeType, resolveStaticPath } from '../security';
import { createServices, type Services } from '../services/handlers';
import { Access, ACCESS_CSS, ACCESS_CSS_PATH, accessPage, REQUEST_HEADER } from './access';
import { MAX_DOCUMENT_BYTES } from '../../common/contract';
import { checkJsonContentType, HttpError, isOctetStream, methodName, readBody, readBytes, uploadFileName, FILE_NAME_HEADER } from './http';

export { MAX_BODY_BYTES } from './http';

export interface TwinOptions {
  port: number;
  dataDir: string;
  corpusDir: string;
  rendererDir: string;
  lang?: 'en' | 'fr' | 'es';
}

export interface Twin {
  /** The app's address (no key). */
  url: string;
  /** The one-time address to open first: it trades its key for a session cookie. */
  accessUrl: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, extra: Record<string, string> = {}): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8', extra);
}

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTwin(opts: TwinOptions): Promise<Twin> {
  const services = await createServices({ corpusDir: opts.corpusDir, dataDir: opts.dataDir });
  const template = await readFile(join(opts.rendererDir, 'index.html'), 'utf8').catch(async () => {
    await services.close(); // releases the data folder
    throw new Error(`No built renderer in ${opts.rendererDir}: run "npm run build" first.`);
  });
  let port = opts.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const access = new Access(() => port);

  const page = () => {
    const head =
      (opts.lang ? `<meta name="plenary-lang" content="${escapeAttr(opts.lang)}">` : '') +
      `<script type="module" src="./twin-bridge.js"></script>`;
    // The bridge must run before the app's module script: insert it first.
    const at = template.indexOf('<script');
    return at >= 0 ? template.slice(0, at) + head + template.slice(at) : template.replace('</head>', `${head}</head>`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendJson(res, 421, fail('Refused: the Host header does not name this server.'));
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) return api(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const key = url.searchParams.get('key');
      // Only a GET spends the key: a HEAD (a link preview, a checker) must not use it up.
      if (key !== null && req.method === 'GET') {
        // Trade the key for a session and drop it from the address (the #fragment, if any, is kept by the browser).
        const cookie = access.exchange(key);
        if (cookie) return send(res, 303, '', 'text/plain', { location: '/', 'set-cookie': cookie });
        if (access.hasSession(req)) return send(res, 303, '', 'text/plain', { location: '/' });
      }
      if (!access.hasSession(req)) return send(res, 401, accessPage(opts.lang), 'text/html; charset=utf-8');
      return send(res, 200, page(), 'text/html; charset=utf-8');
    }
    if (url.pathname === ACCESS_CSS_PATH) return send(res, 200, ACCESS_CSS, 'text/css; charset=utf-8');
    const file = resolveStaticPath(opts.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain');
    try {
      return send(res, 200, await readFile(file), mimeType(file));
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
  };

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const origin = req.headers.origin;
    if (origin && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
      return sendJson(res, 403, fail('Refused: cross-origin calls are not allowed.'));
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return sendJson(res, 403, fail('Refused: cross-site calls are not allowed.'));
    if (!access.hasSession(req) || req.headers[REQUEST_HEADER] !== '1') {
      return sendJson(res, 403, fail('Refused: no session. Open the address printed by "npm run serve".'));
    }
    if (req.method !== 'POST') return sendJson(res, 405, fail('The API takes POST requests only.'));
    const name = methodName(url.pathname);
    if (name === 'addDocument' && isOctetStream(req.headers['content-type'])) {
      // The page's upload: raw bytes, capped at the document limit (413 past it), then the
      // same call a JSON client makes, validated by the contract like every other.
      const fileName = uploadFileName(req.headers[FILE_NAME_HEADER]);
      const bytes = await readBytes(req, MAX_DOCUMENT_BYTES);
      return sendJson(res, 200, await dispatch(services.handlers, name, [fileName, bytes.toString('base64')]));
    }
    checkJsonContentType(req.headers['content-type']);
    const body = await readBody(req);
    let args: unknown;
    try {
      args = body === '' ? [] : JSON.parse(body);
    } catch (e) {
      throw new HttpError(400, `Bad request: ${(e as Error).message}`);
    }
    return sendJson(res, 200, await dispatch(services.handlers, name, args));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return;
      if (e instanceof HttpError) {
        // An unread body (413, or an error before reading it) is drained; the connection closes after the answer.
        req.resume();
        return sendJson(res, e.status, fail(e.message), req.complete ? {} : { connection: 'close' });
      }
      sendJson(res, 500, fail(`Server error: ${(e as Error).message}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    accessUrl: `http://127.0.0.1:${port}/?key=${access.key}`,
    port,
    services,
    close: async () => {
      // Stop accepting, then drop open connections at once: a page left open keeps its
      // keep-alive connections (and may keep using them), and server.close waits for them all.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await services.close();
    },
  };
}
