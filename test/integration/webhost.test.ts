import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src/main/webhost/server';
import { METHOD_NAMES, rpcPath } from '../../src/shared/contract/methods';
import { openTestWorkbench } from '../helpers/service';
import { tempDataDir } from '../helpers/temp-dir';

const hosts: WebHost[] = [];
afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
});

async function startHost(): Promise<WebHost> {
  const rendererDir = tempDataDir('tw-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Token Workbench</title>');
  const { service } = openTestWorkbench();
  const host = await startWebHost({ service, rendererDir, port: 0 });
  hosts.push(host);
  return host;
}

/** node:http, because fetch does not let a test forge the Host header. */
function request(
  host: WebHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: unknown },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function rpc(host: WebHost, method: string, body: unknown, headers: Record<string, string> = {}) {
  return request(host, {
    method: 'POST',
    path: rpcPath(method as (typeof METHOD_NAMES)[number]),
    body,
    headers: { 'x-workbench-secret': host.secret, ...headers },
  });
}

describe('web host', () => {
  it('prints one address on 127.0.0.1 that carries the secret', async () => {
    const host = await startHost();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?secret=${host.secret}`);
    expect(host.secret.length).toBeGreaterThanOrEqual(32);
    expect(host.app.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers RPC calls that carry the secret, with the contract envelope', async () => {
    const host = await startHost();
    const created = await rpc(host, 'apis.create', { name: 'Orders', identifier: 'https://orders' });
    expect(created.status).toBe(200);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { identifier: 'https://orders' } });
    const list = JSON.parse((await rpc(host, 'apis.list', {})).body);
    expect(list.value).toHaveLength(1);
  });

  it('refuses RPC without the secret or with a wrong one (403), and runs nothing', async () => {
    const host = await startHost();
    const missing = await request(host, { method: 'POST', path: '/rpc/apis.create', body: { name: 'X', identifier: 'x' } });
    expect(missing.status).toBe(403);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await rpc(host, 'apis.create', { name: 'X', identifier: 'x' }, { 'x-workbench-secret': 'nope' });
    expect(wrong.status).toBe(403);
    expect(JSON.parse((await rpc(host, 'apis.list', {})).body).value).toEqual([]);
  });

  it('refuses a foreign Origin even with the secret (cross-site requests)', async () => {
    const host = await startHost();
    const res = await rpc(host, 'apis.list', {}, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const own = await rpc(host, 'apis.list', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
  });

  it('refuses a foreign Host header on pages and RPC (DNS rebinding)', async () => {
    const host = await startHost();
    expect((await request(host, { path: '/', headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await rpc(host, 'apis.list', {}, { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await request(host, { path: '/', headers: { host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const host = await startHost();
    const page = await request(host, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Token Workbench');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('maps validation errors to 400 with the field, conflicts to 409', async () => {
    const host = await startHost();
    const bad = await rpc(host, 'apis.create', { name: 'a<b', identifier: 'x' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'invalid_body', field: 'name' });
    await rpc(host, 'apis.create', { name: 'A', identifier: 'x' });
    const dup = await rpc(host, 'apis.create', { name: 'B', identifier: 'x' });
    expect(dup.status).toBe(409);
    expect(JSON.parse(dup.body).error.field).toBe('identifier');
  });

  it('answers a body that is not JSON with 400, and an unknown method with 404', async () => {
    const host = await startHost();
    const res = await request(host, {
      method: 'POST',
      path: '/rpc/apis.list',
      headers: { 'x-workbench-secret': host.secret, 'content-type': 'application/json' },
      body: undefined,
    });
    // A JSON content type with no body is a client mistake, answered in the envelope shape.
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_body' } });
    const broken = await new Promise<number>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port: host.port, method: 'POST', path: '/rpc/apis.list', headers: { 'x-workbench-secret': host.secret, 'content-type': 'application/json' } },
        (r) => resolve(r.statusCode ?? 0),
      );
      req.end('{not json');
    });
    expect(broken).toBe(400);
    expect((await rpc(host, 'nothing.here', {})).status).toBe(404);
  });

  it('names the port when it is already in use', async () => {
    const host = await startHost();
    const { service } = openTestWorkbench();
    await expect(startWebHost({ service, rendererDir: tempDataDir(), port: host.port })).rejects.toThrow(
      `Port ${host.port} on 127.0.0.1 is already in use`,
    );
  });
});
