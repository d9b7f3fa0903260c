import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../common/http-client';
import { startTwin, type Twin } from '../../main/twin/server';
import { sessionCookie } from './twin-session';

const root = resolve(import.meta.dirname, '../..');

/** A raw HTTP request, so tests can forge Host and Origin headers as an attacker would. */
function raw(port: number, path: string, headers: Record<string, string>, body?: string, method = 'POST') {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', fail);
    if (body) req.write(body);
    req.end();
  });
}

describe('browser twin server', () => {
  let twin: Twin;
  let host: string;
  let cookie: string;
  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'plenary-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<html><head><script type="module" src="./app.js"></script></head><body></body></html>');
    writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
    twin = await startTwin({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'plenary-data-')),
      corpusDir: join(root, 'corpus/out'),
      rendererDir,
      lang: 'fr',
    });
    host = `127.0.0.1:${twin.port}`;
    cookie = await sessionCookie(twin);
  });
  afterAll(() => twin.close());

  it('listens on 127.0.0.1 and serves the page, with no secret in it, and its bridge before the app', async () => {
    expect(twin.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await raw(twin.port, '/', { host, cookie }, undefined, 'GET');
    expect(res.status).toBe(200);
    expect(res.body).not.toMatch(/token|key=/);
    expect(res.body).not.toContain(cookie.split('=')[1]);
    expect(res.body).toContain('<meta name="plenary-lang" content="fr">');
    expect(res.body.indexOf('twin-bridge.js')).toBeLessThan(res.body.indexOf('app.js'));
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });

  it('answers API calls that carry the session cookie', async () => {
    const plenary = createHttpApi(twin.url, (u, init) => fetch(u, init), { cookie });
    const docs = await plenary.listDocuments();
    expect(docs.ok && docs.value.map((d) => d.id).sort()).toEqual([
      'a-68-370',
      'ic-2009-1',
      'idm-2008-retour-document-de-travail',
      'idm-2017-note-conceptuelle',
      'idm-2017-vulnerabilites-conclusions',
    ]);
    const bad = await plenary.getDocument('../../etc/passwd');
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/document id may contain only/) });
  });

  it('refuses a forged Host header (DNS rebinding) and cross-origin callers', async () => {
    const headers = { 'content-type': 'application/json', 'x-plenary-request': '1', cookie };
    const rebinding = await raw(twin.port, '/api/listDocuments', { ...headers, host: 'evil.example' }, '[]');
    expect(rebinding.status).toBe(421);
    const page = await raw(twin.port, '/', { host: 'evil.example' }, undefined, 'GET');
    expect(page.status).toBe(421);
    expect(page.body).not.toContain(cookie);
    const cross = await raw(twin.port, '/api/listDocuments', { ...headers, host, origin: 'http://evil.example' }, '[]');
    expect(cross.status).toBe(403);
  });

  it('rejects malformed requests with a clear message', async () => {
    const headers = { host, 'content-type': 'application/json', 'x-plenary-request': '1', cookie };
    const notJson = await raw(twin.port, '/api/search', headers, '{not json');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error).toMatch(/^Bad request: /);
    const unknown = await raw(twin.port, '/api/constructor', headers, '[]');
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: 'Unknown method "constructor".' });
    const traversal = await raw(twin.port, '/%2e%2e/package.json', { host }, undefined, 'GET');
    expect(traversal.status).toBe(404);
  });
});

describe('stopping the browser twin', () => {
  it('does not wait for connections a page keeps open, and releases the data folder', async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'plenary-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    const dataDir = mkdtempSync(join(tmpdir(), 'plenary-data-'));
    const twin = await startTwin({ port: 0, dataDir, corpusDir: join(root, 'corpus/out'), rendererDir });
    // A connection in the middle of a request, as a page that is still open may hold one.
    const socket = connect(twin.port, '127.0.0.1');
    await new Promise<void>((ready) => socket.once('connect', () => ready()));
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${twin.port}\r\n`);
    socket.on('error', () => undefined);
    const outcome = await Promise.race([twin.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('still waiting after 10 s'), 10_000))]);
    expect(outcome).toBe('closed');
    // The server hung up on it.
    if (!socket.destroyed) await new Promise((r) => socket.once('close', r));
    expect(socket.destroyed).toBe(true);
    expect(existsSync(join(dataDir, 'plenary.lock'))).toBe(false);
  }, 20_000);
});
