// Complements tests/unit/security.test.ts (https, file://, subframe, null frame):
// other frame URLs a compromised or embedded page could call from.
import { describe, expect, it } from 'vitest';
import { bindIpc, isTrustedSender, type InvokeEventLike } from '../../../main/ipc';
import type { Handlers } from '../../../common/contract';

const ev = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

describe('IPC sender check, more origins', () => {
  it.each([
    'data:text/html,<script>plenary.listDocuments()</script>',
    'blob:app://plenary/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    'about:blank',
    'about:srcdoc',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'app://plenary:8080/index.html',
    'app://user@plenary/index.html'.replace('user@', 'evil.example/@'),
    'app://plenary.evil.example/index.html',
    'app://evil.example/plenary/index.html',
    'APP://PLENARY.EVIL/index.html',
    'http://plenary/index.html',
    'chrome-extension://abc/index.html',
    '',
  ])('refuses a top frame at %s', (url) => {
    expect(isTrustedSender(ev(url))).toBe(false);
  });

  it('refuses an app:// subframe whatever its parent looks like', () => {
    const top = { url: 'app://plenary/index.html', parent: null };
    expect(isTrustedSender(ev('app://plenary/index.html', top))).toBe(false);
  });

  it('accepts the app top frame with any path, query or hash', () => {
    expect(isTrustedSender(ev('app://plenary/index.html#/notebook'))).toBe(true);
    expect(isTrustedSender(ev('app://plenary/index.html?x=1'))).toBe(true);
  });

  it('never runs a handler for a refused call, on every channel', async () => {
    const bound = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => unknown>();
    let ran = 0;
    const handlers = new Proxy({}, { get: () => () => (ran++, null) }) as Handlers;
    bindIpc({ handle: (c, l) => bound.set(c, l) }, handlers);
    for (const [channel, listener] of bound) {
      for (const url of ['data:text/html,x', 'about:blank', 'app://plenary.evil/']) {
        const r = (await listener(ev(url))) as { ok: boolean };
        expect(r.ok, `${channel} from ${url}`).toBe(false);
      }
    }
    expect(ran).toBe(0);
  });
});
