/**
 * The event-loop hold meter of the import bench (bench/import.ts) and of its
 * test (tests/unit/import-service-event-loop.test.ts).
 */

/**
 * Runs `work` while a 5 ms timer runs; returns its value, its time (wall
 * clock) and the longest the event loop was held between two ticks, less the
 * 5 ms the timer waits. A gap is counted in the process's CPU time when that
 * is smaller than the wall time: on a machine shared with other jobs the
 * process is often not running at all, and that wait says nothing about how
 * long this code holds the loop.
 */
export async function longestHold<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; holdMs: number }> {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let hold = 0;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    hold = Math.max(hold, Math.min(now - last, (cpu.user + cpu.system) / 1000) - 5);
    last = now;
    lastCpu = process.cpuUsage();
  };
  const timer = setInterval(tick, 5);
  try {
    const t = performance.now();
    const value = await work();
    const ms = performance.now() - t;
    tick();
    return { value, ms, holdMs: hold };
  } finally {
    clearInterval(timer);
  }
}
