/**
 * A recording stand-in for the `electron` module, for the launch test: the
 * built out/main/index.js runs under plain Node with this in Electron's
 * place (see hooks.mjs). Each piece is typed against Electron's own
 * declarations (node_modules/electron/electron.d.ts) where its signature is
 * simple, so a change in Electron's API shows here as a type error. It
 * records what main asks of Electron and answers the test's commands over the
 * child-process IPC channel (see launch.test.ts).
 */
import { EventEmitter } from 'node:events';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type * as Electron from 'electron';

type Listener = (...args: never[]) => unknown;
type Rect = Electron.Rectangle;
type Displays = { all: Rect[]; primary: Rect };

const appData = process.env.PLENARY_TEST_APPDATA ?? '/nonexistent';
const displays = JSON.parse(process.env.PLENARY_TEST_DISPLAYS ?? '{"all":[{"x":0,"y":0,"width":1920,"height":1040}],"primary":{"x":0,"y":0,"width":1920,"height":1040}}') as Displays;

const send = (m: unknown) => process.send?.(m);
const record = {
  sandbox: false,
  schemes: [] as Electron.CustomScheme[],
  menuSet: false,
  errorBoxes: [] as { title: string; content: string }[],
  external: [] as string[],
  scripts: [] as string[],
  loads: [] as { url?: string; file?: string; size?: number }[],
  windows: [] as Electron.BrowserWindowConstructorOptions[],
};

/* ----------------------------------------------------------------- app */
const appEvents = new EventEmitter();
let markReady: () => void = () => {};
const ready = new Promise<void>((r) => (markReady = r));
let isReady = false;

function quitFlow(): void {
  let prevented = false;
  appEvents.emit('before-quit', { preventDefault: () => (prevented = true) });
  send({ event: 'before-quit', prevented });
  if (prevented) return;
  for (const w of windows) w.emit('close', { preventDefault() {} });
  appEvents.emit('will-quit', { preventDefault() {} });
  appEvents.emit('quit');
  send({ event: 'quit' });
  setImmediate(() => process.exit(0));
}

const typedApp: Pick<
  Electron.App,
  'whenReady' | 'getPath' | 'getAppPath' | 'getLocale' | 'requestSingleInstanceLock' | 'enableSandbox' | 'quit' | 'exit' | 'showAboutPanel' | 'isReady'
> & { isPackaged: boolean } = {
  whenReady: () => ready,
  isReady: () => isReady,
  getPath: (name) => (name === 'appData' ? appData : name === 'userData' ? join(appData, 'Plenary') : join(appData, `_${name}`)),
  getAppPath: () => process.cwd(),
  getLocale: () => 'fr-FR',
  requestSingleInstanceLock: () => true,
  enableSandbox: () => void (record.sandbox = true),
  quit: () => quitFlow(),
  exit: (code) => {
    send({ event: 'exit', code });
    setImmediate(() => process.exit(code ?? 0));
  },
  showAboutPanel: () => {},
  isPackaged: false,
};
export const app = Object.assign(typedApp, {
  on: (event: string, listener: Listener) => (appEvents.on(event, listener as (...a: unknown[]) => void), app),
  once: (event: string, listener: Listener) => (appEvents.once(event, listener as (...a: unknown[]) => void), app),
});

/* -------------------------------------------------------- protocol etc. */
let appHandler: ((request: Request) => Promise<Response> | Response) | null = null;
export const protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged: (schemes) => void record.schemes.push(...schemes),
  handle: (scheme, handler) => {
    if (scheme === 'app') appHandler = handler as unknown as typeof appHandler;
  },
};

type BeforeRequest = (details: Pick<Electron.OnBeforeRequestListenerDetails, 'url' | 'resourceType'>, cb: (r: { cancel?: boolean }) => void) => void;
type PermissionRequest = (wc: { getURL(): string } | null, permission: string, cb: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
type PermissionCheck = (wc: { getURL(): string } | null, permission: string, origin: string, details: object) => boolean;
const sessionHandlers: { beforeRequest?: BeforeRequest; request?: PermissionRequest; check?: PermissionCheck; device?: () => boolean } = {};
export const session = {
  defaultSession: {
    webRequest: { onBeforeRequest: (fn: BeforeRequest) => void (sessionHandlers.beforeRequest = fn) },
    setPermissionRequestHandler: (fn: PermissionRequest) => void (sessionHandlers.request = fn),
    setPermissionCheckHandler: (fn: PermissionCheck) => void (sessionHandlers.check = fn),
    setDevicePermissionHandler: (fn: () => boolean) => void (sessionHandlers.device = fn),
  },
};

type InvokeHandler = (event: { senderFrame: { url: string; parent: null } }, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, InvokeHandler>();
export const ipcMain = { handle: (channel: string, fn: InvokeHandler) => void ipcHandlers.set(channel, fn) };

export const Menu = {
  buildFromTemplate: (template: Electron.MenuItemConstructorOptions[]) => ({ template }),
  setApplicationMenu: () => void (record.menuSet = true),
};

const display = (workArea: Rect, id: number) => ({ id, workArea, bounds: workArea });
export const screen: Pick<Electron.Screen, never> & { getAllDisplays(): { workArea: Rect }[]; getPrimaryDisplay(): { workArea: Rect } } = {
  getAllDisplays: () => displays.all.map(display),
  getPrimaryDisplay: () => display(displays.primary, 99),
};

export const dialog: Pick<Electron.Dialog, 'showErrorBox'> = {
  showErrorBox: (title, content) => {
    record.errorBoxes.push({ title, content });
    send({ event: 'error-box', title, content });
  },
};

export const shell: Pick<Electron.Shell, 'openExternal'> = {
  openExternal: async (url) => void record.external.push(url),
};

/* ------------------------------------------------------------ windows */
class FakeWebContents extends EventEmitter {
  url = '';
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  navigationHistory = { canGoBack: () => false, canGoForward: () => false, goBack() {}, goForward() {} };
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
  async executeJavaScript(script: string) {
    record.scripts.push(script);
    send({ event: 'script', script });
  }
  isLoading = () => false;
  getURL = () => this.url;
  closeDevTools() {}
  async printToPDF() {
    return new TextEncoder().encode('%PDF-1.7 launch-test');
  }
}

const windows: FakeWindow[] = [];
class FakeWindow extends EventEmitter {
  webContents = new FakeWebContents();
  destroyed = false;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    windows.push(this);
    record.windows.push(options);
    appEvents.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows = () => windows.filter((w) => !w.destroyed);
  static getFocusedWindow = () => null;
  async loadURL(url: string) {
    this.webContents.url = url;
    record.loads.push({ url });
    setImmediate(() => this.emit('ready-to-show'));
  }
  async loadFile(file: string) {
    record.loads.push({ file, size: statSync(file).size });
  }
  show() {}
  focus() {}
  restore() {}
  maximize() {}
  isMaximized = () => false;
  isMinimized = () => false;
  isFullScreen = () => false;
  isDestroyed = () => this.destroyed;
  getNormalBounds = () => ({ x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width ?? 800, height: this.options.height ?? 600 });
  destroy() {
    this.destroyed = true;
  }
}
export const BrowserWindow = FakeWindow;

export default { app, protocol, session, ipcMain, Menu, screen, dialog, shell, BrowserWindow };

/* ------------------------------------------------------ test commands */
type Command = { id: number; cmd: string; [k: string]: unknown };
const str = (v: unknown) => String(v ?? '');

async function answer(c: Command): Promise<unknown> {
  const wc = () => windows[0]!.webContents;
  switch (c.cmd) {
    case 'ready': {
      isReady = true;
      markReady();
      for (let i = 0; i < 400 && !record.loads.some((l) => l.url); i++) await new Promise((r) => setTimeout(r, 25));
      return record;
    }
    case 'record':
      return { ...record, channels: [...ipcHandlers.keys()], hasDeviceHandler: !!sessionHandlers.device && sessionHandlers.device() };
    case 'fetch': {
      const res = await appHandler!(new Request(str(c.url)));
      const body = await res.arrayBuffer();
      return { status: res.status, csp: res.headers.get('content-security-policy'), type: res.headers.get('content-type'), length: body.byteLength };
    }
    case 'permission': {
      const url = str(c.url);
      const asked = await new Promise<boolean>((r) => sessionHandlers.request!({ getURL: () => url }, str(c.permission), r, { requestingUrl: url }));
      // Electron reports a standard scheme's origin as scheme://host (WHATWG's URL says "null" for non-special schemes).
      const u = new URL(url);
      const checked = sessionHandlers.check!({ getURL: () => url }, str(c.permission), `${u.protocol}//${u.host}`, {});
      return { asked, checked };
    }
    case 'before-request':
      return new Promise((r) => sessionHandlers.beforeRequest!({ url: str(c.url), resourceType: c.resourceType as 'mainFrame' }, (x) => r(!!x.cancel)));
    case 'navigate': {
      let prevented = false;
      wc().emit('will-navigate', { preventDefault: () => (prevented = true) }, str(c.url));
      return prevented;
    }
    case 'window-open':
      return wc().openHandler!({ url: str(c.url) }).action;
    case 'open-file': {
      let prevented = false;
      appEvents.emit('open-file', { preventDefault: () => (prevented = true) }, str(c.path));
      return prevented;
    }
    case 'second-instance':
      appEvents.emit('second-instance', {}, c.argv, str(c.cwd));
      return true;
    case 'invoke': {
      const h = ipcHandlers.get(str(c.channel));
      if (!h) return { missing: true };
      return h({ senderFrame: { url: str(c.url ?? 'app://plenary/index.html'), parent: null } }, ...((c.args as unknown[]) ?? []));
    }
    case 'quit':
      setImmediate(() => app.quit());
      return true;
    default:
      throw new Error(`unknown command ${c.cmd}`);
  }
}

process.on('message', (m: Command) => {
  answer(m).then(
    (result) => send({ id: m.id, result }),
    (e: unknown) => send({ id: m.id, error: (e as Error).stack ?? String(e) }),
  );
});
