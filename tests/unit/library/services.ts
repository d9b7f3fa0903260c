/** For the library tests: the real services on real data folders, with the built corpus. */
import { resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { DocumentJob } from '../../../common/contract';
import { createServices, type Services } from '../../../main/services/handlers';

export const corpusDir = resolve(import.meta.dirname, '../../../corpus/out');

/**
 * Services that a test file starts: `start(dataDir)` starts the real
 * services on a data folder (search warmed only after a minute). After each
 * test every one still in `open` (all those started, and any the file adds)
 * is closed, the last first; a test may close one itself by popping it.
 */
export function servicesClosedAfterEach(): { open: Services[]; start(dataDir: string): Promise<Services> } {
  const open: Services[] = [];
  afterEach(async () => {
    while (open.length) await open.pop()!.close();
  });
  return {
    open,
    async start(dataDir) {
      const s = await createServices({ corpusDir, dataDir, warmSearchAfterMs: 60_000 });
      open.push(s);
      return s;
    },
  };
}

/** Polls a document job every 10 ms (500 times at most) until it is no longer running. */
export async function finish(s: Services, job: DocumentJob): Promise<DocumentJob> {
  let j = job;
  for (let i = 0; i < 500 && j.state === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 10));
    j = await s.handlers.documentJob(j.id);
  }
  return j;
}

/** Adds a file to the library through the handlers, as the app sends it (base64), and waits for its job. */
export async function add(s: Services, name: string, text: string | Uint8Array): Promise<DocumentJob> {
  return finish(s, await s.handlers.addDocument(name, Buffer.from(text).toString('base64')));
}
