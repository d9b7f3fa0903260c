/**
 * `npm run serve` refuses bad arguments, and a data folder another Plenary
 * has open, with exit code 2 and a message that names the problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../main/store';

const ROOT = resolve(import.meta.dirname, '../..');

function serve(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'main/twin/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stderr: r.stderr.trim() };
}

describe('plenary serve arguments', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'plenary-cli-'));

  it('a corpus folder without a manifest', () => {
    const empty = mkdtempSync(join(tmpdir(), 'plenary-cli-corpus-'));
    expect(serve('--data-dir', dataDir, '--corpus-dir', empty)).toEqual({
      code: 2,
      stderr: `plenary serve: --corpus-dir must be a built corpus folder with a manifest.json: ${empty}`,
    });
  });

  it('a port that is not one', () => {
    expect(serve('--data-dir', dataDir, '--port', '70000')).toEqual({ code: 2, stderr: 'plenary serve: --port must be 0 to 65535, not "70000"' });
  });

  it('an unknown language and an unknown option', () => {
    expect(serve('--data-dir', dataDir, '--lang', 'de')).toEqual({ code: 2, stderr: 'plenary serve: --lang must be en, fr or es, not "de"' });
    const unknown = serve('--data-dir', dataDir, '--verbose');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^plenary serve: Unknown option '--verbose'/);
  });

  it('a data folder another Plenary has open', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'plenary-cli-shared-'));
    const store = createStore(shared);
    try {
      const second = serve('--port', '0', '--data-dir', shared);
      expect(second.code).toBe(2);
      expect(second.stderr).toMatch(new RegExp(`^plenary serve: The data folder ${shared} is in use by another Plenary \\(process ${process.pid}, since `));
    } finally {
      await store.close();
    }
    expect(existsSync(join(shared, 'plenary.lock'))).toBe(false);
  });
});
