/**
 * The lock never takes over a live holder (finding 3): a holder on this
 * machine that is still the same process (pid alive, same boot, same process
 * start time) keeps its lock however old its heartbeat; a pid that now
 * belongs to another process does not count; and a holder whose lock was
 * taken anyway stops saving with a notice. Real processes run the real store
 * code, bundled from main/store as in the crash test.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../main/store';
import { bootId, LOCK_FILE, processStart, STALE_MS } from '../../../main/store/lock';
import { storeHolders } from './child-store';
import { newAnnotation, tempDir } from './helpers';

const linux = fs.existsSync('/proc/self/stat') && fs.existsSync('/proc/sys/kernel/random/boot_id');

// Holds the store; on "save" creates an annotation, on "close" closes; answers one JSON line each.
const CHILD = `
import readline from 'node:readline';
const [bundle, dir] = process.argv.slice(2);
const { createStore } = await import(bundle);
const store = createStore(dir);
process.stdout.write(JSON.stringify({ open: true }) + '\\n');
const note = (n) => ({
  docId: 'a-68-370', blockId: 'p-1', color: 'yellow', note: n, tags: [],
  quote: { type: 'TextQuoteSelector', exact: 'passage ' + n, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 1, end: 9 + n.length },
});
for await (const line of readline.createInterface({ input: process.stdin })) {
  let answer;
  try {
    if (line === 'save') answer = { saved: store.createAnnotation(note('enfant')).id };
    else if (line === 'close') { await store.close(); answer = { closed: true }; }
  } catch (e) {
    answer = { error: e.message };
  }
  answer.notices = line === 'close' ? [] : store.storeNotices();
  process.stdout.write(JSON.stringify(answer) + '\\n');
}
`;

const startHolder = storeHolders('lock-holder', CHILD);

interface Holder {
  proc: ChildProcess;
  ask(cmd: string): Promise<{ saved?: string; error?: string; notices: { file: string; message: string }[] }>;
}

function holder(dir: string): Promise<Holder> {
  return new Promise((resolve, reject) => {
    const proc = startHolder(dir, 'pipe', reject);
    let buffer = '';
    const waiting: ((v: never) => void)[] = [];
    proc.stdout!.setEncoding('utf8').on('data', (c: string) => {
      buffer += c;
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        if (msg.open) resolve(holderApi);
        else waiting.shift()?.(msg as never);
      }
    });
    const holderApi: Holder = {
      proc,
      ask: (cmd) =>
        new Promise((done) => {
          waiting.push(done as (v: never) => void);
          proc.stdin!.write(`${cmd}\n`);
        }),
    };
  });
}

const lockOf = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
const age = (file: string, ms: number) => {
  const old = new Date(Date.now() - ms);
  fs.utimesSync(file, old, old);
};

describe.skipIf(!linux)('a live holder keeps its lock (Linux: boot id and process start time)', () => {
  it('records the boot id and its start time, and keeps the folder however old its heartbeat', async () => {
    const dir = tempDir('lock-holder');
    const h = await holder(dir);
    const lock = lockOf(dir);
    expect(lock).toMatchObject({ pid: h.proc.pid, host: os.hostname(), bootId: bootId(), procStart: processStart(h.proc.pid!) });
    // A laptop waking from sleep: the heartbeat is an hour old, the holder is the same process.
    age(path.join(dir, LOCK_FILE), 3600_000);
    expect(() => createStore(dir)).toThrow(`in use by another Plenary (process ${h.proc.pid}`);
    expect(lockOf(dir)).toEqual(lock);
    expect((await h.ask('save')).saved).toBeTruthy(); // and it still saves
    await h.ask('close');
  });

  it('a pid now used by another process (another start time, or another boot) does not count, even when fresh', async () => {
    const dir = tempDir('lock-holder');
    const file = path.join(dir, LOCK_FILE);
    // The test runner's parent: alive, but not the process that wrote this lock.
    const base = { pid: process.ppid, host: os.hostname(), started: '2026-11-29T08:00:00.000Z' };
    fs.writeFileSync(file, JSON.stringify({ ...base, bootId: bootId(), procStart: '1' }));
    await createStore(dir).close();
    fs.writeFileSync(file, JSON.stringify({ ...base, bootId: '00000000-0000-0000-0000-000000000000', procStart: processStart(process.ppid) }));
    await createStore(dir).close();
    // The very same process, recorded as such: refused.
    fs.writeFileSync(file, JSON.stringify({ ...base, bootId: bootId(), procStart: processStart(process.ppid) }));
    age(file, STALE_MS * 10);
    expect(() => createStore(dir)).toThrow(`in use by another Plenary (process ${process.ppid}`);
  });
});

describe('a holder whose lock was taken', () => {
  it('stops saving with a notice, and does not overwrite the other instance\'s files when it closes', async () => {
    const dir = tempDir('lock-holder');
    const h = await holder(dir);
    expect((await h.ask('save')).saved).toBeTruthy();
    // Another instance takes the folder (the lock now names this test process), and saves.
    fs.rmSync(path.join(dir, LOCK_FILE));
    const other = createStore(dir);
    const mine = other.createAnnotation(newAnnotation({ note: 'autre instance' }));
    const answer = await h.ask('save');
    expect(answer.saved).toBeUndefined();
    expect(answer.error).toMatch(`The data folder ${dir} has been taken over by another Plenary (process ${process.pid}`);
    expect(answer.notices).toContainEqual({ docId: null, file: LOCK_FILE, message: answer.error });
    await h.ask('close');
    await other.close();
    const reopened = createStore(dir);
    expect(reopened.listAnnotations().map((a) => a.id)).toContain((mine as { id: string }).id);
    await reopened.close();
  });
});
