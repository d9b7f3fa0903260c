/**
 * Cold start on a document: the highlights of the first screen are painted
 * from a small request, without waiting for the full annotations list (held
 * back here by the test), which then completes the rest.
 */
import { highlight } from './helpers';
import { appUrl, expect, test } from './twin';

test('a cold start paints the first screen’s highlights before the full list arrives', async ({ page, twin, browser }) => {
  // Two highlights: one on the first screen, one far down the document.
  await page.goto(`${twin.url}#/doc/a-68-370/para/2`);
  await highlight(page, page.locator('#para-2 .block-text'));
  await page.goto(`${twin.url}#/doc/a-68-370/para/40`);
  await highlight(page, page.locator('#para-40 .block-text'));

  // A new browser context (nothing cached), opened on the document, the full list held back.
  const context = await browser.newContext();
  await context.addCookies(await page.context().cookies());
  const cold = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let fullAsked = false;
  // Each of the first screen's reads goes once: asked before the app's code loads (renderer/early.ts), taken by the app.
  const reads: string[] = [];
  cold.on('request', (r) => {
    const m = /\/api\/(getDocument|getReadingPosition|listAnnotationsIn|listDocuments|getSettings)$/.exec(r.url());
    if (m) reads.push(m[1]!);
  });
  await cold.route('**/api/listAnnotations', async (route) => {
    fullAsked = true;
    await held;
    await route.continue();
  });
  // The app's own code is held back until the first screen's reads have all been asked (at most 5 s):
  // they must not wait for it.
  const readsWhileAppHeld: string[] = [];
  await cold.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    const until = Date.now() + 5000;
    while (reads.length < 5 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    readsWhileAppHeld.push(...reads);
    await route.continue();
  });
  await cold.goto(`${appUrl(twin)}#/doc/a-68-370/para/2`);
  await expect(cold.locator('#para-2 mark.hl')).toHaveCount(1);
  // The full list is asked for once the first screen is shown, and is still held.
  await expect.poll(() => fullAsked).toBe(true);
  await expect(cold.locator('#para-2 mark.hl')).toHaveCount(1);
  await expect(cold.locator('#para-40 mark.hl')).toHaveCount(0);
  expect(reads.sort()).toEqual(['getDocument', 'getReadingPosition', 'getSettings', 'listAnnotationsIn', 'listDocuments']);
  expect(readsWhileAppHeld.sort()).toEqual(['getDocument', 'getReadingPosition', 'getSettings', 'listAnnotationsIn', 'listDocuments']);
  release();
  await expect(cold.locator('#para-40 mark.hl')).toHaveCount(1);
  await context.close();
});
