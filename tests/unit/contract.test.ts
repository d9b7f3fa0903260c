import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, api, channelOf, isMethodName, parseArgs } from '../../common/contract';

describe('parseArgs', () => {
  it('accepts valid arguments and returns them parsed', () => {
    const r = parseArgs('getDocument', ['a-68-370']);
    expect(r).toEqual({ ok: true, args: ['a-68-370'] });
  });

  it('accepts an optional trailing argument left out', () => {
    expect(parseArgs('search', ['retour']).ok).toBe(true);
    expect(parseArgs('search', ['retour', { limit: 5 }]).ok).toBe(true);
  });

  it.each([
    ['getDocument', [42], /getDocument: invalid input \(argument 1: .*string/],
    ['getDocument', ['../etc/passwd'], /argument 1: document id may contain only a-z, 0-9 and "-"/],
    ['getDocument', [], /getDocument: invalid input/],
    ['getDocument', ['a', 'b'], /getDocument: invalid input/],
    ['search', ['x'.repeat(501)], /query is longer than 500 characters/],
    ['search', ['q', { limit: 0 }], /argument 2\.limit/],
    ['search', ['q', { unknown: true }], /argument 2/],
    ['createAnnotation', [{ docId: 'a-68-370' }], /createAnnotation: invalid input/],
  ] as const)('rejects %s(%j) with a message naming the problem', (name, args, message) => {
    const r = parseArgs(name, args);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('rejects arguments that are not a list', () => {
    expect(parseArgs('listDocuments', { 0: 'x' })).toEqual({ ok: false, error: 'listDocuments: arguments must be a list' });
  });
});

describe('the contract', () => {
  it('derives one distinct channel per method', () => {
    const channels = METHOD_NAMES.map(channelOf);
    expect(new Set(channels).size).toBe(METHOD_NAMES.length);
    expect(channels).toContain('plenary:getDocument');
  });

  it('knows its own methods and nothing inherited', () => {
    expect(isMethodName('search')).toBe(true);
    expect(isMethodName('toString')).toBe(false);
    expect(isMethodName('__proto__')).toBe(false);
    expect(isMethodName(undefined)).toBe(false);
    expect(Object.keys(api)).toEqual(METHOD_NAMES);
  });
});
