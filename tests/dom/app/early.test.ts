/**
 * The first screen's reads started before the app's code loads
 * (renderer/early.ts), and taken by the app's identical calls
 * (renderer/api.ts): one request each, taken once, never after ten seconds,
 * and never for other arguments. The backend is a recording object in place
 * of `window.plenary`; what is tested is which requests are sent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const doc = { id: 'd', blocks: Array.from({ length: 12 }, (_, i) => ({ id: `b-${i}` })), footnotes: [] };
let sent: string[] = [];

function backend() {
  const answer = (value: unknown) => Promise.resolve({ ok: true, value });
  const record = (name: string, value: (...a: unknown[]) => unknown) => (...args: unknown[]) => {
    sent.push(`${name}:${JSON.stringify(args)}`);
    return answer(value(...args));
  };
  return {
    listDocuments: record('listDocuments', () => []),
    getSettings: record('getSettings', () => ({})),
    getDocument: record('getDocument', () => doc),
    getReadingPosition: record('getReadingPosition', () => 'b-4'),
    listAnnotationsIn: record('listAnnotationsIn', () => []),
  };
}

async function load(hash: string) {
  vi.resetModules();
  sent = [];
  window.location.hash = hash;
  (window as unknown as { plenary: unknown }).plenary = backend();
  await import('../../../renderer/early');
  const api = await import('../../../renderer/api');
  // Let the early reads chain (the document and position, then the first screen's highlights).
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return api;
}

beforeEach(() => vi.useRealTimers());
afterEach(() => {
  window.location.hash = '';
});

describe('early reads', () => {
  it('starts the library, settings, document, place and first-screen reads at once, each sent once', async () => {
    const { call } = await load('#/doc/d');
    expect(sent).toEqual([
      'listDocuments:[]',
      'getSettings:[]',
      'getDocument:["d"]',
      'getReadingPosition:["d"]',
      'listAnnotationsIn:["d",["b-3","b-4","b-5","b-6","b-7","b-8","b-9"]]',
    ]);
    await call('getDocument', 'd');
    await call('listAnnotationsIn', 'd', ['b-3', 'b-4', 'b-5', 'b-6', 'b-7', 'b-8', 'b-9']);
    await call('listDocuments');
    expect(sent).toHaveLength(5);
  });

  it('gives each answer once, and never for other arguments', async () => {
    const { call } = await load('#/doc/d');
    await call('getDocument', 'd');
    await call('getDocument', 'd');
    await call('listAnnotationsIn', 'd', ['b-0']);
    expect(sent.filter((s) => s.startsWith('getDocument'))).toHaveLength(2);
    expect(sent.filter((s) => s.startsWith('listAnnotationsIn'))).toHaveLength(2);
  });

  it('asks again after ten seconds, so an answer is never staler than that', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { call } = await load('#/doc/d');
    vi.advanceTimersByTime(10_001);
    await call('getReadingPosition', 'd');
    expect(sent.filter((s) => s.startsWith('getReadingPosition'))).toHaveLength(2);
  });

  it('on the library, reads only the library and the settings', async () => {
    const { call } = await load('#/');
    expect(sent).toEqual(['listDocuments:[]', 'getSettings:[]']);
    await call('getSettings');
    expect(sent).toHaveLength(2);
  });

  it('forgets what was not taken once the first screen is in', async () => {
    const { call } = await load('#/doc/d');
    const { dropEarly } = await import('../../../renderer/early');
    dropEarly();
    await call('getSettings');
    expect(sent.filter((s) => s.startsWith('getSettings'))).toHaveLength(2);
  });
});
