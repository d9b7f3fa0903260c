import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

/**
 * The end-to-end suite drives a real Chromium against the real browser twin.
 * Debian's /usr/bin/chromium first (Playwright cannot download its own
 * browser on these machines), then Playwright's own browser; with neither,
 * stop and say how to get one.
 */
function chromiumPath(): string | undefined {
  if (process.env.PLENARY_CHROMIUM) return process.env.PLENARY_CHROMIUM;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    'No Chromium for the end-to-end tests. Install one: "sudo apt-get install -y chromium" (Debian/Ubuntu), ' +
      'or "npx playwright install chromium", or set PLENARY_CHROMIUM to a Chromium binary.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry absorbs a scheduling hiccup on a loaded 2-core CI machine; Playwright still reports the test as flaky.
  retries: 1,
  reporter: [['list']],
  use: {
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 860 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
