/**
 * The security gate's scan (finding 7): it used to crash about one run in
 * five (ENOTEMPTY) because the runner's SARIF write was not awaited and the
 * gate removed the folder under it, and it left temp folders behind. Now the
 * runner writes nothing, the gate writes its report synchronously, and the
 * temp copy is removed in all cases. Run 20 times in a row over a small app
 * with a known finding, in a private temp folder (other processes share
 * /tmp), to pin both.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan, toSarif } from '../../scripts/security-gate';

const realTmp = os.tmpdir();
let privateTmp: string;
let savedTmp: string | undefined;
beforeEach(() => {
  savedTmp = process.env.TMPDIR;
  privateTmp = fs.mkdtempSync(path.join(realTmp, 'plenary-gate-test-'));
  process.env.TMPDIR = privateTmp; // os.tmpdir() reads it on each call
});
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  fs.rmSync(privateTmp, { recursive: true, force: true });
});

function smallApp(): string {
  const root = fs.mkdtempSync(path.join(realTmp, 'plenary-gate-app-'));
  fs.mkdirSync(path.join(root, 'main'));
  fs.writeFileSync(
    path.join(root, 'main/index.js'),
    "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
  );
  return root;
}

describe('security gate scan', () => {
  it('20 runs in a row: the same findings every time, and no temp folder left behind', async () => {
    const root = smallApp();
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { findings, errors } = await scan(root, ['main']);
      expect(errors).toEqual([]);
      seen.add(JSON.stringify(findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort()));
      expect(findings.map((f) => f.rule)).toContain('NODE_INTEGRATION_JS_CHECK');
      expect(fs.readdirSync(privateTmp)).toEqual([]);
    }
    expect(seen.size).toBe(1);
  }, 120_000);

  it('a scan that fails still removes its temp folder', async () => {
    await expect(scan(smallApp(), ['main', 'no-such-folder'])).rejects.toThrow(/no-such-folder/);
    expect(fs.readdirSync(privateTmp)).toEqual([]);
  });

  it('writes a complete SARIF 2.1.0 report that keeps severity and confidence', async () => {
    const { findings } = await scan(smallApp(), ['main']);
    const sarif = JSON.parse(toSarif(findings));
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'NODE_INTEGRATION_JS_CHECK');
    expect(result.properties).toEqual({ severity: expect.any(String), confidence: expect.any(String) });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('main/index.js');
  });
});
