import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CustomScheme } from 'electron';

/*
 * The renderer is served from `app://workbench/`, a privileged custom scheme that answers only
 * with files inside out/renderer, each with a strict Content-Security-Policy header. Unlike
 * file://, the page gets a real origin of its own, and no other file on disk is reachable.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL_PREFIX = `${APP_ORIGIN}/`;
export const APP_ENTRY_URL = `${APP_URL_PREFIX}index.html`;

/** Registered before the app is ready: a standard, secure origin that may use fetch. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The same policy the web host sends (src/main/webhost/guards.ts); only our own bundle runs. */
export { CONTENT_SECURITY_POLICY };

/**
 * The file a request may read, or `undefined`: foreign hosts, undecodable paths, NUL bytes and
 * anything that resolves outside `rendererRoot` (`..`, encoded slashes, absolute paths) are
 * refused. `/` is index.html.
 */
export function resolveRendererPath(rendererRoot: string, requestUrl: string): string | undefined {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    // Decoded here, so `%2e%2e%2f` and `..%5c` are seen for what they are by the check below.
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return undefined;
  if (pathname.includes('\0')) return undefined;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^[/\\]+/, '');
  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, relative);
  return isInside(root, resolved) ? resolved : undefined;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
}

async function readInside(root: string, filePath: string): Promise<Buffer | undefined> {
  try {
    // A symbolic link inside out/renderer must not lead outside it either.
    const real = await fs.realpath(filePath);
    if (!isInside(await fs.realpath(root), real)) return undefined;
    return await fs.readFile(real);
  } catch {
    return undefined;
  }
}

/**
 * The `protocol.handle('app', …)` handler. Paths without an extension that are not files get
 * index.html, so a reload on a client-side route still shows the app.
 */
export async function serveRendererRequest(rendererRoot: string, requestUrl: string): Promise<Response> {
  const filePath = resolveRendererPath(rendererRoot, requestUrl);
  if (filePath === undefined) return notFound();
  const root = path.resolve(rendererRoot);
  let served = filePath;
  let body = await readInside(root, served);
  if (body === undefined && path.extname(filePath) === '') {
    served = path.join(root, 'index.html');
    body = await readInside(root, served);
  }
  if (body === undefined) return notFound();
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'content-type': contentType(served), 'cache-control': 'no-cache' },
  });
}

export interface RendererEntry {
  /** What the window loads. */
  url: string;
  /** The origin IPC senders, navigations and permissions are checked against. */
  appUrlPrefix: string;
}

/**
 * `electron-vite dev` sets ELECTRON_RENDERER_URL to its dev server; it is honoured only in an
 * unpackaged app and only on the loopback interface, so nobody can point a release at a remote page.
 */
export function rendererEntry(isPackaged: boolean, devServerUrl: string | undefined): RendererEntry {
  if (!isPackaged && devServerUrl !== undefined && isLoopbackHttpUrl(devServerUrl)) {
    return { url: devServerUrl, appUrlPrefix: `${new URL(devServerUrl).origin}/` };
  }
  return { url: APP_ENTRY_URL, appUrlPrefix: APP_URL_PREFIX };
}

function isLoopbackHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    );
  } catch {
    return false;
  }
}
