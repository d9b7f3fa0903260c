/**
 * The one way Plenary quits, whatever asked: the menu, the last window, the
 * system's logout (SIGTERM), Ctrl-C in a terminal (SIGINT), a closed terminal
 * (SIGHUP). `before-quit` is held until the store has closed (journals
 * flushed, lock released), then the quit goes on.
 *
 * The store's dependency `atomically` pulls in `when-exit`, which at import
 * installs `process.once` handlers for these signals that replace Electron's
 * own: on a signal they clean up temporary files and re-raise it, so the
 * process dies without `before-quit` (no window-state save, no store close).
 * Removing those listeners and routing the signals to `app.quit()` puts the
 * normal quit back; when-exit's clean-up still runs on the process `exit`.
 */

export const QUIT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface QuitApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
  exit(code?: number): void;
}

export interface SignalProcess {
  removeAllListeners(signal: (typeof QUIT_SIGNALS)[number]): unknown;
  on(signal: (typeof QUIT_SIGNALS)[number], listener: () => void): unknown;
}

export function installQuitPath(app: QuitApp, proc: SignalProcess, close: () => Promise<void>, log: (m: string) => void = console.error): void {
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= close()
      .catch((e: unknown) => log(`[plenary] closing the store failed: ${(e as Error)?.message ?? String(e)}`))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
  for (const signal of QUIT_SIGNALS) {
    proc.removeAllListeners(signal);
    // The first signal quits normally; a second one while the quit is stuck ends the process.
    proc.on(signal, () => (closing ? app.exit(1) : app.quit()));
  }
}
