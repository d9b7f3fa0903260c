/**
 * Electron lifecycle. Thin glue only: everything that is not Electron-specific
 * lives in services that the browser twin hosts too, or in small modules
 * (security, lifecycle, opened-files, print-pdf, data-folder) that unit tests
 * and the launch test (tests/unit/electron/launch.test.ts) pin.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { migrateDataFolder } from './data-folder';
import { claimSingleInstance, startOrExplain } from './instance';
import { bindIpc } from './ipc';
import { installQuitPath } from './lifecycle';
import { ACTION_SCRIPTS, OPENED_FILE_SCRIPT, labelsFor, menuTemplate, type MenuAction } from './menu';
import { filesFromArgv, OpenedFiles } from './opened-files';
import { createPdfPrinter } from './print-pdf';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  externalUrl,
  isAppUrl,
  mimeType,
  permissionAllowed,
  requestAllowed,
  resolveAppPath,
  secureWebPreferences,
} from './security';
import { makePickFiles } from './library/electron-glue';
import { createServices } from './services/handlers';
import { clampToDisplays, debounce, loadWindowState, saveWindowState, toWindowState } from './window-state';

// Before anything touches the data folder: notes kept under the old lowercase name move to "Plenary".
try {
  migrateDataFolder(app.getPath('appData'));
} catch (e) {
  console.error(`[plenary] the data folder could not be moved: ${(e as Error).message}`);
}

// DevTools exist only in development builds.
const devTools = !app.isPackaged;

// Every renderer is sandboxed, whatever a future window's webPreferences say.
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererRoot = () => join(__dirname, '../renderer');
const corpusDir = () =>
  app.isPackaged ? join(process.resourcesPath, 'corpus') : join(app.getAppPath(), 'corpus/out');

/** file:// URLs of briefs being printed: the only documents besides the app's own that may load. */
const printFiles = new Set<string>();

const printPdf = createPdfPrinter(
  () => {
    const { preload: _preload, ...prefs } = secureWebPreferences('');
    return new BrowserWindow({ show: false, webPreferences: { ...prefs, javascript: false } });
  },
  (url) => {
    printFiles.add(url);
    return () => printFiles.delete(url);
  },
);

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
  // No request leaves the app, and no data:/blob: document loads (see requestAllowed).
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !requestAllowed(details.url, details.resourceType, { printFiles, devTools }) });
  });
  // Only the clipboard write of "Copy with citation", and only for the app's own pages.
  ses.setPermissionRequestHandler((wc, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl ?? wc?.getURL())),
  );
  ses.setPermissionCheckHandler((wc, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin && requestingOrigin !== 'null' ? requestingOrigin : wc?.getURL()),
  );
  ses.setDevicePermissionHandler(() => false);
}

/** Links to the outside world (http(s), mailto:) open in the system's programs, never in the app. */
function openExternalLink(url: string): void {
  const safe = externalUrl(url);
  if (safe) void shell.openExternal(safe);
}

const mainWindow = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

function onMenuAction(action: MenuAction): void {
  const win = mainWindow();
  if (action === 'about') return app.showAboutPanel();
  if (!win) return;
  const history = win.webContents.navigationHistory;
  if (action === 'go-back') return void (history.canGoBack() && history.goBack());
  if (action === 'go-forward') return void (history.canGoForward() && history.goForward());
  // Constant scripts only (see ACTION_SCRIPTS): nothing from outside reaches executeJavaScript.
  void win.webContents.executeJavaScript(ACTION_SCRIPTS[action]);
}

// Files the system asks us to open (.plenary): kept until the renderer takes them for the import preview.
const openedFiles = new OpenedFiles(() => {
  const win = mainWindow();
  if (!win || win.webContents.isLoading()) return; // the renderer asks for waiting files once it has loaded
  if (win.isMinimized()) win.restore();
  win.focus();
  void win.webContents.executeJavaScript(OPENED_FILE_SCRIPT);
});
// macOS: a double-clicked file, before or after ready.
app.on('open-file', (event, path) => {
  event.preventDefault();
  void openedFiles.add(path);
});
// Windows and Linux: the file's path is an argument of the first launch...
for (const path of filesFromArgv(process.argv.slice(1), process.cwd())) void openedFiles.add(path);

function createWindow(): BrowserWindow {
  const dataDir = app.getPath('userData');
  const bounds = clampToDisplays(
    loadWindowState(dataDir),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
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
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs'), { devTools }),
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
    openExternalLink(url);
    return { action: 'deny' };
  });
  // A click on a link navigates nowhere: the outside world opens in the system's programs.
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openExternalLink(url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  if (!devTools) contents.on('devtools-opened', () => contents.closeDevTools());
});

// One Plenary at a time: a second launch brings the running window forward and
// hands over the files it was asked to open (the store also locks its data folder).
const primary = claimSingleInstance(app, mainWindow, (argv, cwd) => {
  for (const path of filesFromArgv(argv.slice(1), cwd)) void openedFiles.add(path);
});

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
        openedFiles,
        // Main shows the dialog and reads what was picked; the renderer never names a path.
        pickFiles: makePickFiles((options) => {
          const win = BrowserWindow.getFocusedWindow();
          return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
        }),
        openPath: (path) => shell.openPath(path),
      }),
    (title, content) => dialog.showErrorBox(title, content),
    app,
    join(app.getPath('logs'), 'plenary.log'),
  );
  if (!services) return;
  // Menu, last window, logout and Ctrl-C all end in the same quit, which closes the store first.
  installQuitPath(app, process, () => services.close());
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
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
