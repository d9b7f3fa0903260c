/**
 * `npm run serve -- --port <p> --data-dir <dir> --lang <en|fr|es> [--corpus-dir <dir>]`
 * Starts the browser twin and prints "Plenary ready at <one-time url>": the
 * URL carries the key that the first browser to open it trades for a session
 * (main/twin/access.ts); nobody else can use the twin, and the page never
 * holds a token.
 * --corpus-dir serves another built corpus (a manifest.json with docs/ and
 * index/, as scripts/build-corpus.ts writes); the bench uses it for its
 * 1,000-document library.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startTwin } from './server';

function fatal(message: string): never {
  console.error(`plenary serve: ${message}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '4780' },
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        'corpus-dir': { type: 'string' },
      },
      strict: true,
    });
  } catch (e) {
    return fatal((e as Error).message);
  }
})();

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fatal(`--port must be 0 to 65535, not "${values.port}"`);
const lang = values.lang;
if (lang !== undefined && lang !== 'en' && lang !== 'fr' && lang !== 'es') {
  fatal(`--lang must be en, fr or es, not "${lang}"`);
}
const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.plenary'));
mkdirSync(dataDir, { recursive: true });
const root = resolve(import.meta.dirname, '../..');
if (values['corpus-dir'] !== undefined && !existsSync(join(resolve(values['corpus-dir']), 'manifest.json'))) {
  fatal(`--corpus-dir must be a built corpus folder with a manifest.json: ${resolve(values['corpus-dir'])}`);
}

startTwin({
  port,
  dataDir,
  lang,
  corpusDir: values['corpus-dir'] ? resolve(values['corpus-dir']) : join(root, 'corpus/out'),
  rendererDir: join(root, 'out/renderer'),
})
  .then((twin) => {
    console.log(`Plenary ready at ${twin.accessUrl}`);
    console.log('Open that address once in your browser: it works a single time. Anyone who has it can read your notes, so do not share it.');
    const stop = () => void twin.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((e: unknown) => fatal((e as Error).message));
