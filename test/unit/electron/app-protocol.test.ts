import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  contentType,
  rendererEntry,
  resolveRendererPath,
  serveRendererRequest,
} from '../../../src/main/electron/app-protocol';
import { tempDataDir } from '../../helpers/temp-dir';

const ROOT = path.resolve('/app/out/renderer');

describe('resolveRendererPath', () => {
  it('maps app://workbench/ paths to files inside the renderer folder', () => {
    expect(resolveRendererPath(ROOT, 'app://workbench/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveRendererPath(ROOT, 'app://workbench/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveRendererPath(ROOT, 'app://workbench/assets/index-abc.js?v=1#x')).toBe(
      path.join(ROOT, 'assets', 'index-abc.js'),
    );
    expect(resolveRendererPath(ROOT, 'app://workbench/assets/a%20b.css')).toBe(
      path.join(ROOT, 'assets', 'a b.css'),
    );
  });

  it('keeps a request that climbs with .. inside the folder (the URL parser removes the dots)', () => {
    expect(resolveRendererPath(ROOT, 'app://workbench/../../etc/passwd')).toBe(
      path.join(ROOT, 'etc', 'passwd'),
    );
    expect(resolveRendererPath(ROOT, 'app://workbench/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd')).toBe(
      path.join(ROOT, 'etc', 'passwd'),
    );
  });

  it('refuses .. that survives URL parsing (encoded slashes and backslashes)', () => {
    for (const url of [
      'app://workbench/..%2f..%2fetc%2fpasswd',
      'app://workbench/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://workbench/%2e%2e%2f%2e%2e%2fsecrets.json',
      'app://workbench/..%2f',
      'app://workbench/..',
      'app://workbench/..%5c..%5csecrets.json',
    ]) {
      const resolved = resolveRendererPath(ROOT, url);
      expect(resolved === undefined || resolved.startsWith(ROOT + path.sep), url).toBe(true);
    }
    expect(resolveRendererPath(ROOT, 'app://workbench/..%2f..%2fetc%2fpasswd')).toBeUndefined();
    expect(resolveRendererPath(ROOT, 'app://workbench/%2e%2e%2fsecrets.json')).toBeUndefined();
  });

  it('keeps absolute paths smuggled into the path inside the folder', () => {
    expect(resolveRendererPath(ROOT, 'app://workbench/%2fetc%2fpasswd')).toBe(
      path.join(ROOT, 'etc', 'passwd'),
    );
    expect(resolveRendererPath(ROOT, 'app://workbench//etc/passwd')).toBe(path.join(ROOT, 'etc', 'passwd'));
  });

  it('refuses other hosts and schemes, NUL bytes and undecodable paths', () => {
    expect(resolveRendererPath(ROOT, 'app://other/index.html')).toBeUndefined();
    expect(resolveRendererPath(ROOT, 'file:///app/out/renderer/index.html')).toBeUndefined();
    expect(resolveRendererPath(ROOT, 'https://workbench/index.html')).toBeUndefined();
    expect(resolveRendererPath(ROOT, 'app://workbench/index.html%00.png')).toBeUndefined();
    expect(resolveRendererPath(ROOT, 'app://workbench/%E0%A4%A')).toBeUndefined();
    expect(resolveRendererPath(ROOT, 'not a url')).toBeUndefined();
  });
});

describe('serveRendererRequest', () => {
  let root: string;
  let outside: string;

  beforeEach(() => {
    const base = tempDataDir('tw-renderer-');
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secrets.json');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Token Workbench</title>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(outside, '{"private":"key"}');
  });

  it('serves index.html with the strict CSP and nosniff', async () => {
    const response = await serveRendererRequest(root, APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Token Workbench</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await serveRendererRequest(root, 'app://workbench/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files, and never a file outside the folder', async () => {
    expect((await serveRendererRequest(root, 'app://workbench/assets/missing.js')).status).toBe(404);
    const escape = await serveRendererRequest(root, 'app://workbench/..%2fsecrets.json');
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('private');
    expect(escape.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not follow a symbolic link out of the folder', async () => {
    fs.symlinkSync(outside, path.join(root, 'assets', 'link.json'));
    const response = await serveRendererRequest(root, 'app://workbench/assets/link.json');
    expect(response.status).toBe(404);
  });

  it('answers client-side routes (no extension) with index.html', async () => {
    const response = await serveRendererRequest(root, 'app://workbench/apis/abc123/settings');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });
});

describe('the app scheme and CSP', () => {
  it('is a standard, secure scheme that may use fetch, and does not bypass CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });

  it('allows scripts only from the app itself, and no framing, plugins or <base>', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('knows the content types of a Vite build', () => {
    expect(contentType('a.css')).toBe('text/css; charset=utf-8');
    expect(contentType('a.SVG')).toBe('image/svg+xml');
    expect(contentType('a.woff2')).toBe('font/woff2');
    expect(contentType('a.unknown')).toBe('application/octet-stream');
  });
});

describe('rendererEntry', () => {
  it('loads app://workbench/index.html in a packaged app, whatever the environment says', () => {
    expect(rendererEntry(true, 'http://localhost:5173/')).toEqual({
      url: 'app://workbench/index.html',
      appUrlPrefix: 'app://workbench/',
    });
  });

  it('loads the electron-vite dev server when unpackaged', () => {
    expect(rendererEntry(false, 'http://localhost:5173/')).toEqual({
      url: 'http://localhost:5173/',
      appUrlPrefix: 'http://localhost:5173/',
    });
    expect(rendererEntry(false, 'http://127.0.0.1:5174').appUrlPrefix).toBe('http://127.0.0.1:5174/');
  });

  it('loads the built files when unpackaged without a dev server', () => {
    expect(rendererEntry(false, undefined).url).toBe(APP_ENTRY_URL);
  });

  it('never loads a remote or non-http dev URL', () => {
    for (const url of [
      'https://evil.example/',
      'http://192.168.1.5:5173/',
      'file:///tmp/index.html',
      'javascript:1',
      'nope',
    ]) {
      expect(rendererEntry(false, url).url, url).toBe(APP_ENTRY_URL);
    }
  });
});
