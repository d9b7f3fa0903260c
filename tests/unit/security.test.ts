import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindIpc, isTrustedSender, type InvokeEventLike } from '../../main/ipc';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  resolveAppPath,
  resolveStaticPath,
  secureWebPreferences,
} from '../../main/security';
import { METHOD_NAMES } from '../../common/contract';
import type { Handlers } from '../../common/contract';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const p = secureWebPreferences('/app/preload.cjs');
    expect(p).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it("allows only the app's own origin", () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self'/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});

describe('resolveAppPath', () => {
  const root = mkdtempSync(join(tmpdir(), 'plenary-sec-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://plenary/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://plenary/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://plenary/assets/a.js')).toBe(join(root, 'assets/a.js'));
  });

  // The URL parser already folds these dot segments: they can only land inside the folder.
  it.each(['app://plenary/../secret', 'app://plenary/%2e%2e/secret', 'app://plenary/assets/%2E%2E/%2E%2E/etc/passwd'])(
    'keeps %s inside the renderer folder',
    (url) => {
      const p = resolveAppPath(root, url);
      expect(p === null || p.startsWith(root + '/')).toBe(true);
    },
  );

  it.each([
    'app://plenary/%2e%2e%2fsecret',
    'app://plenary/..%5csecret',
    'app://plenary//etc/passwd',
    'app://plenary/%2Fetc%2Fpasswd',
    'app://plenary/C:/Windows/win.ini',
    'app://plenary/index.html%00.png',
    'app://plenary/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(['/../secret', '/assets/%2e%2e/%2e%2e/x', '/%2E%2E/%2E%2E/etc/passwd', '/a/..%2f..%2fb'])(
    'refuses the raw request path %s (twin and protocol share the check)',
    (path) => {
      expect(resolveStaticPath(root, path)).toBeNull();
    },
  );
});

describe('IPC sender check', () => {
  const ev = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

  it("accepts the app's own top frame only", () => {
    expect(isTrustedSender(ev('app://plenary/index.html'))).toBe(true);
    expect(isTrustedSender(ev('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(ev('file:///tmp/x.html'))).toBe(false);
    expect(isTrustedSender(ev('app://plenary/index.html', {}))).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
    expect(isAppUrl('app://plenary.evil/')).toBe(false);
  });

  it('binds one handler per contract method and refuses foreign frames', async () => {
    const bound = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
    let called = 0;
    const handlers = { listDocuments: () => (called++, []) } as unknown as Handlers;
    bindIpc({ handle: (channel, listener) => bound.set(channel, listener) }, handlers);
    expect([...bound.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `plenary:${m}`).sort());
    const listDocs = bound.get('plenary:listDocuments')!;
    expect(await listDocs(ev('https://evil.example/'))).toEqual({
      ok: false,
      error: "listDocuments: refused, the call did not come from the app's own window.",
    });
    expect(called).toBe(0);
    expect(await listDocs(ev('app://plenary/index.html'))).toEqual({ ok: true, value: [] });
    expect(called).toBe(1);
  });
});
