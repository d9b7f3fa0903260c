/** The services load and warm the search index shortly after start, not in the way of the first window, and not after close. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../main/services/handlers';

const corpusDir = resolve(import.meta.dirname, '../../corpus/out');
const dataDir = () => mkdtempSync(join(tmpdir(), 'plenary-services-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('search index warm-up', () => {
  it('is not loaded when the services start, and is loaded and searchable soon after', async () => {
    const services = await createServices({ corpusDir, dataDir: dataDir(), warmSearchAfterMs: 50 });
    try {
      expect(services.search.loaded).toBe(false);
      await expect.poll(() => services.search.loaded, { timeout: 5000 }).toBe(true);
      const result = await services.handlers.search('migration de retour');
      expect(result.total).toBeGreaterThan(0);
    } finally {
      await services.close();
    }
  });

  it('a first query before the warm-up loads the index itself', async () => {
    const services = await createServices({ corpusDir, dataDir: dataDir(), warmSearchAfterMs: 60_000 });
    try {
      expect((await services.handlers.search('vulnerabilite des enfants')).total).toBeGreaterThan(0);
      expect(services.search.loaded).toBe(true);
    } finally {
      await services.close();
    }
  });

  it('closing before the warm-up cancels it', async () => {
    const services = await createServices({ corpusDir, dataDir: dataDir(), warmSearchAfterMs: 30 });
    await services.close();
    await sleep(120);
    expect(services.search.loaded).toBe(false);
  });
});
