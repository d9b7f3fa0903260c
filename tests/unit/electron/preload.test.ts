// The preload glue: the fake below stands in for Electron's API boundary only.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES, channelOf } from '../../../common/contract';

const calls = vi.hoisted(() => ({
  exposed: [] as Array<{ key: string; api: Record<string, unknown> }>,
  invoked: [] as unknown[][],
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => calls.exposed.push({ key, api }),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => (calls.invoked.push(args), Promise.resolve('answer')),
    send: () => {
      throw new Error('the preload must not use ipcRenderer.send');
    },
    on: () => {
      throw new Error('the preload must not listen on raw channels');
    },
  },
}));

describe('preload', () => {
  beforeEach(async () => {
    calls.exposed.length = 0;
    calls.invoked.length = 0;
    vi.resetModules();
    await import('../../../preload/index');
  });

  it("exposes one object, 'plenary', exactly once", () => {
    expect(calls.exposed).toHaveLength(1);
    expect(calls.exposed[0]!.key).toBe('plenary');
  });

  it('exposes exactly the contract methods, all functions, nothing else', () => {
    const api = calls.exposed[0]!.api;
    expect(Object.keys(api).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) expect(typeof api[name]).toBe('function');
    // No raw IPC object leaks through.
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it("each method invokes its own channel and returns main's answer", async () => {
    const api = calls.exposed[0]!.api as Record<string, (...a: unknown[]) => Promise<unknown>>;
    for (const name of METHOD_NAMES) {
      await expect(api[name]!('a', 2)).resolves.toBe('answer');
    }
    expect(calls.invoked).toEqual(METHOD_NAMES.map((n) => [channelOf(n), 'a', 2]));
  });
});
