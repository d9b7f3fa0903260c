/**
 * Smoke test of the real desktop app. It needs the Electron binary, which
 * downloads from the internet on first use (`npx install-electron`); on
 * machines without it (such as the CI machines here) it is skipped and says why.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');

function electronBinary(): string | null {
  const pathTxt = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathTxt)) return null;
  const bin = join(root, 'node_modules/electron/dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(bin) ? bin : null;
}

test('the desktop app opens the library in a secure window', async () => {
  const bin = electronBinary();
  test.skip(!bin, 'Electron binary not installed (run "npx install-electron" where the internet is reachable)');
  const app = await electron.launch({
    executablePath: bin!,
    args: [root, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'plenary-electron-'))}`],
  });
  const win = await app.firstWindow();
  await expect(win.locator('.doc-list').getByRole('link')).toHaveCount(5);
  expect(win.url()).toMatch(/^app:\/\/plenary\//);
  const isolated = await win.evaluate(() => typeof (window as unknown as { require?: unknown }).require === 'undefined');
  expect(isolated).toBe(true);
  await app.close();
});
