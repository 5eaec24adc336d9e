import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  guardWebContents,
  isAppMainFrame,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
  restrictPermissions,
} from '../../../src/main/electron/security';

const APP = 'app://workbench/';
const DEV = 'http://localhost:5173/';

describe('isAppUrl', () => {
  it('accepts any page of the app origin', () => {
    expect(isAppUrl('app://workbench/index.html', APP)).toBe(true);
    expect(isAppUrl('app://workbench/apis/123?tab=settings#x', APP)).toBe(true);
    expect(isAppUrl('app://workbench', APP)).toBe(true);
    expect(isAppUrl('http://localhost:5173/apis', DEV)).toBe(true);
  });

  it('refuses other schemes, hosts and ports, look-alikes and garbage', () => {
    for (const url of [
      'https://workbench/',
      'app://workbench.evil.example/',
      'app://evil@workbench.example/',
      'app://workbench:8080/',
      'file:///etc/passwd',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, url.startsWith('http:') ? DEV : APP), url).toBe(false);
    }
  });
});

describe('isAppMainFrame (the IPC sender check)', () => {
  it('trusts the top-level frame showing the app', () => {
    expect(isAppMainFrame({ parent: null, url: 'app://workbench/index.html' }, APP)).toBe(true);
  });

  it('does not trust a subframe, even of the app', () => {
    const top = { parent: null, url: 'app://workbench/index.html' };
    expect(isAppMainFrame({ parent: top, url: 'app://workbench/frame.html' }, APP)).toBe(false);
  });

  it('does not trust a main frame that shows a foreign page', () => {
    expect(isAppMainFrame({ parent: null, url: 'https://evil.example/' }, APP)).toBe(false);
    expect(isAppMainFrame({ parent: null, url: 'about:blank' }, APP)).toBe(false);
  });

  it('does not trust a missing (disposed) frame', () => {
    expect(isAppMainFrame(null, APP)).toBe(false);
    expect(isAppMainFrame(undefined, APP)).toBe(false);
  });

  it('in `electron-vite dev`, trusts the dev server origin only', () => {
    expect(isAppMainFrame({ parent: null, url: 'http://localhost:5173/' }, DEV)).toBe(true);
    expect(isAppMainFrame({ parent: null, url: 'app://workbench/' }, DEV)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows https links', () => {
    expect(isSafeExternalUrl('https://auth0.com/docs/secure/tokens')).toBe(true);
    expect(isSafeExternalUrl('https://datatracker.ietf.org/doc/html/rfc7519#section-4')).toBe(true);
  });

  it('refuses every other scheme, credentials in the URL and what does not parse', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'smb://server/share',
      'ms-settings:',
      'vscode://file/etc/passwd',
      'app://workbench/',
      'https://user:pass@example.com/',
      'https://token@example.com/',
      'https://',
      '//example.com',
      'example.com',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: vi.fn((name: string, listener: Listener) => listeners.set(name, listener)),
    setWindowOpenHandler: vi.fn((handler: typeof openHandler) => (openHandler = handler)),
  };
  const emit = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, emit, open: (url: string) => openHandler!({ url }) };
}

describe('guardWebContents', () => {
  function setUp() {
    const openExternal = vi.fn(async (_url: string) => {});
    const fake = fakeContents();
    guardWebContents(fake.contents, { appUrlPrefix: APP, openExternal });
    return { ...fake, openExternal };
  }

  it('lets the page navigate inside the app', () => {
    const { emit, openExternal } = setUp();
    expect(emit('will-navigate', 'app://workbench/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents navigating away, opening only https links in the browser', () => {
    const { emit, openExternal } = setUp();
    expect(emit('will-navigate', 'https://auth0.com/docs')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://auth0.com/docs');
    expect(emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(emit('will-navigate', 'http://example.com/')).toBe(true);
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('prevents redirects and subframe navigations out of the app, without opening them', () => {
    const { emit, openExternal } = setUp();
    expect(emit('will-redirect', 'https://evil.example/')).toBe(true);
    expect(emit('will-frame-navigate', 'https://evil.example/')).toBe(true);
    expect(emit('will-redirect', 'app://workbench/index.html')).toBe(false);
    expect(emit('will-frame-navigate', 'app://workbench/index.html')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    const { emit } = setUp();
    expect(emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window; a safe https link opens in the browser instead', () => {
    const { open, openExternal } = setUp();
    expect(open('https://jwt.io/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://jwt.io/');
    expect(open('app://workbench/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('http://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('survives a failing openExternal', async () => {
    const openExternal = vi.fn(async () => {
      throw new Error('no browser');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fake = fakeContents();
    guardWebContents(fake.contents, { appUrlPrefix: APP, openExternal });
    expect(fake.open('https://jwt.io/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not open https://jwt.io/'));
    error.mockRestore();
  });
});

describe('permissions', () => {
  const main = { requestingUrl: 'app://workbench/index.html', isMainFrame: true };

  it('allows only clipboard writes, only to the app main frame', () => {
    expect(isPermissionAllowed({ permission: 'clipboard-sanitized-write', ...main }, APP)).toBe(true);
    expect(
      isPermissionAllowed({ permission: 'clipboard-sanitized-write', ...main, isMainFrame: false }, APP),
    ).toBe(false);
    expect(
      isPermissionAllowed(
        {
          permission: 'clipboard-sanitized-write',
          requestingUrl: 'https://evil.example/',
          isMainFrame: true,
        },
        APP,
      ),
    ).toBe(false);
  });

  it('denies everything else, to the app too', () => {
    for (const permission of [
      'clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'hid',
      'usb',
      'serial',
      'fullscreen',
      'unknown',
    ]) {
      expect(isPermissionAllowed({ permission, ...main }, APP), permission).toBe(false);
    }
  });

  it('installs request, check and device handlers on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    };
    restrictPermissions(session as unknown as Session, APP);

    const request = session.setPermissionRequestHandler.mock.calls[0]![0];
    const callback = vi.fn();
    request({}, 'media', callback, { requestingUrl: 'app://workbench/', isMainFrame: true });
    request({}, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'app://workbench/',
      isMainFrame: true,
    });
    request({}, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'https://evil.example/',
      isMainFrame: true,
    });
    expect(callback.mock.calls).toEqual([[false], [true], [false]]);

    const check = session.setPermissionCheckHandler.mock.calls[0]![0];
    expect(check(null, 'geolocation', 'app://workbench', { isMainFrame: true })).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://workbench', { isMainFrame: true })).toBe(true);
    expect(check(null, 'clipboard-sanitized-write', 'https://evil.example', { isMainFrame: true })).toBe(
      false,
    );

    const device = session.setDevicePermissionHandler.mock.calls[0]![0];
    expect(device({ deviceType: 'usb', origin: 'app://workbench' })).toBe(false);
  });
});
