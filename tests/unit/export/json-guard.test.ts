import { describe, expect, it } from 'vitest';
import { findForbiddenKey, parseUntrustedJson, scanDepth } from '../../../common/export/json-guard';

describe('scanDepth', () => {
  it('counts brackets outside strings only', () => {
    expect(scanDepth('{"a": "[[[[{{{{", "b": [[1]]}', 2)).toEqual({ tooDeepAt: 24, openAtEnd: null });
    expect(scanDepth('{"a": "\\"[[[["}', 1)).toEqual({ tooDeepAt: -1, openAtEnd: null });
    expect(scanDepth('{"a": [1, 2').openAtEnd).toBe('bracket');
    expect(scanDepth('{"a": "abc').openAtEnd).toBe('string');
  });

  it('handles a very deep text without recursion', () => {
    expect(scanDepth('['.repeat(1_000_000)).tooDeepAt).toBe(64);
  });
});

describe('findForbiddenKey', () => {
  it('sees "__proto__" as the own key JSON.parse makes it', () => {
    const parsed = JSON.parse('{"a": [{"__proto__": {"polluted": true}}]}') as { a: object[] };
    // JSON.parse defines an own property named __proto__; it does not set the prototype.
    expect(Object.keys(parsed.a[0]!)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(parsed.a[0])).toBe(Object.prototype);
    expect(findForbiddenKey(parsed)).toEqual({ key: '__proto__', path: 'a[0].__proto__' });
  });

  it('finds constructor and prototype keys too', () => {
    expect(findForbiddenKey({ x: { constructor: { prototype: 1 } } })?.key).toBe('constructor');
    expect(findForbiddenKey({ x: [1, { y: { prototype: 1 } }] })?.path).toBe('x[1].y.prototype');
    expect(findForbiddenKey({ x: 'constructor' })).toBeNull();
  });
});

describe('parseUntrustedJson', () => {
  it('parses good JSON, with or without a BOM', () => {
    expect(parseUntrustedJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('tells a truncated file from one that is not JSON', () => {
    expect(parseUntrustedJson('{"a": [1, 2')).toEqual({
      ok: false,
      error: 'The file is truncated: unexpected end of the JSON with a bracket still open (line 1, column 12).',
    });
    expect(parseUntrustedJson('{"a": 1,}')).toEqual({
      ok: false,
      error: 'The file is not JSON: Expected double-quoted property name (line 1, column 9).',
    });
  });
});
