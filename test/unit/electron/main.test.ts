/*
 * The main-process entry, wired against a mocked `electron` (Electron cannot start here) and conf
 * standing in for electron-store. This proves the wiring only; the window itself is never shown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES } from '../../../src/main/electron/app-protocol';
import { ipcChannel, METHOD_NAMES } from '../../../src/shared/contract/methods';
import { tempDataDir } from '../../helpers/temp-dir';

type Fn = (...args: never[]) => unknown;

const h = vi.hoisted(() => {
  const make = () => {
    const appListeners = new Map<string, Fn>();
    const handlers = new Map<string, Fn>();
    const windows: FakeWindow[] = [];
    const stores: Array<Record<string, unknown>> = [];
    let lock = true;

    class FakeWindow {
      listeners = new Map<string, Fn>();
      webContents = {};
      show = vi.fn();
      maximize = vi.fn();
      focus = vi.fn();
      restore = vi.fn();
      isMinimized = vi.fn(() => true);
      isMaximized = vi.fn(() => false);
      getNormalBounds = vi.fn(() => ({ x: 40, y: 50, width: 1111, height: 777 }));
      loadURL = vi.fn(async (_url: string) => {});
      constructor(readonly options: Record<string, unknown>) {
        windows.push(this);
      }
      on(name: string, listener: Fn) {
        this.listeners.set(name, listener);
        return this;
      }
      once(name: string, listener: Fn) {
        return this.on(name, listener);
      }
      static getAllWindows = () => windows;
    }

    const electron = {
      app: {
        isPackaged: false,
        name: 'Token Workbench',
        getVersion: vi.fn(() => '9.9.9'),
        enableSandbox: vi.fn(),
        setPath: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => lock),
        quit: vi.fn(),
        exit: vi.fn(),
        whenReady: vi.fn(() => Promise.resolve()),
        on: vi.fn((name: string, listener: Fn) => appListeners.set(name, listener)),
      },
      BrowserWindow: FakeWindow,
      dialog: { showErrorBox: vi.fn() },
      ipcMain: {
        handle: vi.fn((channel: string, handler: Fn) => handlers.set(channel, handler)),
        removeAllListeners: vi.fn(),
      },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      safeStorage: {
        isEncryptionAvailable: () => true,
        getSelectedStorageBackend: () => 'gnome_libsecret',
        encryptString: (plain: string) => Buffer.from(`sealed:${plain}`),
        decryptString: (sealed: Buffer) => sealed.toString().slice('sealed:'.length),
      },
      screen: {
        getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
        getAllDisplays: () => [],
      },
      shell: { openExternal: vi.fn(async () => {}) },
    };
    return {
      electron,
      appListeners,
      handlers,
      windows,
      stores,
      setLock: (value: boolean) => (lock = value),
    };
  };
  return { current: make(), make };
});

vi.mock('electron', () => {
  // Late-bound, so that every fresh import of main.ts sees the current fakes.
  const e = () => h.current.electron;
  return {
    get app() {
      return e().app;
    },
    get BrowserWindow() {
      return e().BrowserWindow;
    },
    get dialog() {
      return e().dialog;
    },
    get ipcMain() {
      return e().ipcMain;
    },
    get Menu() {
      return e().Menu;
    },
    get protocol() {
      return e().protocol;
    },
    get safeStorage() {
      return e().safeStorage;
    },
    get screen() {
      return e().screen;
    },
    get shell() {
      return e().shell;
    },
  };
});

vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  class FakeElectronStore extends Conf<Record<string, unknown>> {
    constructor({ name, ...options }: { name: string; cwd: string } & Record<string, unknown>) {
      h.current.stores.push({ name, ...options });
      super({ ...options, configName: name, projectName: 'tw-test' });
    }
  }
  return { default: FakeElectronStore };
});

const flush = () => new Promise((resolve) => setImmediate(resolve));
const argv = process.argv;
let dataDir: string;

async function startMain(): Promise<void> {
  vi.resetModules();
  await import('../../../src/main/electron/main');
  await flush();
}

beforeEach(() => {
  h.current = h.make();
  dataDir = path.join(tempDataDir(), 'workspace data');
  process.argv = [argv[0]!, '.', '--data-dir', dataDir];
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.stubEnv('TOKEN_WORKBENCH_DATA', undefined);
});

afterEach(() => {
  process.argv = argv;
  vi.unstubAllEnvs();
});

describe('main process wiring', () => {
  it('before ready: registers app:// as privileged, sandboxes every renderer, uses the data folder', async () => {
    await startMain();
    const { app, protocol } = h.current.electron;
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.setPath).toHaveBeenCalledWith('userData', dataDir);
    expect(app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('opens the workspace with electron-store files, secrets in 0600, sealed by the keychain', async () => {
    await startMain();
    expect(h.current.stores).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'workspace', cwd: dataDir }),
        expect.objectContaining({ name: 'secrets', cwd: dataDir, configFileMode: 0o600 }),
        expect.objectContaining({ name: 'window-state', cwd: dataDir }),
      ]),
    );
    expect(fs.existsSync(path.join(dataDir, 'workspace.json'))).toBe(true);
    const status = await h.current.handlers.get(ipcChannel('workspace.status'))!(
      { senderFrame: { parent: null, url: 'app://workbench/index.html' } } as never,
      {} as never,
    );
    expect(status).toEqual({
      ok: true,
      value: { dataDir, secretsAtRest: 'os-keychain', notices: [], appVersion: '9.9.9' },
    });
    // electron-store's own, unchecked IPC channel is taken down.
    expect(h.current.electron.ipcMain.removeAllListeners).toHaveBeenCalledWith('electron-store-get-data');
  });

  it('registers one IPC handler per method, each refusing senders other than the app main frame', async () => {
    await startMain();
    expect([...h.current.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(ipcChannel).sort());
    const handler = h.current.handlers.get(ipcChannel('tenants.list'))!;
    const foreign = { senderFrame: { parent: null, url: 'https://evil.example/' } };
    expect(await handler(foreign as never, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const sub = { senderFrame: { parent: {}, url: 'app://workbench/index.html' } };
    expect(await handler(sub as never, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('serves app:// from out/renderer and sets the application menu', async () => {
    await startMain();
    const { protocol, Menu } = h.current.electron;
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as Array<{ label: string }>;
    expect(template.map((menu) => menu.label)).toEqual(expect.arrayContaining(['Edit', 'View', 'Window']));
  });

  it('opens one hidden, sandboxed window on app://workbench/index.html and shows it when ready', async () => {
    await startMain();
    const [window] = h.current.windows;
    expect(h.current.windows).toHaveLength(1);
    expect(window!.options).toMatchObject({
      show: false,
      width: 1280,
      height: 820,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    const prefs = window!.options.webPreferences as { preload: string };
    expect(prefs.preload.endsWith(path.join('preload', 'index.js'))).toBe(true);
    expect(window!.loadURL).toHaveBeenCalledWith('app://workbench/index.html');
    expect(window!.show).not.toHaveBeenCalled();
    window!.listeners.get('ready-to-show')!();
    expect(window!.show).toHaveBeenCalled();
  });

  it('remembers the window size and position in window-state.json', async () => {
    await startMain();
    h.current.windows[0]!.listeners.get('close')!();
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 40, y: 50, width: 1111, height: 777 }, maximized: false });

    // The next start opens it there.
    await startMain();
    expect(h.current.windows.at(-1)!.options).toMatchObject({ x: 40, y: 50, width: 1111, height: 777 });
  });

  it('guards every web contents that is created', async () => {
    await startMain();
    const contents = {
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
      session: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    };
    h.current.appListeners.get('web-contents-created')!({} as never, contents as never);
    const events = contents.on.mock.calls.map(([name]) => name);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']));
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalled();

    const open = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(open({ url: 'https://jwt.io/' })).toEqual({ action: 'deny' });
    expect(h.current.electron.shell.openExternal).toHaveBeenCalledWith('https://jwt.io/');
  });

  it('a second instance focuses the existing window', async () => {
    await startMain();
    h.current.appListeners.get('second-instance')!();
    const [window] = h.current.windows;
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    h.current.setLock(false);
    await startMain();
    expect(h.current.electron.app.quit).toHaveBeenCalled();
    expect(h.current.electron.app.whenReady).not.toHaveBeenCalled();
    expect(h.current.windows).toHaveLength(0);
    expect(h.current.handlers.size).toBe(0);
  });

  it('loads the dev server in `electron-vite dev`, and trusts that origin instead', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await startMain();
    expect(h.current.windows[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    const handler = h.current.handlers.get(ipcChannel('tenants.list'))!;
    const dev = { senderFrame: { parent: null, url: 'http://localhost:5173/' } };
    expect(await handler(dev as never, {} as never)).toMatchObject({ ok: true });
  });

  it('says why in a dialog and exits when the workspace cannot be opened', async () => {
    // A folder where the workspace file should be: nothing can open it.
    fs.mkdirSync(path.join(dataDir, 'workspace.json'), { recursive: true });
    await startMain();
    const { dialog, app } = h.current.electron;
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'Token Workbench could not start',
      expect.stringContaining(dataDir),
    );
    expect(app.exit).toHaveBeenCalledWith(1);
    expect(h.current.windows).toHaveLength(0);
  });
});
