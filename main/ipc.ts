/**
 * Binds every method of the contract to an IPC channel. A call is answered
 * only when it comes from the app's own top-level frame; the arguments then
 * go through the shared dispatch gate.
 */
import { METHOD_NAMES, channelOf, type Handlers } from '../common/contract';
import { fail } from '../common/result';
import { dispatch } from './dispatch';
import { isAppUrl } from './security';

/** The subset of Electron's IpcMainInvokeEvent that the check needs. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export function isTrustedSender(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export function bindIpc(ipcMain: IpcMainLike, handlers: Handlers): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), (event, ...args) => {
      if (!isTrustedSender(event)) {
        return fail(`${name}: refused, the call did not come from the app's own window.`);
      }
      return dispatch(handlers, name, args);
    });
  }
}
