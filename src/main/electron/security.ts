import type { Session, WebContents } from 'electron';

/*
 * The Electron security checklist as small functions: which URLs and frames belong to the app,
 * and the guards every web contents gets (no navigation away, no new windows, no <webview>, no
 * permissions). The app's pages come from `app://workbench/` (or the dev server in
 * `electron-vite dev`); everything else is foreign.
 */

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Same scheme and host (with port) as the app's own prefix, e.g. `app://workbench/`. */
export function isAppUrl(url: string, appUrlPrefix: string): boolean {
  const target = parse(url);
  const app = parse(appUrlPrefix);
  if (target === undefined || app === undefined || app.host === '') return false;
  return target.protocol === app.protocol && target.host === app.host;
}

/** The part of WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly parent: unknown;
  readonly url: string;
}

/**
 * An IPC sender is trusted only when it is a top-level frame showing the app's own page: not an
 * iframe, not a page that navigated elsewhere, not a frame that is already gone.
 */
export function isAppMainFrame(frame: FrameLike | null | undefined, appUrlPrefix: string): boolean {
  if (frame === null || frame === undefined) return false;
  return frame.parent === null && isAppUrl(frame.url, appUrlPrefix);
}

/** Links may leave the app only for `https:` pages, and never with credentials in the URL. */
export function isSafeExternalUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === undefined) return false;
  return (
    parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === ''
  );
}

export interface GuardOptions {
  appUrlPrefix: string;
  /** `shell.openExternal`; only ever called with URLs that passed isSafeExternalUrl. */
  openExternal: (url: string) => Promise<void>;
}

function openIfSafe(url: string, openExternal: GuardOptions['openExternal']): void {
  if (!isSafeExternalUrl(url)) return;
  openExternal(url).catch((error: unknown) => {
    console.error(`Token Workbench: could not open ${url}: ${String(error)}`);
  });
}

/**
 * Guards for every web contents (`app.on('web-contents-created')`): the page may not navigate
 * away from the app, open windows or attach webviews. A clicked https link opens in the browser.
 */
export function guardWebContents(contents: WebContents, { appUrlPrefix, openExternal }: GuardOptions): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrlPrefix)) return;
    event.preventDefault();
    openIfSafe(event.url, openExternal);
  });
  // Redirects and subframe navigations are refused outright, without opening anything.
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrlPrefix)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, appUrlPrefix)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, openExternal);
    return { action: 'deny' };
  });
}

/**
 * Writing to the clipboard (`navigator.clipboard.writeText`, the "Copy" buttons) is the one
 * permission the app's own main frame gets: Chromium asks for it before every write, and copying
 * a token is the point of the app. Reading the clipboard, camera, notifications, devices and the
 * rest are refused, and so is every request from anywhere else.
 */
const APP_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export interface PermissionAsk {
  permission: string;
  /** The URL (or origin) of the frame that asks. */
  requestingUrl: string;
  isMainFrame: boolean;
}

export function isPermissionAllowed(ask: PermissionAsk, appUrlPrefix: string): boolean {
  return APP_PERMISSIONS.has(ask.permission) && ask.isMainFrame && isAppUrl(ask.requestingUrl, appUrlPrefix);
}

/** Permission requests, permission checks and device access for a session. */
export function restrictPermissions(
  session: Pick<
    Session,
    'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
  >,
  appUrlPrefix: string,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const ask = { permission, requestingUrl: details.requestingUrl, isMainFrame: details.isMainFrame };
    callback(isPermissionAllowed(ask, appUrlPrefix));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(
      { permission, requestingUrl: requestingOrigin, isMainFrame: details.isMainFrame },
      appUrlPrefix,
    ),
  );
  // WebHID, Web Serial and WebUSB.
  session.setDevicePermissionHandler(() => false);
}
