/*
 * The desktop app's main process: wiring only. Everything with a decision in it lives in a small
 * module beside this one (and is unit-tested there); the domain never sees Electron.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, safeStorage, screen, shell } from 'electron';
import ElectronStore from 'electron-store';
import { resolveDataDir } from '../storage/data-dir';
import { unsealedCodec } from '../storage/secret-codec';
import { createWorkbenchService } from '../service';
import { openWorkspace } from '../workspace';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, rendererEntry, serveRendererRequest } from './app-protocol';
import { dataDirFromArgv } from './argv';
import { openDesktopFiles } from './desktop-files';
import { startIssuerIfWanted } from '../issuer/autostart';
import { registerIpcHandlers } from './ipc';
import { keychainCodec } from './keychain';
import { buildMenuTemplate } from './menu';
import { guardWebContents, isAppMainFrame, restrictPermissions } from './security';
import { mainWindowOptions } from './window-options';
import { captureWindowState, restoreWindowState } from './window-state';

const PRELOAD_PATH = path.join(__dirname, '../preload/index.js');
const RENDERER_ROOT = path.join(__dirname, '../renderer');
const WINDOW_STATE_FILE = 'window-state';

const entry = rendererEntry(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const dataDir = resolveDataDir(dataDirFromArgv(process.argv));

// Before `ready`: the app:// origin, the sandbox for every renderer, and Chromium's own files in the
// data folder. The default data folder already is userData; for another one this also makes the
// single-instance lock per folder, so two windows never write the same workspace.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
app.setPath('userData', dataDir);

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents, whichever window or frame it belongs to, gets the same guards.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      appUrlPrefix: entry.appUrlPrefix,
      openExternal: (url) => shell.openExternal(url),
    });
    restrictPermissions(contents.session, entry.appUrlPrefix);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.whenReady().then(start, failToStart);
}

function start(): void {
  try {
    const files = openDesktopFiles(
      dataDir,
      (options) => new ElectronStore({ ...options, clearInvalidConfig: false }),
    );
    const workspace = openWorkspace({
      dataDir,
      files,
      codec: keychainCodec(safeStorage, process.platform) ?? unsealedCodec,
    });
    const service = createWorkbenchService(workspace, { appVersion: app.getVersion() });
    registerIpcHandlers(ipcMain, service, (event) => isAppMainFrame(event.senderFrame, entry.appUrlPrefix));
    // "Start with the app": a port in use is logged, and the Local Issuer page shows it stopped.
    void startIssuerIfWanted(service).then((message) => {
      if (message !== undefined) console.log(message);
    });
    // electron-store answers this channel for renderer-side stores, which we do not use; no
    // channel should answer a sender nobody checked.
    ipcMain.removeAllListeners('electron-store-get-data');

    protocol.handle(APP_SCHEME, (request) => serveRendererRequest(RENDERER_ROOT, request.url));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, app.name)));

    // Only window geometry: an unreadable file is simply started afresh.
    const windowState = new ElectronStore({
      cwd: dataDir,
      name: WINDOW_STATE_FILE,
      clearInvalidConfig: true,
    });
    const openWindow = () => {
      mainWindow = createMainWindow(windowState);
      mainWindow.on('closed', () => (mainWindow = null));
    };
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  } catch (error) {
    failToStart(error);
  }
}

function createMainWindow(windowState: ElectronStore): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const restored = restoreWindowState(windowState.store, workAreas);
  const window = new BrowserWindow(mainWindowOptions({ bounds: restored.bounds, preloadPath: PRELOAD_PATH }));
  window.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first paint too.
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    windowState.store = { ...captureWindowState(window) };
  });
  window.loadURL(entry.url).catch(failToStart);
  return window;
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Token Workbench could not start', `${message}\n\nData folder: ${dataDir}`);
  app.exit(1);
}
