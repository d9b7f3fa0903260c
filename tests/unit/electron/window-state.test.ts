import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  WINDOW_STATE_FILE,
  clampToDisplays,
  debounce,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  toWindowState,
  type WindowState,
} from '../../../main/window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const right = { x: 1920, y: 0, width: 2560, height: 1400 };
const state = (s: Partial<WindowState>): WindowState => ({ x: 100, y: 100, width: 1200, height: 800, maximized: false, ...s });

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState(JSON.stringify(state({})))).toEqual(state({}));
  });
  it.each([
    null,
    '',
    'not json',
    '[]',
    '{"x":1,"y":2,"width":3}',
    JSON.stringify({ ...state({}), width: -5 }),
    JSON.stringify({ ...state({}), width: 0 }),
    JSON.stringify({ ...state({}), x: 1.5 }),
    JSON.stringify({ ...state({}), x: 1e9 }),
    JSON.stringify({ ...state({}), maximized: 'yes' }),
    JSON.stringify({ ...state({}), extra: 1 }),
    '{"x":null,"y":0,"width":800,"height":600,"maximized":false}',
  ])('rejects %s', (json) => {
    expect(parseWindowState(json)).toBeNull();
  });
});

describe('clampToDisplays', () => {
  it('centres the default size on the primary display without a saved state', () => {
    expect(clampToDisplays(null, [primary, right])).toEqual({
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
      maximized: false,
    });
  });

  it('centres on the primary display even when the system lists another one first', () => {
    // After a monitor is unplugged and replugged, getAllDisplays() may list the secondary first.
    const lost = state({ x: 9000, y: 9000 });
    expect(clampToDisplays(lost, [right, primary], primary)).toMatchObject({ x: (1920 - 1200) / 2, y: (1040 - 800) / 2 });
    expect(clampToDisplays(null, [right, primary], primary)).toMatchObject({ x: (1920 - DEFAULT_SIZE.width) / 2 });
  });

  it('keeps a state that fits on its display', () => {
    expect(clampToDisplays(state({}), [primary])).toEqual(state({}));
    const onRight = state({ x: 2000, y: 50, maximized: true });
    expect(clampToDisplays(onRight, [primary, right])).toEqual(onRight);
  });

  it('pulls a half off-screen window back inside the display it overlaps most', () => {
    expect(clampToDisplays(state({ x: 1500, y: -200 }), [primary])).toMatchObject({ x: 720, y: 0 });
    expect(clampToDisplays(state({ x: 4000, y: 1000 }), [primary, right])).toMatchObject({
      x: 1920 + 2560 - 1200,
      y: 1400 - 800,
    });
  });

  it('recentres on the primary display when the saved display is gone', () => {
    const r = clampToDisplays(state({ x: 3000, y: 200 }), [primary]);
    expect(r).toEqual({ x: 360, y: 120, width: 1200, height: 800, maximized: false });
  });

  it('shrinks to the display and grows to the minimum size', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(clampToDisplays(state({ width: 3000, height: 2000 }), [small])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
      maximized: false,
    });
    expect(clampToDisplays(state({ width: 100, height: 50 }), [primary])).toMatchObject(MIN_SIZE);
  });

  it('handles displays with negative origins (left or above the primary)', () => {
    const left = { x: -1280, y: -200, width: 1280, height: 1024 };
    expect(clampToDisplays(state({ x: -1200, y: -150, width: 800, height: 600 }), [primary, left])).toEqual(
      state({ x: -1200, y: -150, width: 800, height: 600 }),
    );
  });

  it('without display information keeps the size and lets Electron place the window', () => {
    expect(clampToDisplays(state({}), [])).toEqual({ width: 1200, height: 800, maximized: false });
    expect(clampToDisplays(null, [])).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('always returns a rectangle inside some work area (property check)', () => {
    const areas = [primary, right, { x: -1280, y: 100, width: 1280, height: 720 }];
    for (let i = 0; i < 500; i++) {
      const r = (n: number) => Math.round((Math.sin(i * 97.13 + n) * 0.5 + 0.5) * 8000 - 4000);
      const s = state({ x: r(1), y: r(2), width: Math.abs(r(3)) + 1, height: Math.abs(r(4)) + 1 });
      const out = clampToDisplays(s, areas);
      const inside = areas.some(
        (a) =>
          out.x! >= a.x && out.y! >= a.y && out.x! + out.width <= a.x + a.width && out.y! + out.height <= a.y + a.height,
      );
      expect(inside, JSON.stringify({ s, out })).toBe(true);
    }
  });
});

describe('load and save', () => {
  it('round-trips through userData/window-state.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-ws-'));
    expect(loadWindowState(dir)).toBeNull();
    saveWindowState(dir, toWindowState({ x: 10.4, y: 20.6, width: 999.5, height: 700 }, true));
    expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 700,
      maximized: true,
    });
    expect(loadWindowState(dir)).toEqual({ x: 10, y: 21, width: 1000, height: 700, maximized: true });
  });

  it('ignores a corrupt file and refuses to write an invalid state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plenary-ws-'));
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"x":');
    expect(loadWindowState(dir)).toBeNull();
    expect(() => saveWindowState(dir, { x: 0, y: 0, width: Number.NaN, height: 1, maximized: false })).toThrow();
  });
});

describe('debounce', () => {
  it('runs once after the quiet period, and flush runs a pending call now', () => {
    vi.useFakeTimers();
    try {
      let n = 0;
      const d = debounce(() => n++, 500);
      d();
      d();
      vi.advanceTimersByTime(499);
      expect(n).toBe(0);
      vi.advanceTimersByTime(1);
      expect(n).toBe(1);
      d();
      d.flush();
      expect(n).toBe(2);
      d.flush();
      expect(n).toBe(2);
      d();
      d.cancel();
      vi.advanceTimersByTime(1000);
      expect(n).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
