/**
 * Takes screenshots of the main views against a running twin, for looking at
 * the app as a person would: `tsx scripts/screenshots.ts <url> <out-dir> [theme]`.
 * <url> is the one-time address `npm run serve` printed (`…/?key=…`): the
 * first page load trades the key for the session cookie, and the later loads
 * of the same page keep it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const [given, out = 'screenshots'] = process.argv.slice(2);
if (!given) {
  console.error('usage: tsx scripts/screenshots.ts <the URL printed by npm run serve> [out-dir]');
  process.exit(2);
}
const url: string = given;
const views: Array<[string, string]> = [
  ['library', '#/'],
  ['reader-a-68-370-para-23', '#/doc/a-68-370/para/23'],
  ['reader-ic-2009-1', '#/doc/ic-2009-1'],
  ['reader-idm-2017-conclusions', '#/doc/idm-2017-vulnerabilites-conclusions'],
  ['notebook', '#/notebook'],
  ['settings', '#/settings'],
];

async function main() {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  for (const [name, hash] of views) {
    await page.goto(url + hash);
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(out, `${name}.png`) });
  }
  await page.goto(url);
  await page.getByRole('combobox', { name: 'Search', exact: true }).fill('vulnerabilite des enfants');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'search.png') });
  await browser.close();
}
void main();
