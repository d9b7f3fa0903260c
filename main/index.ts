/**
 * Electron lifecycle. Thin glue only: everything that is not Electron-specific
 * lives in services that the browser twin hosts too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { claimSingleInstance, startOrExplain } from './instance';
import { bindIpc } from './ipc';
import { ACTION_SCRIPTS, labelsFor, menuTemplate, type MenuAction } from './menu';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  mimeType,
  resolveAppPath,
  secureWebPreferences,
} from './security';
import { makePickFiles } from './library/electron-glue';
import { createServices } from './services/handlers';

/**
 * PDF export: the brief's self-contained HTML (no scripts, no remote
 * resources) printed by Chromium in a hidden window with JavaScript off.
 */
async function printPdf(html: string): Promise<Buffer> {
  const { preload: _preload, ...prefs } = secureWebPreferences('');
  const win = new BrowserWindow({ show: false, webPreferences: { ...prefs, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return Buffer.from(await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
  } finally {
    win.destroy();
  }
}
import { clampToDisplays, debounce, loadWindowState, saveWindowState, toWindowState } from './window-state';

// Every renderer is sandboxed, whatever a future window's webPreferences say.
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererRoot = () => join(__dirname, '../renderer');
const corpusDir = () =>
  app.isPackaged ? join(process.resourcesPath, 'corpus') : join(app.getAppPath(), 'corpus/out');

function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererRoot(), request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': mimeType(file),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDownSession(): void {
  const ses = session.defaultSession;
  // No request leaves the app: only its own scheme (and devtools) pass.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(isAppUrl(details.url) || details.url.startsWith('devtools:') || details.url.startsWith('data:text/html')) });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

/** Only well-formed http(s) links leave the app, re-serialised by the URL parser. */
function openExternalLink(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return;
  }
  if ((u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password) void shell.openExternal(u.href);
}

function onMenuAction(action: MenuAction): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (action === 'about') return app.showAboutPanel();
  if (!win) return;
  const history = win.webContents.navigationHistory;
  if (action === 'go-back') return void (history.canGoBack() && history.goBack());
  if (action === 'go-forward') return void (history.canGoForward() && history.goForward());
  // Constant scripts only (see ACTION_SCRIPTS): nothing from outside reaches executeJavaScript.
  void win.webContents.executeJavaScript(ACTION_SCRIPTS[action]);
}

function createWindow(): BrowserWindow {
  const dataDir = app.getPath('userData');
  const bounds = clampToDisplays(
    loadWindowState(dataDir),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Plenary',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });
  const save = debounce(() => {
    if (!win.isDestroyed() && !win.isMinimized() && !win.isFullScreen()) {
      try {
        saveWindowState(dataDir, toWindowState(win.getNormalBounds(), win.isMaximized()));
      } catch {
        // Window placement is a convenience: never let it break the app.
      }
    }
  }, 500);
  win.on('resize', save);
  win.on('move', save);
  win.on('maximize', save);
  win.on('unmaximize', save);
  win.on('close', () => save.flush());
  win.on('closed', () => save.cancel());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

// Navigation limits for every web contents, including any created later.
app.on('web-contents-created', (_e, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the outside world open in the system browser, never in the app.
    openExternalLink(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
});

// One Plenary at a time: a second launch brings the running window forward
// (the store also locks its data folder against any other process).
const primary = claimSingleInstance(app, () => BrowserWindow.getAllWindows()[0]);

void app.whenReady().then(async () => {
  if (!primary) return;
  lockDownSession();
  serveApp();
  // E.g. the data folder is in use by another Plenary: say so, and leave every file as it is.
  const services = await startOrExplain(
    () =>
      createServices({
        corpusDir: corpusDir(),
        dataDir: app.getPath('userData'),
        printPdf,
        // Main shows the dialog and reads what was picked; the renderer never names a path.
        pickFiles: makePickFiles((options) => {
          const win = BrowserWindow.getFocusedWindow();
          return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
        }),
        openPath: (path) => shell.openPath(path),
      }),
    (title, content) => dialog.showErrorBox(title, content),
    app,
  );
  if (!services) return;
  bindIpc(ipcMain, services.handlers);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({ platform: process.platform, labels: labelsFor(app.getLocale()), send: onMenuAction }),
    ),
  );
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('before-quit', () => void services.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
