import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkedJsonParser } from '../../../common/export/json-chunked';
import { parseUntrustedJson } from '../../../common/export/json-guard';

/** Reads `text` to the end, in slices that stop after every 16 tokens. */
function read(text: string, chunk: number): { ok: true; value: unknown } | { ok: false } {
  const p = new ChunkedJsonParser(text, chunk);
  let slices = 0;
  while (!p.step(0)) slices++;
  expect(slices).toBeLessThan(text.length + 2);
  return p.result();
}

describe('ChunkedJsonParser', () => {
  it('gives what JSON.parse gives, whatever the chunk size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 200 }), fc.constantFrom('', ' ', '\n\t'), (value, chunk, space) => {
        const text = JSON.stringify(value, null, space);
        if (text === undefined) return;
        const r = read(text, chunk);
        const expected = parseUntrustedJson(text);
        if (expected.ok) expect(r).toEqual({ ok: true, value: JSON.parse(text) });
        else expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses exactly what JSON.parse refuses', () => {
    const bad = ['{"a": [1, 2', '{"a": 1,}', '[1 2]', '{"a" 1}', '{"a": tru}', '[1,]', '{"a": "x}', '[] []', '{"a": [1}]', '"\\"', '[01]', '{,}', '[,1]', ''];
    for (const text of bad) {
      expect(() => JSON.parse(text), text).toThrow();
      for (const chunk of [1, 3, 1000]) expect(read(text, chunk), `${text} / ${chunk}`).toEqual({ ok: false });
    }
    const good = ['{"a": "\\\\"}', '["\\\\\\"", 1e3, -0.5, true, null, {}]', ' { "a" : [ ] , "b" : { } } ', '{"a":1,"a":2}'];
    for (const text of good) for (const chunk of [1, 3, 1000]) expect(read(text, chunk), `${text} / ${chunk}`).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses what checkParsed refuses: forbidden keys and nesting past the limit, in pieces or between them', () => {
    const proto = '{"items": [{"a": 1}, {"target": {"\\u005f_proto__": {"x": 1}}}]}';
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    const justDeepEnough = `${'['.repeat(64)}${']'.repeat(64)}`;
    for (const chunk of [1, 10, 1000]) {
      expect(read(proto, chunk)).toEqual({ ok: false });
      expect(read('{"constructor": 1}', chunk)).toEqual({ ok: false });
      expect(read(deep, chunk)).toEqual({ ok: false });
      expect(read(justDeepEnough, chunk)).toEqual({ ok: true, value: JSON.parse(justDeepEnough) });
    }
    expect(parseUntrustedJson(deep).ok).toBe(false);
    expect(parseUntrustedJson(justDeepEnough).ok).toBe(true);
  });

  it('stops at the deadline and resumes where it stopped', () => {
    const text = JSON.stringify({ type: 'AnnotationCollection', items: Array.from({ length: 2000 }, (_, i) => ({ id: i, note: 'x'.repeat(50) })) });
    const p = new ChunkedJsonParser(text, 1024);
    let steps = 1;
    let last = 0;
    while (!p.step(0)) {
      expect(p.done).toBeGreaterThan(last);
      last = p.done;
      steps++;
    }
    expect(steps).toBeGreaterThan(50);
    expect(p.result()).toEqual({ ok: true, value: JSON.parse(text) });
  });
});
