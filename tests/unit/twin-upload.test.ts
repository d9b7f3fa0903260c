/**
 * The twin's upload of a document as raw bytes (main/twin/server.ts +
 * http.ts): the page sends the file itself, not base64 in JSON, and the
 * call is checked like every other one (session, request header, size cap,
 * the contract's validation).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApi } from '../../common/http-client';
import { MAX_DOCUMENT_BYTES, type DocumentJob, type PlenaryApi } from '../../common/contract';
import type { Result } from '../../common/result';
import { startTwin, type Twin } from '../../main/twin/server';
import { sessionCookie } from './twin-session';

const root = resolve(import.meta.dirname, '../..');

describe('twin upload of a document as bytes', () => {
  let twin: Twin;
  let cookie: string;
  let api: PlenaryApi;
  const upload = (body: Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
    fetch(`${twin.url}api/addDocument`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body });
  const withSession = () => ({ cookie, 'x-plenary-request': '1' });
  const count = async () => {
    const r = await api.listDocuments();
    if (!r.ok) throw new Error(r.error);
    return r.value.length;
  };

  beforeAll(async () => {
    const rendererDir = mkdtempSync(join(tmpdir(), 'plenary-renderer-'));
    writeFileSync(join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    twin = await startTwin({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'plenary-data-')), corpusDir: join(root, 'corpus/out'), rendererDir });
    cookie = await sessionCookie(twin);
    api = createHttpApi(twin.url, (u, init) => fetch(u, init), { cookie });
  });
  afterAll(() => twin.close());

  it('adds the uploaded file under its (percent-encoded) name, as the JSON call would', async () => {
    const before = await count();
    const text = '# Résolution sur l’eau\n\n1. Le texte du premier paragraphe.\n\n2. Le second.\n';
    const res = await upload(new TextEncoder().encode(text), { ...withSession(), 'x-plenary-file-name': encodeURIComponent('résolution eau.md') });
    expect(res.status).toBe(200);
    const first = (await res.json()) as Result<DocumentJob>;
    if (!first.ok) throw new Error(first.error);
    expect(first.value.fileName).toBe('résolution eau.md');
    let job = first.value;
    for (let i = 0; i < 200 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      const next = await api.documentJob(job.id);
      if (!next.ok) throw new Error(next.error);
      job = next.value;
    }
    expect(job.state).toBe('done');
    expect(job.entry?.title).toContain('Résolution sur l’eau');
    expect(await count()).toBe(before + 1);
  });

  it('refuses an upload without the session cookie or without the request header, adding nothing', async () => {
    const before = await count();
    const bytes = new TextEncoder().encode('1. Hello.');
    const noCookie = await upload(bytes, { 'x-plenary-request': '1', 'x-plenary-file-name': 'x.txt' });
    expect(noCookie.status).toBe(403);
    expect(((await noCookie.json()) as { error: string }).error).toMatch(/no session/);
    const noHeader = await upload(bytes, { cookie, 'x-plenary-file-name': 'x.txt' });
    expect(noHeader.status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('answers 413 past the document size limit, and 400 without a valid file name', async () => {
    const before = await count();
    const big = await upload(new Uint8Array(MAX_DOCUMENT_BYTES + 1), { ...withSession(), 'x-plenary-file-name': 'big.pdf' });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: string }).error).toMatch(/larger than 25 MB/);
    const unnamed = await upload(new TextEncoder().encode('1. Hello.'), withSession());
    expect(unnamed.status).toBe(400);
    expect(((await unnamed.json()) as { error: string }).error).toMatch(/file name/);
    const malformed = await upload(new TextEncoder().encode('1. Hello.'), { ...withSession(), 'x-plenary-file-name': '%E0%A4%A' });
    expect(malformed.status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('validates the upload like the JSON call (an empty file is refused, naming it) and takes bytes for addDocument only', async () => {
    const empty = (await (await upload(new Uint8Array(0), { ...withSession(), 'x-plenary-file-name': 'vide.txt' })).json()) as Result<DocumentJob>;
    const message = empty.ok ? (empty.value.state === 'failed' ? empty.value.error : 'accepted') : empty.error;
    expect(message).toMatch(/vide\.txt/);
    const other = await fetch(`${twin.url}api/listDocuments`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...withSession() },
      body: new Uint8Array(2),
    });
    expect(other.status).toBe(415);
  });
});
