/**
 * An import is all or nothing on disk (import-batch.ts): kills a process in
 * the middle of importing 3,000 annotations into two documents while it also
 * saves single annotations, at moments spread over the import, and checks
 * after a restart that each document holds none or all of its part (all of
 * the import once it was acknowledged), that every acknowledged save is
 * there, and that no batch file is left. The child runs the real store code,
 * bundled from main/store with rolldown as in crash.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../common/model';
import { createStore } from '../../../main/store';
import { batchFileName, writeBatch } from '../../../main/store/import-batch';
import { BUNDLE_TIMEOUT_MS, bundleStoreChild, runUntilKilled } from './child-store';
import { newAnnotation, tempDir } from './helpers';

const N = 3000;
const DOCS = ['a-68-370', 'ic-2009-1'];

let work: string;
let bundle: string;
let child: string;

/** The annotations of one import: a third in the second document; ids carry the round. */
function importList(round: number, n: number): Annotation[] {
  const t = '2026-01-01T00:00:00.000Z';
  return Array.from({ length: n }, (_, i) => {
    const exact = `passage importé ${i} sur la migration de retour`;
    return {
      id: `imp-${round}-${String(i).padStart(6, '0')}`,
      docId: DOCS[i % 3 === 0 ? 1 : 0]!,
      blockId: `p-${i % 50}`,
      quote: { type: 'TextQuoteSelector', exact, prefix: 'avant ', suffix: ' après' },
      position: { type: 'TextPositionSelector', start: i * 10, end: i * 10 + exact.length },
      color: 'yellow',
      note: `${'Observation de la délégation. '.repeat(10)}${i}`,
      tags: ['import'],
      author: 'Délégation',
      created: t,
      modified: t,
    };
  });
}

// The child starts the import, then saves single annotations until killed,
// acknowledging each (and the import) with a synchronous write to a file.
const CHILD = `
import fs from 'node:fs';
const [bundle, dir, listFile, ackFile] = process.argv.slice(2);
const { createStore } = await import(bundle);
const list = JSON.parse(fs.readFileSync(listFile, 'utf8'));
const store = createStore(dir);
const ack = fs.openSync(ackFile, 'a');
const out = (line) => fs.writeSync(ack, line + '\\n');
process.stdout.write('ready\\n');
const t0 = Date.now();
store.importAnnotations(list).then(
  () => {
    out('imported');
    process.stdout.write('imported ' + (Date.now() - t0) + '\\n');
  },
  (e) => out('failed ' + e.message),
);
let seq = 0;
const save = () => {
  seq++;
  const exact = 'passage ' + seq + ' sur la migration de retour';
  const a = store.createAnnotation({
    docId: seq % 2 ? 'a-68-370' : 'ic-2009-1', blockId: 'p-1', color: 'green', note: String(seq), tags: [],
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: seq, end: seq + exact.length },
  });
  out('create ' + a.id);
  setTimeout(save, 1);
};
save();
`;

beforeAll(async () => {
  ({ work, bundle, child } = await bundleStoreChild('import-crash', CHILD));
}, BUNDLE_TIMEOUT_MS);

/**
 * Runs the child, kills it `delayMs` after it is ready (or as soon as it says
 * the import is done, for null), returns its acknowledged lines and how long
 * it said the import took.
 */
async function runAndKill(dir: string, listFile: string, round: number, delayMs: number | null): Promise<{ lines: string[]; importMs: number }> {
  const ackFile = path.join(work, `acks-${round}.txt`);
  const { out, acks } = await runUntilKilled(child, [bundle, dir, listFile, ackFile], ackFile, {
    output: (stdout, kill) => {
      if (delayMs !== null) kill.after(delayMs);
      else if (/imported \d+\n/.test(stdout)) kill.now();
    },
  });
  const lines = acks.split('\n').slice(0, -1);
  return { lines, importMs: Number(/imported (\d+)\n/.exec(out)?.[1] ?? NaN) };
}

const batchFiles = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('.import-'));

describe('an import under SIGKILL', () => {
  it('leaves none or all of it in each document, all once acknowledged, and every acknowledged save', async () => {
    // A first round is killed just after the import is acknowledged, and says how long it took here;
    // the others are killed from "at once" to a little after that, most while it is checked and written.
    const fractions = [null, 0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1, 1.2];
    const outcomes: string[] = [];
    let importMs = NaN;
    for (const [round, fraction] of fractions.entries()) {
      const dir = tempDir('import-crash');
      const listFile = path.join(work, `list-${round}.json`);
      fs.writeFileSync(listFile, JSON.stringify(importList(round, N)));
      const run = await runAndKill(dir, listFile, round, fraction === null ? null : Math.round(fraction * importMs));
      if (fraction === null) importMs = run.importMs;
      const { lines } = run;
      expect(lines.filter((l) => l.startsWith('failed')), `round ${round}`).toEqual([]);
      const acknowledged = lines.includes('imported');

      const store = createStore(dir);
      try {
        expect(store.storeNotices(), `round ${round}`).toEqual([]);
        const all = store.listAnnotations();
        const ids = new Set(all.map((a) => a.id));
        for (const line of lines.filter((l) => l.startsWith('create '))) expect(ids.has(line.slice(7)), `round ${round}: ${line}`).toBe(true);
        const parts = DOCS.map((docId) => all.filter((a) => a.docId === docId && a.id.startsWith('imp-')).length);
        const expectedParts = [N - Math.ceil(N / 3), Math.ceil(N / 3)];
        DOCS.forEach((docId, i) => expect([0, expectedParts[i]], `round ${round}: ${docId}`).toContain(parts[i]));
        if (acknowledged) expect(parts).toEqual(expectedParts);
        // Opening folded the journal in: no batch is needed any more, and an interrupted one is gone.
        expect(batchFiles(dir), `round ${round}`).toEqual([]);
        outcomes.push(acknowledged ? 'acknowledged' : parts.join('+'));
      } finally {
        await store.close();
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // The kills did land both before the import was committed and after.
    expect(outcomes[0]).toBe('acknowledged');
    expect(outcomes[1]).toBe('0+0');
    console.info(`import crash test (import took ${importMs} ms): ${outcomes.join(', ')}`);
  }, 120_000);
});

describe('an import interrupted in the process', () => {
  it('by close: refused, nothing saved, no batch left; saves made meanwhile are kept', async () => {
    const dir = tempDir('import-close');
    const store = createStore(dir);
    const running = store.importAnnotations(importList(1, N));
    const during = store.createAnnotation(newAnnotation());
    const closing = store.close();
    await expect(running).rejects.toThrow('the store is closed');
    await closing;
    expect(batchFiles(dir)).toEqual([]);
    const again = createStore(dir);
    try {
      expect(again.listAnnotations().map((a) => a.id)).toEqual([during.id]);
    } finally {
      await again.close();
    }
  });

  it('a damaged batch the journal names: none of the import, a notice, the other saves kept', async () => {
    const dir = tempDir('import-damaged');
    const store = createStore(dir);
    const before = store.createAnnotation(newAnnotation());
    await store.importAnnotations(importList(2, 30));
    const after = store.createAnnotation(newAnnotation());
    const [batch] = batchFiles(dir).filter((f) => f.startsWith('annotations-a-68-370.'));
    expect(batch).toBeDefined();
    // A crash after the import, with its batch damaged (a bad disk): the journal was not folded in.
    const text = fs.readFileSync(path.join(dir, batch!), 'utf8');
    const journal = fs.readFileSync(path.join(dir, 'annotations-a-68-370.journal'), 'utf8');
    await store.close();
    fs.writeFileSync(path.join(dir, 'annotations-a-68-370.journal'), journal);
    fs.writeFileSync(path.join(dir, batch!), text.slice(0, text.length / 2));
    fs.rmSync(path.join(dir, 'annotations-a-68-370.json'));
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    const again = createStore(dir);
    try {
      const notices = again.storeNotices();
      expect(notices.map((n) => n.message).join('\n')).toContain(`the imported batch ${batch} is damaged`);
      const ids = again.listAnnotations('a-68-370').map((a) => a.id);
      expect(ids).toContain(before.id);
      expect(ids).toContain(after.id);
      expect(ids.filter((id) => id.startsWith('imp-'))).toEqual([]);
    } finally {
      await again.close();
    }
  });

  it('between its batch and its journal line (the first import into a document): the orphan batch is removed at start, nothing added', async () => {
    const dir = tempDir('import-orphan');
    const store = createStore(dir);
    const kept = store.createAnnotation(newAnnotation());
    await store.close();
    // The real batch writer, stopped where a crash would stop the import: before the journal names the batch.
    const name = batchFileName('ic-2009-1');
    await writeBatch(dir, name, importList(3, 40).filter((a) => a.docId === 'ic-2009-1'), () => false);
    expect(batchFiles(dir)).toEqual([name]);
    const again = createStore(dir);
    try {
      expect(again.storeNotices()).toEqual([]);
      expect(again.listAnnotations().map((a) => a.id)).toEqual([kept.id]);
      expect(batchFiles(dir)).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
