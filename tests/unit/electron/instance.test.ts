/** The single-instance and start-up glue of the desktop app, driven with plain objects standing for Electron's app and window. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimSingleInstance, startOrExplain, type InstanceApp, type InstanceWindow } from '../../../main/instance';

function fakeApp(gotLock: boolean) {
  const calls: string[] = [];
  const listeners: Array<(e: unknown, argv: string[], cwd: string) => void> = [];
  const app: InstanceApp = {
    requestSingleInstanceLock: () => (calls.push('lock'), gotLock),
    quit: () => void calls.push('quit'),
    on: (event, listener) => {
      calls.push(`on ${event}`);
      listeners.push(listener);
    },
  };
  return {
    app,
    calls,
    secondLaunch: (argv: string[] = ['plenary'], cwd = '/home/d') => listeners.forEach((l) => l({}, argv, cwd)),
  };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const win: InstanceWindow = {
    isMinimized: () => minimized,
    restore: () => void calls.push('restore'),
    focus: () => void calls.push('focus'),
  };
  return { win, calls };
}

describe('claimSingleInstance', () => {
  it('a second launch quits at once and listens to nothing', () => {
    const { app, calls } = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(calls).toEqual(['lock', 'quit']);
  });

  it('the first instance brings its window forward, restoring it if minimized, when launched again', () => {
    const { app, calls, secondLaunch } = fakeApp(true);
    const w = fakeWindow(true);
    expect(claimSingleInstance(app, () => w.win)).toBe(true);
    expect(calls).toEqual(['lock', 'on second-instance']);
    secondLaunch();
    expect(w.calls).toEqual(['restore', 'focus']);
    const shown = fakeWindow(false);
    const again = fakeApp(true);
    claimSingleInstance(again.app, () => shown.win);
    again.secondLaunch();
    expect(shown.calls).toEqual(['focus']);
  });

  it('hands the argv of another launch (a double-clicked .plenary file) to the caller', () => {
    const { app, secondLaunch } = fakeApp(true);
    const seen: Array<[string[], string]> = [];
    claimSingleInstance(app, () => undefined, (argv, cwd) => seen.push([argv, cwd]));
    secondLaunch(['/opt/Plenary/plenary', '--flag', 'notes.plenary'], '/home/d/Downloads');
    expect(seen).toEqual([[['/opt/Plenary/plenary', '--flag', 'notes.plenary'], '/home/d/Downloads']]);
  });

  it('with no window yet, another launch does nothing', () => {
    const { app, secondLaunch } = fakeApp(true);
    claimSingleInstance(app, () => undefined);
    expect(() => secondLaunch()).not.toThrow();
  });
});

describe('startOrExplain', () => {
  it('writes the details to the log file and names it in the box', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'plenary-log-')), 'logs', 'plenary.log');
    const seen: string[] = [];
    await startOrExplain(
      async () => {
        throw new Error('settings.json cannot be read');
      },
      (_title, content) => void seen.push(content),
      { quit: () => {} },
      log,
    );
    expect(seen[0]).toBe(`settings.json cannot be read\n\nDetails were written to ${log}; send that file along when you report the problem.`);
    expect(readFileSync(log, 'utf8')).toMatch(/Plenary cannot start\nError: settings\.json cannot be read\n\s+at /);
  });

  it('returns the started services', async () => {
    const quit: string[] = [];
    expect(await startOrExplain(async () => 'services', () => quit.push('box'), { quit: () => void quit.push('quit') })).toBe('services');
    expect(quit).toEqual([]);
  });

  it('shows why it could not start, then quits', async () => {
    const seen: string[] = [];
    const result = await startOrExplain(
      async () => {
        throw new Error('The data folder /home/d/.config/Plenary is in use by another Plenary (process 4242, since 2026-11-30T08:00:00.000Z).');
      },
      (title, content) => void seen.push(`${title}: ${content}`),
      { quit: () => void seen.push('quit') },
    );
    expect(result).toBeNull();
    expect(seen).toEqual([
      'Plenary cannot start: The data folder /home/d/.config/Plenary is in use by another Plenary (process 4242, since 2026-11-30T08:00:00.000Z).',
      'quit',
    ]);
  });
});
