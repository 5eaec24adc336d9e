import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JwksFetchResultSchema, DiscoveryResultSchema } from '../../../src/shared/jwt';
import {
  checkFetchUrl,
  discoverJwks,
  fetchJwks,
  metadataUrls,
  VerifyCache,
  verifyToken,
} from '../../../src/main/verify';
import { claims, jwtSign, NOW, pair, publicJwk } from './fixtures';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Handler>();
const hits: string[] = [];
let server: http.Server;
let base = '';

const json =
  (body: unknown, status = 200): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const handler = routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rsa = pair('rsa');
  routes.set(
    '/jwks.json',
    json({ keys: [publicJwk(rsa.publicKey, { kid: 'k1', use: 'sig', alg: 'RS256' })] }),
  );
  routes.set('/html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html>login</html>');
  });
  routes.set('/not-jwks', json({ hello: 'world' }));
  routes.set('/empty-jwks', json({ keys: [] }));
  routes.set('/slow', () => undefined); // never answers
  routes.set('/slow-body', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"keys":[');
  });
  routes.set('/big', json({ keys: [], pad: 'x'.repeat(1024 * 1024 + 10) }));
  routes.set('/big-chunked', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = 'x'.repeat(64 * 1024);
    res.write('{"pad":"');
    let sent = 0;
    const push = (): void => {
      if (sent > 40 || res.destroyed) {
        res.end('"}');
        return;
      }
      sent++;
      res.write(chunk, () => setImmediate(push));
    };
    push();
  });
  routes.set('/redirect', (_req, res) => {
    res.writeHead(302, { location: '/jwks.json' });
    res.end();
  });
  routes.set('/redirect-away', (_req, res) => {
    res.writeHead(302, { location: 'http://example.com/jwks.json' });
    res.end();
  });
  // OIDC discovery at /tenant/, RFC 8414 only at /as/
  routes.set('/tenant/.well-known/openid-configuration', (_req, res) =>
    json({
      issuer: `${base}/tenant/`,
      jwks_uri: `${base}/jwks.json`,
      token_endpoint: `${base}/tenant/oauth/token`,
    })(_req, res),
  );
  routes.set('/.well-known/oauth-authorization-server/as', (_req, res) =>
    json({ issuer: `${base}/as`, jwks_uri: `${base}/jwks.json` })(_req, res),
  );
  routes.set('/liar/.well-known/openid-configuration', (_req, res) =>
    json({ issuer: 'https://elsewhere/', jwks_uri: `${base}/jwks.json` })(_req, res),
  );
  routes.set('/nokeys/.well-known/openid-configuration', (_req, res) =>
    json({ issuer: `${base}/nokeys/` })(_req, res),
  );
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('URL policy', () => {
  it('https anywhere; http only for localhost, 127.0.0.1 and [::1]', () => {
    expect(checkFetchUrl('https://dev-acme.local/jwks.json')).toHaveProperty('url');
    for (const ok of [
      'http://localhost:4466/x',
      'http://127.0.0.1/x',
      'http://[::1]:8080/x',
      'http://LOCALHOST/x',
    ])
      expect(checkFetchUrl(ok), ok).toHaveProperty('url');
    for (const bad of [
      'http://example.com/jwks.json',
      'http://127.0.0.2/x',
      'http://localhost.evil.com/x',
      'http://10.0.0.1/x',
      'ftp://x/y',
      'file:///etc/passwd',
      'not a url',
    ]) {
      const r = checkFetchUrl(bad);
      expect(r, bad).toHaveProperty('error.code', 'url_refused');
    }
  });

  it('http to another host is refused before any request', async () => {
    const r = await fetchJwks('http://example.com/.well-known/jwks.json', { cache: new VerifyCache() });
    expect(r.ok).toBe(false);
    expect(r.error?.code).toBe('url_refused');
    expect(r.error?.message).toMatch(/only allowed for localhost, 127\.0\.0\.1 and \[::1\]/);
  });

  it('metadata locations for OIDC and RFC 8414', () => {
    expect(metadataUrls('https://dev-acme.local/')).toEqual([
      'https://dev-acme.local/.well-known/openid-configuration',
      'https://dev-acme.local/.well-known/oauth-authorization-server',
    ]);
    expect(metadataUrls('https://as.example/tenant1')).toEqual([
      'https://as.example/tenant1/.well-known/openid-configuration',
      'https://as.example/.well-known/oauth-authorization-server/tenant1',
      'https://as.example/tenant1/.well-known/oauth-authorization-server',
    ]);
  });
});

describe('fetchJwks against a local server', () => {
  it('fetches, says when, and the keys then verify through a jwks_url source', async () => {
    const cache = new VerifyCache();
    const token = jwtSign(claims(), pair('rsa').privateKey, 'RS256', { kid: 'k1' });
    const before = verifyToken({
      token,
      key: { type: 'jwks_url', url: `${base}/jwks.json` },
      cache,
      now: NOW,
    });
    expect(before.signature.reason).toBe('not_fetched');
    const at = new Date('2024-05-01T10:00:00Z');
    const r = await fetchJwks(`${base}/jwks.json`, { cache, now: () => at });
    expect(JwksFetchResultSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({ ok: true, fetchedAt: '2024-05-01T10:00:00.000Z', error: null });
    expect(r.keys).toEqual([expect.objectContaining({ kid: 'k1', kty: 'RSA', alg: 'RS256', use: 'sig' })]);
    const after = verifyToken({
      token,
      key: { type: 'jwks_url', url: `${base}/jwks.json` },
      cache,
      now: NOW,
    });
    expect(after.signature.status).toBe('verified');
    expect(after.source).toMatchObject({
      kind: 'jwks_url',
      url: `${base}/jwks.json`,
      fetchedAt: '2024-05-01T10:00:00.000Z',
    });
    const unknown = verifyToken({
      token: jwtSign(claims(), pair('rsa').privateKey, 'RS256', { kid: 'rotated' }),
      key: { type: 'jwks_url', url: `${base}/jwks.json` },
      cache,
      now: NOW,
    });
    expect(unknown.signature.message).toMatch(/fetched at 2024-05-01T10:00:00.000Z: refresh it/);
  });

  it('follows a redirect on the same policy, and refuses one to plain http elsewhere', async () => {
    expect((await fetchJwks(`${base}/redirect`, { cache: new VerifyCache() })).ok).toBe(true);
    const away = await fetchJwks(`${base}/redirect-away`, { cache: new VerifyCache() });
    expect(away.error?.code).toBe('url_refused');
    expect(away.steps[0]).toMatchObject({
      status: 302,
      outcome: 'redirected to http://example.com/jwks.json',
    });
  });

  it('times out', async () => {
    const t = Date.now();
    const r = await fetchJwks(`${base}/slow`, { cache: new VerifyCache(), timeoutMs: 300 });
    expect(r.error?.code).toBe('timeout');
    expect(r.error?.message).toMatch(/did not answer within 0\.3 s/);
    expect(Date.now() - t).toBeLessThan(3000);
    const body = await fetchJwks(`${base}/slow-body`, { cache: new VerifyCache(), timeoutMs: 300 });
    expect(body.error?.code).toBe('timeout');
  });

  it('caps the size (declared and streamed)', async () => {
    const big = await fetchJwks(`${base}/big`, { cache: new VerifyCache() });
    expect(big.error).toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('more than 1024 KiB'),
    });
    const chunked = await fetchJwks(`${base}/big-chunked`, { cache: new VerifyCache() });
    expect(chunked.error?.code).toBe('too_large');
  });

  it('checks that it is JSON, and a JWKS with keys', async () => {
    const html = await fetchJwks(`${base}/html`, { cache: new VerifyCache() });
    expect(html.error).toMatchObject({
      code: 'not_json',
      message: expect.stringContaining('Content-Type text/html'),
    });
    expect((await fetchJwks(`${base}/not-jwks`, { cache: new VerifyCache() })).error?.code).toBe('not_jwks');
    expect((await fetchJwks(`${base}/empty-jwks`, { cache: new VerifyCache() })).error?.code).toBe('no_keys');
    const missing = await fetchJwks(`${base}/nope`, { cache: new VerifyCache() });
    expect(missing.error).toMatchObject({
      code: 'http_status',
      message: expect.stringContaining('HTTP 404'),
    });
  });

  it('a closed port is a network error', async () => {
    const r = await fetchJwks('http://127.0.0.1:9/jwks.json', { cache: new VerifyCache() });
    expect(r.error?.code).toBe('network');
  });
});

describe('discovery against a local server', () => {
  it('iss → openid-configuration → jwks_uri → keys; then an issuer source verifies', async () => {
    const cache = new VerifyCache();
    const issuer = `${base}/tenant/`;
    const token = jwtSign(claims({ iss: issuer }), pair('rsa').privateKey, 'RS256', { kid: 'k1' });
    expect(verifyToken({ token, key: { type: 'issuer' }, cache, now: NOW }).signature.reason).toBe(
      'not_fetched',
    );
    const r = await discoverJwks(issuer, { cache });
    expect(DiscoveryResultSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      ok: true,
      metadataUrl: `${issuer}.well-known/openid-configuration`,
      metadataIssuer: issuer,
      jwksUri: `${base}/jwks.json`,
    });
    expect(r.steps.map((s) => s.url)).toEqual([
      `${issuer}.well-known/openid-configuration`,
      `${base}/jwks.json`,
    ]);
    const v = verifyToken({ token, key: { type: 'issuer' }, cache, now: NOW, expected: { iss: issuer } });
    expect(v.signature.status).toBe('verified');
    expect(v.source?.kind).toBe('issuer');
    expect(v.source?.label).toMatch(/found by discovery/);
    expect(
      verifyToken({ token, key: { type: 'auto', text: issuer }, cache, now: NOW }).signature.status,
    ).toBe('verified');
  });

  it('falls back to RFC 8414 oauth-authorization-server', async () => {
    const r = await discoverJwks(`${base}/as`, { cache: new VerifyCache() });
    expect(r.ok).toBe(true);
    expect(r.metadataUrl).toBe(`${base}/.well-known/oauth-authorization-server/as`);
    expect(r.steps[0]).toMatchObject({ status: 404 });
  });

  it("refuses a document whose issuer is not the token's, and names a missing jwks_uri", async () => {
    const liar = await discoverJwks(`${base}/liar/`, { cache: new VerifyCache() });
    expect(liar.error).toMatchObject({ code: 'issuer_mismatch' });
    expect(liar.metadataIssuer).toBe('https://elsewhere/');
    const slash = await discoverJwks(`${base}/tenant`, { cache: new VerifyCache() });
    expect(slash.error?.message).toMatch(/differ only by the trailing slash/);
    expect((await discoverJwks(`${base}/nokeys/`, { cache: new VerifyCache() })).error?.code).toBe(
      'no_jwks_uri',
    );
    expect((await discoverJwks(`${base}/nothing/`, { cache: new VerifyCache() })).error?.code).toBe(
      'no_metadata',
    );
    expect((await discoverJwks('http://example.com/', { cache: new VerifyCache() })).error?.code).toBe(
      'url_refused',
    );
  });

  it('verifying never fetches: not even a jku the token names', async () => {
    const count = hits.length;
    const token = jwtSign(claims({ iss: `${base}/tenant/` }), pair('rsa2').privateKey, 'RS256', {
      jku: `${base}/jwks.json`,
      kid: 'k1',
    });
    const r = verifyToken({ token, key: undefined, cache: new VerifyCache(), now: NOW });
    expect(r.signature.reason).toBe('no_key');
    const r2 = verifyToken({ token, key: { type: 'issuer' }, cache: new VerifyCache(), now: NOW });
    expect(r2.signature.reason).toBe('not_fetched');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hits.length).toBe(count);
  });
});
