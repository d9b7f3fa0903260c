/**
 * The pace of a long export: writers call `step()` once per highlight
 * written. It counts the highlights done, and once a slice of SLICE_MS has
 * run it yields to the event loop, so every other call (a progress poll, the
 * reader's own requests) is answered while a brief of 10,000 highlights is
 * written; it throws when the export was cancelled, so the writer stops there.
 */
import { UserError } from '../../common/result';

/** One slice of writing; well under the 100 ms in which other calls must be answered. */
export const SLICE_MS = 12;

export type ExportPhase = 'preparing' | 'writing' | 'packing';

export interface Pace {
  /** A new phase of `total` steps (the counter starts again at 0). */
  phase(phase: ExportPhase, total?: number): Promise<void>;
  /** One more highlight done; resolves at once, or after a yield when the slice is used up. */
  step(): Promise<void> | undefined;
}

export interface PaceState {
  phase: ExportPhase;
  done: number;
  total: number;
  cancelled: boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export const CANCELLED = 'The export was cancelled.';

/** A pace that writes its counts into `state` (which the job's progress reads). */
export function paceFor(state: PaceState, sliceMs = SLICE_MS): Pace {
  let sliceEnd = Date.now() + sliceMs;
  const turn = async () => {
    await nextTurn();
    if (state.cancelled) throw new UserError(CANCELLED);
    sliceEnd = Date.now() + sliceMs;
  };
  return {
    phase(phase, total = state.total) {
      state.phase = phase;
      state.done = 0;
      state.total = total;
      return turn();
    },
    step() {
      state.done++;
      return Date.now() >= sliceEnd ? turn() : undefined;
    },
  };
}

/** For callers that want no progress: counts nothing, never yields. */
export const NO_PACE: Pace = { phase: () => Promise.resolve(), step: () => undefined };
