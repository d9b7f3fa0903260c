/**
 * Who may call the twin (finding 5) and its HTTP edges (finding 6), against
 * a real twin server on a free port with raw HTTP requests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startTwin, type Twin } from '../../main/twin/server';
import { sessionCookie } from './twin-session';

const root = resolve(import.meta.dirname, '../..');

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A raw request; `body` may be a Buffer or a list of chunks (sent chunked, without Content-Length). */
function raw(port: number, path: string, headers: Record<string, string>, body?: string | Buffer | Buffer[], method = 'POST') {
  return new Promise<Answer>((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let data = '';
      res.on('data', (c: Buffer) => (data += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: data, headers: res.headers }));
    });
    req.on('error', fail);
    if (Array.isArray(body)) for (const c of body) req.write(c);
    else if (body) req.write(body);
    req.end();
  });
}

async function twinWithPage(): Promise<Twin> {
  const rendererDir = mkdtempSync(join(tmpdir(), 'plenary-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><script type="module" src="./app.js"></script></head><body></body></html>');
  writeFileSync(join(rendererDir, 'app.js'), 'console.log(1)');
  return startTwin({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'plenary-data-')), corpusDir: join(root, 'corpus/out'), rendererDir, lang: 'fr' });
}

describe('twin access: a one-time URL traded for a session cookie', () => {
  let twin: Twin;
  let host: string;
  beforeAll(async () => {
    twin = await twinWithPage();
    host = `127.0.0.1:${twin.port}`;
  });
  afterAll(() => twin.close());

  it('GET / without a session gives no secret, only a page saying to open the printed URL', async () => {
    const res = await raw(twin.port, '/', { host }, undefined, 'GET');
    expect(res.status).toBe(401);
    expect(res.body).toContain('npm run serve');
    expect(res.body).toContain('lang="fr"');
    expect(res.body).not.toContain(new URL(twin.accessUrl).searchParams.get('key'));
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('the one-time URL sets an HttpOnly, SameSite=Strict cookie and redirects to the address without the key; the key then is spent', async () => {
    expect(twin.accessUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${twin.port}/\\?key=[A-Za-z0-9_-]{32}$`));
    const path = new URL(twin.accessUrl).pathname + new URL(twin.accessUrl).search;
    const wrong = await raw(twin.port, '/?key=' + 'x'.repeat(32), { host }, undefined, 'GET');
    expect(wrong.status).toBe(401);
    const head = await raw(twin.port, path, { host }, undefined, 'HEAD');
    expect(head.status).toBe(401); // a HEAD does not spend the key
    expect(head.headers['set-cookie']).toBeUndefined();
    const first = await raw(twin.port, path, { host }, undefined, 'GET');
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    const [cookie] = first.headers['set-cookie'] as string[];
    expect(cookie).toMatch(new RegExp(`^plenary-session-${twin.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    const session = cookie!.split(';')[0]!;
    // With the cookie: the app; the same URL again just redirects.
    expect((await raw(twin.port, '/', { host, cookie: session }, undefined, 'GET')).status).toBe(200);
    expect((await raw(twin.port, path, { host, cookie: session }, undefined, 'GET')).status).toBe(303);
    // Anyone else replaying the key gets nothing.
    const replay = await raw(twin.port, path, { host }, undefined, 'GET');
    expect(replay.status).toBe(401);
    expect(replay.headers['set-cookie']).toBeUndefined();
  });

  it('API calls need the session cookie and the custom header; another local program with neither is refused', async () => {
    const other = await twinWithPage();
    try {
      const cookie = await sessionCookie(other);
      const h = { host: `127.0.0.1:${other.port}`, 'content-type': 'application/json' };
      const call = (headers: Record<string, string>) => raw(other.port, '/api/emptyTrash', { ...h, ...headers }, '[]');
      const refused = 'Refused: no session. Open the address printed by "npm run serve".';
      expect(JSON.parse((await call({})).body)).toEqual({ ok: false, error: refused });
      expect((await call({ 'x-plenary-request': '1' })).status).toBe(403);
      expect((await call({ cookie })).status).toBe(403); // a cross-site form cannot add the header
      expect((await call({ cookie: `${cookie}x`, 'x-plenary-request': '1' })).status).toBe(403);
      expect((await call({ cookie, 'x-plenary-request': '1', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      // Another twin's cookie (cookies are shared across ports) does not open this one.
      const fromTwin = (await sessionCookie(twin).catch(() => 'plenary-session-1=x')).replace(/^plenary-session-\d+/, `plenary-session-${other.port}`);
      expect((await call({ cookie: fromTwin, 'x-plenary-request': '1' })).status).toBe(403);
      const ok = await call({ cookie, 'x-plenary-request': '1' });
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.body)).toEqual({ ok: true, value: 0 });
    } finally {
      await other.close();
    }
  });
});

describe('twin HTTP edges', () => {
  let twin: Twin;
  let headers: Record<string, string>;
  beforeAll(async () => {
    twin = await twinWithPage();
    headers = { host: `127.0.0.1:${twin.port}`, 'content-type': 'application/json', 'x-plenary-request': '1', cookie: await sessionCookie(twin) };
  });
  afterAll(() => twin.close());

  it('a body over the limit gets 413 with a message, not a reset connection (with and without Content-Length)', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const declared = await raw(twin.port, '/api/listDocuments', headers, big);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toEqual({ ok: false, error: 'The request body is larger than 48 MB; send a smaller file.' });
    const chunks = Array.from({ length: 50 }, () => Buffer.alloc(1024 * 1024, 0x20));
    const chunked = await raw(twin.port, '/api/listDocuments', headers, chunks);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error).toMatch(/larger than 48 MB/);
    // The server still answers.
    expect((await raw(twin.port, '/api/listDocuments', headers, '[]')).status).toBe(200);
  });

  it('a malformed percent-encoding in the method name gets 400, not 500', async () => {
    const res = await raw(twin.port, '/api/list%E0%A4%A', headers, '[]');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toBe('Bad request: the method name in the address is not valid percent-encoding.');
    expect((await raw(twin.port, '/%E0%A4%A', { host: headers.host! }, undefined, 'GET')).status).toBe(404);
  });

  it('the content type must be exactly application/json (a UTF-8 charset allowed)', async () => {
    for (const type of ['application/jsonevil', 'application/json-patch+json', 'text/plain', 'application/json; charset=latin1', 'application/json; boundary=x', '']) {
      const res = await raw(twin.port, '/api/listDocuments', { ...headers, 'content-type': type }, '[]');
      expect(res.status, type).toBe(415);
    }
    for (const type of ['application/json', 'Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"']) {
      expect((await raw(twin.port, '/api/listDocuments', { ...headers, 'content-type': type }, '[]')).status, type).toBe(200);
    }
  });
});
