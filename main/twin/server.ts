/**
 * The browser twin: the same main-process services and the same built
 * renderer, served over HTTP on 127.0.0.1 only. The page receives
 * `window.plenary` from a bridge script that calls POST /api/<method>.
 *
 * Other sites and other local pages cannot call the API: the Host header
 * must name this server (defeats DNS rebinding), a cross-site Origin is
 * refused, and every call must carry the per-run token that only the served
 * page knows.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fail } from '../../common/result';
import { dispatch } from '../dispatch';
import { CONTENT_SECURITY_POLICY, mimeType, resolveStaticPath } from '../security';
import { createServices, type Services } from '../services/handlers';

export interface TwinOptions {
  port: number;
  dataDir: string;
  corpusDir: string;
  rendererDir: string;
  lang?: 'en' | 'fr' | 'es';
}

export interface Twin {
  url: string;
  port: number;
  token: string;
  services: Services;
  close(): Promise<void>;
}

/** Largest API request body: an imported annotation file of up to 20 MB, JSON-encoded. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const escapeAttr = (s: string) => s.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTwin(opts: TwinOptions): Promise<Twin> {
  const services = await createServices({ corpusDir: opts.corpusDir, dataDir: opts.dataDir });
  const token = randomBytes(24).toString('base64url');
  const template = await readFile(join(opts.rendererDir, 'index.html'), 'utf8').catch(async () => {
    await services.close(); // releases the data folder
    throw new Error(`No built renderer in ${opts.rendererDir}: run "npm run build" first.`);
  });
  let port = opts.port;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const page = () => {
    const head =
      `<meta name="plenary-token" content="${escapeAttr(token)}">` +
      (opts.lang ? `<meta name="plenary-lang" content="${escapeAttr(opts.lang)}">` : '') +
      `<script type="module" src="./twin-bridge.js"></script>`;
    // The bridge must run before the app's module script: insert it first.
    const at = template.indexOf('<script');
    return at >= 0 ? template.slice(0, at) + head + template.slice(at) : template.replace('</head>', `${head}</head>`);
  };

  const tokenOk = (given: string | undefined) => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendJson(res, 421, fail('Refused: the Host header does not name this server.'));
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      const origin = req.headers.origin;
      if (origin && !allowedHosts().has(origin.replace(/^http:\/\//, ''))) {
        return sendJson(res, 403, fail('Refused: cross-origin calls are not allowed.'));
      }
      if (!tokenOk(req.headers['x-plenary-token'] as string | undefined)) {
        return sendJson(res, 403, fail('Refused: missing or wrong API token.'));
      }
      if (req.method !== 'POST') return sendJson(res, 405, fail('The API takes POST requests only.'));
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return sendJson(res, 415, fail('The API takes application/json bodies only.'));
      }
      let args: unknown;
      try {
        const body = await readBody(req);
        args = body === '' ? [] : JSON.parse(body);
      } catch (e) {
        return sendJson(res, 400, fail(`Bad request: ${(e as Error).message}`));
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      return sendJson(res, 200, await dispatch(services.handlers, name, args));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      return send(res, 200, page(), 'text/html; charset=utf-8');
    }
    const file = resolveStaticPath(opts.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found', 'text/plain');
    try {
      return send(res, 200, await readFile(file), mimeType(file));
    } catch {
      return send(res, 404, 'Not found', 'text/plain');
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, fail(`Server error: ${(e as Error).message}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
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
