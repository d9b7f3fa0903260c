/**
 * Remembers the main window's bounds in userData/window-state.json. Pure
 * parts (validation, clamping to the displays) are separate from the small
 * file I/O so tests pin them without Electron.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

const int = z.number().int().min(-100_000).max(100_000);
export const WindowStateSchema = z
  .object({
    x: int,
    y: int,
    width: z.number().int().positive().max(100_000),
    height: z.number().int().positive().max(100_000),
    maximized: z.boolean(),
  })
  .strict();

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 720, height: 480 } as const;

/** Parse stored JSON; null when it is missing, corrupt or of the wrong shape. */
export function parseWindowState(json: string | null | undefined): WindowState | null {
  if (!json) return null;
  try {
    const r = WindowStateSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Bounds to open the window with, given the saved state (or null) and the
 * work areas of the connected displays (the first is the primary one).
 * The window lands on the display it overlaps most, fits inside it and is
 * never smaller than MIN_SIZE (unless the display itself is smaller); with no
 * usable saved state it is centred on the primary display at DEFAULT_SIZE.
 * Returns undefined x/y only when there is no display information at all.
 */
export function clampToDisplays(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  /** The primary display's work area (screen.getPrimaryDisplay()): the order of getAllDisplays() says nothing about it. */
  primaryArea: Rect | undefined = workAreas[0],
): { x?: number; y?: number; width: number; height: number; maximized: boolean } {
  const primary = primaryArea;
  if (!primary) {
    const size = saved ? { width: saved.width, height: saved.height } : { ...DEFAULT_SIZE };
    return { ...size, maximized: saved?.maximized ?? false };
  }
  if (!saved) return { ...centred(DEFAULT_SIZE, primary), maximized: false };

  let best = primary;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlapArea(saved, area);
    if (o > bestArea) {
      best = area;
      bestArea = o;
    }
  }
  // Off every screen (a monitor was unplugged): same size, centred on the primary.
  if (bestArea === 0) return { ...centred(saved, primary), maximized: saved.maximized };

  const width = Math.min(Math.max(saved.width, MIN_SIZE.width), best.width);
  const height = Math.min(Math.max(saved.height, MIN_SIZE.height), best.height);
  const x = Math.min(Math.max(saved.x, best.x), best.x + best.width - width);
  const y = Math.min(Math.max(saved.y, best.y), best.y + best.height - height);
  return { x, y, width, height, maximized: saved.maximized };
}

/** The state to store, from the window's normal (unmaximized) bounds. */
export function toWindowState(normalBounds: Rect, maximized: boolean): WindowState {
  return {
    x: Math.round(normalBounds.x),
    y: Math.round(normalBounds.y),
    width: Math.max(1, Math.round(normalBounds.width)),
    height: Math.max(1, Math.round(normalBounds.height)),
    maximized,
  };
}

export function loadWindowState(userDataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(join(userDataDir, WINDOW_STATE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/** Write atomically (temp file + rename) so a crash never leaves half a file. */
export function saveWindowState(userDataDir: string, state: WindowState): void {
  const file = join(userDataDir, WINDOW_STATE_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(WindowStateSchema.parse(state)) + '\n', 'utf8');
  renameSync(tmp, file);
}

/** Trailing-edge debounce with an explicit flush (for 'close'). */
export function debounce(fn: () => void, ms: number): { (): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    fn();
  };
  const d = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  d.flush = () => {
    if (timer) {
      clearTimeout(timer);
      run();
    }
  };
  d.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return d;
}
