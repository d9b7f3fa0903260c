/**
 * Kills a process that is saving, at random moments, and checks that every
 * save it acknowledged is still there. The child runs the real store code,
 * bundled from main/store with rolldown (vite's bundler) into a temp .mjs.
 */
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../main/store';
import { BUNDLE_TIMEOUT_MS, bundleStoreChild, runUntilKilled } from './child-store';
import { tempDir } from './helpers';

const ROUNDS = 60;

let work: string;
let bundle: string;
let child: string;

// The child saves in a tight loop and writes an ack line after each save
// returns, with a synchronous write to an ack file (the page cache survives
// SIGKILL; a pipe would queue writes in the process once full, and lose them).
const CHILD = `
import fs from 'node:fs';
const [bundle, dir, round, ackFile] = process.argv.slice(2);
const { createStore } = await import(bundle);
const store = createStore(dir, { compactEvery: 16, backupEvery: 8 });
const live = store.listAnnotations().map((a) => a.id);
const ack = fs.openSync(ackFile, 'a');
const out = (line) => fs.writeSync(ack, line + '\\n');
process.stdout.write('ready ' + live.length + '\\n');
let seq = 0;
const note = () => String(Number(round) * 1e6 + ++seq);
for (;;) {
  const r = Math.random();
  if (r < 0.55 || live.length < 3) {
    const docId = Math.random() < 0.7 ? 'a-68-370' : 'ic-2009-1';
    const n = note();
    const exact = 'passage ' + n + ' sur la migration de retour';
    const a = store.createAnnotation({
      docId, blockId: 'p-' + (seq % 50), color: 'green', note: n, tags: [],
      quote: { type: 'TextQuoteSelector', exact, prefix: 'avant ', suffix: ' après' },
      position: { type: 'TextPositionSelector', start: seq, end: seq + exact.length },
    });
    live.push(a.id);
    out('create ' + a.id + ' ' + n);
  } else if (r < 0.85) {
    const id = live[Math.floor(Math.random() * live.length)];
    const n = note();
    store.updateAnnotation(id, { note: n });
    out('update ' + id + ' ' + n);
  } else if (r < 0.93) {
    const id = live.splice(Math.floor(Math.random() * live.length), 1)[0];
    store.deleteAnnotation(id);
    out('delete ' + id);
  } else {
    const n = note();
    store.setSettings({ author: n });
    out('settings ' + n);
  }
}
`;

beforeAll(async () => {
  ({ work, bundle, child } = await bundleStoreChild('crash-bundle', CHILD));
}, BUNDLE_TIMEOUT_MS);

interface Expected {
  /** The highest acknowledged note of each annotation. */
  note: Map<string, number>;
  deleted: Set<string>;
  /** The highest acknowledged author setting (the child writes increasing numbers). */
  author: number;
}

/** Runs the child, kills it after `delayMs` (counted from its first line when `afterReady`), returns its lines. */
async function runAndKill(dir: string, round: number, delayMs: number, afterReady: boolean): Promise<string[]> {
  const ackFile = path.join(work, `acks-${round}.txt`);
  const { out, acks } = await runUntilKilled(child, [bundle, dir, String(round), ackFile], ackFile, {
    start: (kill) => {
      if (!afterReady) kill.after(delayMs);
    },
    output: (stdout, kill) => {
      if (afterReady && stdout.includes('\n')) kill.after(delayMs);
    },
  });
  // A line the kill cut short has no newline yet: only complete lines count.
  return [...out.split('\n').slice(0, -1), ...acks.split('\n').slice(0, -1)];
}

describe('the store under SIGKILL', () => {
  it(`keeps every acknowledged save across ${ROUNDS} kills at random moments`, async () => {
    const dir = tempDir('crash');
    const expected: Expected = { note: new Map(), deleted: new Set(), author: 0 };
    const rng = fc.sample(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 4 })), {
      numRuns: ROUNDS,
      seed: 20250301,
    });
    let acks = 0;
    let killedBeforeReady = 0;

    for (let round = 1; round <= ROUNDS; round++) {
      const [delay, kind] = rng[round - 1]!;
      // One round in five is killed at a random moment of start-up (open, fold, backups).
      const lines = await runAndKill(dir, round, kind === 0 ? 40 + delay * 2 : delay, kind !== 0);
      if (!lines.some((l) => l.startsWith('ready'))) killedBeforeReady++;
      for (const line of lines) {
        const [op, a, b] = line.split(' ');
        if (op === 'create' || op === 'update') {
          expected.note.set(a!, Math.max(expected.note.get(a!) ?? 0, Number(b)));
          acks++;
        } else if (op === 'delete') {
          expected.deleted.add(a!);
          acks++;
        } else if (op === 'settings') {
          expected.author = Math.max(expected.author, Number(a));
          acks++;
        }
      }

      const store = createStore(dir);
      try {
        expect(store.storeNotices(), `round ${round}`).toEqual([]);
        const byId = new Map([...store.listAnnotations(), ...store.listTrash()].map((x) => [x.id, x]));
        for (const [id, note] of expected.note) {
          const found = byId.get(id);
          expect(found, `round ${round}: annotation ${id}`).toBeDefined();
          // An update in flight at the kill may be there too, never an older state.
          expect(Number(found!.note), `round ${round}: note of ${id}`).toBeGreaterThanOrEqual(note);
        }
        for (const id of expected.deleted) expect(byId.get(id)?.deleted, `round ${round}: ${id}`).toBeDefined();
        // A setting written after the last ack may be there too, never an older one.
        expect(Number(store.getSettings().author || 0), `round ${round}: settings`).toBeGreaterThanOrEqual(expected.author);
      } finally {
        await store.close();
      }
    }
    expect(acks).toBeGreaterThan(ROUNDS); // the kills did land among saves
    console.info(`crash test: ${ROUNDS} kills, ${acks} acknowledged saves, ${killedBeforeReady} kills during start-up`);
  }, 90_000);
});
