import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatFinding, parseAllowlist, toFinding, type Finding } from '../../../scripts/security-gate';

const root = resolve(import.meta.dirname, '../../..');
const finding = (f: Partial<Finding>): Finding => ({
  rule: 'SANDBOX_JS_CHECK',
  file: 'main/index.ts',
  line: 10,
  column: 2,
  severity: 'MEDIUM',
  confidence: 'FIRM',
  description: 'Use sandbox',
  ...f,
});
const reason = 'reviewed: secureWebPreferences sets it';

describe('security allowlist', () => {
  it('the committed allowlist is valid and every entry has a reason', () => {
    const list = parseAllowlist(readFileSync(join(root, 'security-allowlist.json'), 'utf8'));
    for (const e of list.entries) expect(e.reason.length).toBeGreaterThan(20);
  });

  it.each([
    ['no reason', { entries: [{ rule: 'SANDBOX_JS_CHECK', file: 'main/index.ts' }] }],
    ['empty reason', { entries: [{ rule: 'SANDBOX_JS_CHECK', file: 'main/index.ts', reason: '   ' }] }],
    ['no file', { entries: [{ rule: 'SANDBOX_JS_CHECK', reason }] }],
    ['unknown key', { entries: [{ rule: 'SANDBOX_JS_CHECK', file: 'x', reason, severity: 'LOW' }] }],
    ['bad rule id', { entries: [{ rule: 'sandbox', file: 'x', reason }] }],
    ['no entries', {}],
  ])('rejects an allowlist with %s', (_name, value) => {
    expect(() => parseAllowlist(JSON.stringify(value))).toThrow(/security-allowlist.json is invalid/);
  });

  it('rejects malformed JSON', () => {
    expect(() => parseAllowlist('{')).toThrow(/not valid JSON/);
  });
});

describe('evaluate', () => {
  const list = parseAllowlist(
    JSON.stringify({
      entries: [
        { rule: 'SANDBOX_JS_CHECK', file: 'main/index.ts', reason },
        { rule: 'CSP_GLOBAL_CHECK', file: '', reason },
        { rule: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.ts', line: 5, reason },
        { rule: 'NEVER_SEEN_CHECK', file: 'main/x.ts', reason },
      ],
    }),
  );

  it('blocks HIGH and MEDIUM findings not allowlisted, by rule, file and optional line', () => {
    const r = evaluate(
      [
        finding({}),
        finding({ file: 'main/other.ts' }),
        finding({ rule: 'CSP_GLOBAL_CHECK', file: '' }),
        finding({ rule: 'OPEN_EXTERNAL_JS_CHECK', line: 5 }),
        finding({ rule: 'OPEN_EXTERNAL_JS_CHECK', line: 6 }),
        finding({ rule: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' }),
        finding({ rule: 'BLINK_FEATURES_JS_CHECK', severity: 'LOW' }),
        finding({ rule: 'X', severity: 'INFORMATIONAL' }),
      ],
      list,
    );
    expect(r.blocking.map((f) => `${f.rule}@${f.file}:${f.line}`)).toEqual([
      'SANDBOX_JS_CHECK@main/other.ts:10',
      'OPEN_EXTERNAL_JS_CHECK@main/index.ts:6',
      'CONTEXT_ISOLATION_JS_CHECK@main/index.ts:10',
    ]);
    expect(r.allowed).toHaveLength(3);
    expect(r.ignored).toHaveLength(2);
    expect(r.unusedEntries.map((e) => e.rule)).toEqual(['NEVER_SEEN_CHECK']);
  });

  it('maps runner issues to repo-relative findings and prints file:line and rule', () => {
    const issue = {
      id: 'SANDBOX_JS_CHECK',
      file: 'main\\index.ts',
      location: { line: 3, column: 4 },
      severity: { name: 'MEDIUM' },
      confidence: { name: 'FIRM' },
      description: 'Use sandbox',
    };
    const f = toFinding(issue);
    expect(f).toMatchObject({ file: 'main/index.ts', line: 3, severity: 'MEDIUM' });
    expect(formatFinding(f)).toBe('main/index.ts:3:4  SANDBOX_JS_CHECK  [MEDIUM/FIRM]  Use sandbox');
    expect(toFinding({ ...issue, file: 'N/A' }).file).toBe('');
    expect(formatFinding(toFinding({ ...issue, file: 'N/A' }))).toMatch(/^\(app-wide\)/);
  });
});
