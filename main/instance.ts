/**
 * Electron glue kept testable: one Plenary at a time, and what happens when
 * the services cannot start. The parts of Electron it uses are passed in
 * (structurally typed), so the unit tests drive it with plain objects.
 */

import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** What this module needs of Electron's `app`. */
export interface InstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[], workingDirectory: string) => void): unknown;
}

/** What it needs of a BrowserWindow. */
export interface InstanceWindow {
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/**
 * Takes Electron's single-instance lock. The second launch quits at once
 * (returns false); the first one brings its window forward whenever another
 * launch is attempted, handing the files named in its argv to `onArgv`.
 */
export function claimSingleInstance(
  app: InstanceApp,
  mainWindow: () => InstanceWindow | undefined,
  onArgv: (argv: string[], workingDirectory: string) => void = () => {},
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // E.g. a double-clicked .plenary file on Windows or Linux: its path is in argv.
    onArgv(argv ?? [], workingDirectory ?? process.cwd());
    const win = mainWindow();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  return true;
}

/**
 * Starts the services; when that fails (e.g. the data folder is in use by
 * another Plenary) shows the reason in an error box and quits, touching no
 * file. Returns null then.
 */
export async function startOrExplain<T>(
  start: () => Promise<T>,
  showErrorBox: (title: string, content: string) => void,
  app: Pick<InstanceApp, 'quit'>,
  /** Where the details go, so a delegate can send them: the box names this file. */
  logFile?: string,
): Promise<T | null> {
  try {
    return await start();
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    let where = '';
    if (logFile) {
      try {
        mkdirSync(dirname(logFile), { recursive: true });
        appendFileSync(logFile, `${new Date().toISOString()} Plenary cannot start\n${(e as Error)?.stack ?? message}\n\n`);
        where = `\n\nDetails were written to ${logFile}; send that file along when you report the problem.`;
      } catch {
        // The log is a help, never a second failure.
      }
    }
    showErrorBox('Plenary cannot start', `${message}${where}`);
    app.quit();
    return null;
  }
}
