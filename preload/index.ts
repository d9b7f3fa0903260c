/**
 * The thin gate: exposes exactly the contract's methods as window.plenary,
 * each bound to its own channel. No raw ipcRenderer reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES, channelOf } from '../common/api-names';
import type { PlenaryApi } from '../common/contract';

const api = Object.fromEntries(
  METHOD_NAMES.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args)]),
) as PlenaryApi;

contextBridge.exposeInMainWorld('plenary', api);
