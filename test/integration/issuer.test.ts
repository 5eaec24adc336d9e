import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { auth, requiredScopes } from 'express-oauth2-jwt-bearer';
import * as jose from 'jose';
import jwt from 'jsonwebtoken';
import jwksRsa from 'jwks-rsa';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../src/main/dispatch';
import { startIssuerIfWanted } from '../../src/main/issuer/autostart';
import { currentSigningKey, rotateSigningKeys, revokePreviousKey } from '../../src/main/keys/tenant-keys';
import { clientCredentialsGrant } from '../../src/main/tokens/client-credentials';
import { startIssuer, type RunningIssuer } from '../../src/main/issuer/server';
import { openTestWorkbench, type TestWorkbench } from '../helpers/service';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

interface Setup extends TestWorkbench {
  issuer: RunningIssuer;
  clientId: string;
  clientSecret: string;
}

async function setUp(): Promise<Setup> {
  const bench = openTestWorkbench();
  const { service, workspace } = bench;
  await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders.example' });
  await invoke(service, 'scopes.add', { api: 'https://orders.example', value: 'read:orders' });
  await invoke(service, 'scopes.add', { api: 'https://orders.example', value: 'write:orders' });
  const app = await invoke(service, 'applications.create', { name: 'Worker', app_type: 'non_interactive' });
  await invoke(service, 'grants.create', { app: 'Worker', api: 'https://orders.example', scope: ['read:orders'] });
  const { client_secret } = await invoke(service, 'applications.revealSecret', { app: 'Worker' });
  const issuer = await startIssuer({ workspace, tenantId: workspace.tenant().id, host: '127.0.0.1', port: 0 });
  closers.push(() => issuer.close());
  return { ...bench, issuer, clientId: app.client_id, clientSecret: client_secret };
}

async function token(setup: Setup, body: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${setup.issuer.issuer}oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

function clientCredentials(setup: Setup, extra: Record<string, string> = {}) {
  return { grant_type: 'client_credentials', client_id: setup.clientId, client_secret: setup.clientSecret, audience: 'https://orders.example', ...extra };
}

/** An Express API protected by express-oauth2-jwt-bearer, pointed at the local issuer. */
async function protectedApi(issuerBaseURL: string): Promise<string> {
  const app = express();
  app.use(auth({ issuerBaseURL, audience: 'https://orders.example' }));
  app.get('/orders', requiredScopes('read:orders'), (_req, res) => void res.json({ ok: true }));
  app.get('/admin', requiredScopes('admin:orders'), (_req, res) => void res.json({ ok: true }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('local issuer: token endpoint (DOMAIN.md §4)', () => {
  it('issues a client-credentials token with the documented response and headers', async () => {
    const setup = await setUp();
    const res = await token(setup, clientCredentials(setup));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 86400, scope: 'read:orders' });
    const claims = jose.decodeJwt(res.body.access_token as string);
    expect(claims).toMatchObject({ iss: setup.issuer.issuer, aud: 'https://orders.example', sub: `${setup.clientId}@clients`, scope: 'read:orders', gty: 'client-credentials', azp: setup.clientId });
    expect(claims.exp! - claims.iat!).toBe(86400);
  });

  it('accepts HTTP Basic and JSON bodies, and returns every granted scope even when fewer are asked', async () => {
    const setup = await setUp();
    await invoke(setup.service, 'grants.update', { app: 'Worker', api: 'https://orders.example', scope: ['read:orders', 'write:orders'] });
    const basic = Buffer.from(`${setup.clientId}:${setup.clientSecret}`).toString('base64');
    const viaBasic = await token(setup, { grant_type: 'client_credentials', audience: 'https://orders.example', scope: 'read:orders' }, { authorization: `Basic ${basic}` });
    expect(viaBasic.status).toBe(200);
    expect(viaBasic.body.scope).toBe('read:orders write:orders');
    const viaJson = await fetch(`${setup.issuer.issuer}oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(clientCredentials(setup)) });
    expect(viaJson.status).toBe(200);
  });

  it.each([
    ['an unknown audience', { audience: 'https://nope' }, 403, 'access_denied', 'Service not enabled within domain: https://nope'],
    ['a wrong secret', { client_secret: 'x'.repeat(64) }, 401, 'invalid_client', undefined],
    ['an unknown client', { client_id: 'y'.repeat(32) }, 401, 'invalid_client', undefined],
    ['another grant type', { grant_type: 'password' }, 400, 'unsupported_grant_type', undefined],
    ['no audience', { audience: '' }, 400, 'invalid_request', undefined],
  ])('answers %s with the documented error', async (_case, change, status, error, description) => {
    const setup = await setUp();
    const res = await token(setup, clientCredentials(setup, change));
    expect(res.status).toBe(status);
    expect(res.body.error).toBe(error);
    if (description !== undefined) expect(res.body.error_description).toBe(description);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts|stack/i);
  });

  it('refuses an application without a grant, and one without the client_credentials grant type', async () => {
    const setup = await setUp();
    await invoke(setup.service, 'grants.remove', { app: 'Worker', api: 'https://orders.example' });
    const noGrant = await token(setup, clientCredentials(setup));
    expect(noGrant.status).toBe(403);
    expect(noGrant.body.error_description).toBe('Client is not authorized to access "https://orders.example". You need to create a "client-grant" associated to this API.');
    await invoke(setup.service, 'applications.update', { app: 'Worker', grant_types: ['authorization_code'] });
    const noGrantType = await token(setup, clientCredentials(setup));
    expect(noGrantType).toMatchObject({ status: 403, body: { error: 'unauthorized_client', error_description: "Grant type 'client_credentials' not allowed for the client." } });
  });

  it('says WWW-Authenticate when Basic credentials fail, and refuses repeated parameters and bad bodies', async () => {
    const setup = await setUp();
    const bad = Buffer.from(`${setup.clientId}:wrong`).toString('base64');
    const res = await token(setup, { grant_type: 'client_credentials', audience: 'https://orders.example' }, { authorization: `Basic ${bad}` });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Basic');
    const repeated = await fetch(`${setup.issuer.issuer}oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `${new URLSearchParams(clientCredentials(setup))}&audience=https%3A%2F%2Fother`,
    });
    expect(repeated.status).toBe(400);
    expect(await repeated.json()).toMatchObject({ error: 'invalid_request', error_description: 'Parameter audience was sent more than once.' });
    const notJson = await fetch(`${setup.issuer.issuer}oauth/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'invalid_request' });
    const wrongType = await fetch(`${setup.issuer.issuer}oauth/token`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(wrongType.status).toBe(400);
    const huge = await fetch(`${setup.issuer.issuer}oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `x=${'a'.repeat(70 * 1024)}` });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('refuses a streamed body past 64 KiB that declared no length, and answers 404 and 405 as JSON', async () => {
    const setup = await setUp();
    const { port } = setup.issuer;
    // A chunked body: no Content-Length, so the limit is found while reading.
    const streamed = await new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port, path: '/oauth/token', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      request.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, connection: response.headers.connection }));
      });
      request.on('error', reject);
      for (let i = 0; i < 40; i += 1) request.write('x'.repeat(2048));
      request.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ error: 'invalid_request', error_description: 'The request body is larger than 64 KiB.' });
    expect(streamed.connection).toBe('close');

    const unknown = await fetch(`${setup.issuer.issuer}nowhere?x=1`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await unknown.json()).toEqual({ error: 'not_found', error_description: 'GET /nowhere is not served by this issuer.' });
    const wrongMethod = await fetch(`${setup.issuer.issuer}oauth/token`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toMatchObject({ error: 'invalid_request', error_description: '/oauth/token answers POST, not GET.' });
    const head = await fetch(`${setup.issuer.issuer}.well-known/openid-configuration`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100);
    expect(await head.text()).toBe('');
    expect(setup.issuer.log.list().map((entry) => entry.status)).toEqual([413, 404, 405, 200]);
  });

  it('stops promptly while a client keeps an idle keep-alive connection open', async () => {
    const setup = await setUp();
    const agent = new http.Agent({ keepAlive: true });
    const status = await new Promise<number>((resolve, reject) => {
      http.get(`${setup.issuer.issuer}.well-known/openid-configuration`, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      }).on('error', reject);
    });
    expect(status).toBe(200);
    const started = performance.now();
    await setup.issuer.close();
    expect(performance.now() - started).toBeLessThan(900); // before the one-second fallback that cuts busy connections
    expect(setup.issuer.server.listening).toBe(false);
    agent.destroy();
  });

  it('applies changes made in the workspace to the next request (live state)', async () => {
    const setup = await setUp();
    await invoke(setup.service, 'apis.update', { api: 'https://orders.example', token_lifetime: 600, token_lifetime_for_web: 600 });
    const res = await token(setup, clientCredentials(setup));
    expect(res.body.expires_in).toBe(600);
  });

  it('logs requests without secrets or tokens', async () => {
    const setup = await setUp();
    await token(setup, clientCredentials(setup));
    await token(setup, clientCredentials(setup, { audience: 'https://nope' }));
    const log = setup.issuer.log.list();
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ method: 'POST', path: '/oauth/token', status: 200, client_id: setup.clientId, audience: 'https://orders.example' });
    expect(log[1]).toMatchObject({ status: 403, error: 'access_denied' });
    expect(JSON.stringify(log)).not.toContain(setup.clientSecret);
  });
});

describe('local issuer: JWKS and discovery (DOMAIN.md §6, §7)', () => {
  it('publishes the JWKS with the documented headers and discovery on both paths', async () => {
    const setup = await setUp();
    const jwks = await fetch(`${setup.issuer.issuer}.well-known/jwks.json`);
    expect(jwks.headers.get('cache-control')).toBe('public, max-age=15');
    expect(jwks.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await jwks.json()) as { keys: Record<string, unknown>[] };
    expect(body.keys).toHaveLength(2);
    expect(body.keys[0]).toMatchObject({ alg: 'RS256', kty: 'RSA', use: 'sig' });
    for (const path of ['openid-configuration', 'oauth-authorization-server']) {
      const doc = (await (await fetch(`${setup.issuer.issuer}.well-known/${path}`)).json()) as Record<string, unknown>;
      expect(doc).toMatchObject({
        issuer: setup.issuer.issuer,
        token_endpoint: `${setup.issuer.issuer}oauth/token`,
        jwks_uri: `${setup.issuer.issuer}.well-known/jwks.json`,
        grant_types_supported: ['client_credentials'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        id_token_signing_alg_values_supported: ['HS256', 'RS256', 'PS256'],
      });
    }
    const pem = await fetch(`${setup.issuer.issuer}pem`);
    expect(await pem.text()).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('names the port when it is in use', async () => {
    const setup = await setUp();
    await expect(startIssuer({ workspace: setup.workspace, tenantId: setup.workspace.tenant().id, host: '127.0.0.1', port: setup.issuer.port })).rejects.toThrow(
      `Port ${setup.issuer.port} on 127.0.0.1 is already in use`,
    );
  });
});

describe('local issuer: introspection (RFC 7662)', () => {
  it('says active for its own tokens, inactive for others, and needs client authentication', async () => {
    const setup = await setUp();
    const { access_token } = (await token(setup, clientCredentials(setup))).body as { access_token: string };
    const ask = (body: Record<string, string>) =>
      fetch(`${setup.issuer.issuer}oauth/introspect`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
    const active = await ask({ token: access_token, client_id: setup.clientId, client_secret: setup.clientSecret });
    expect(await active.json()).toMatchObject({ active: true, aud: 'https://orders.example', scope: 'read:orders', client_id: setup.clientId, azp: setup.clientId });
    const tampered = await ask({ token: `${access_token.slice(0, -4)}AAAA`, client_id: setup.clientId, client_secret: setup.clientSecret });
    expect(await tampered.json()).toEqual({ active: false });
    const anonymous = await ask({ token: access_token });
    expect(anonymous.status).toBe(400);
  });
});

describe('local issuer: real middleware accepts it', () => {
  it('express-oauth2-jwt-bearer: 200 with the scope; 401/403 for another audience, an expired token, a missing scope', async () => {
    const setup = await setUp();
    const api = await protectedApi(setup.issuer.issuer);
    const good = (await token(setup, clientCredentials(setup))).body.access_token as string;
    expect((await fetch(`${api}/orders`, { headers: { authorization: `Bearer ${good}` } })).status).toBe(200);
    expect((await fetch(`${api}/admin`, { headers: { authorization: `Bearer ${good}` } })).status).toBe(403);

    await invoke(setup.service, 'apis.create', { name: 'Other', identifier: 'https://other.example' });
    await invoke(setup.service, 'grants.create', { app: 'Worker', api: 'https://other.example' });
    const other = (await token(setup, clientCredentials(setup, { audience: 'https://other.example' }))).body.access_token as string;
    expect((await fetch(`${api}/orders`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(401);

    // Minted through the issuer's own code path, two days ago (the middleware allows 5 s of clock skew).
    const minted = await clientCredentialsGrant(setup.workspace, { currentTenantKey: currentSigningKey }, {
      tenant: setup.workspace.tenant(),
      clientId: setup.clientId,
      clientSecret: setup.clientSecret,
      audience: 'https://orders.example',
      issuer: setup.issuer.issuer,
      now: Math.floor(Date.now() / 1000) - 2 * 86400,
    });
    const expired = minted.ok ? minted.response.access_token : '';
    expect((await fetch(`${api}/orders`, { headers: { authorization: `Bearer ${expired}` } })).status).toBe(401);
  });

  it('jwks-rsa with jsonwebtoken verifies a token', async () => {
    const setup = await setUp();
    const accessToken = (await token(setup, clientCredentials(setup))).body.access_token as string;
    const client = jwksRsa({ jwksUri: `${setup.issuer.issuer}.well-known/jwks.json` });
    const { kid } = jose.decodeProtectedHeader(accessToken);
    const key = await client.getSigningKey(kid);
    const verified = jwt.verify(accessToken, key.getPublicKey(), { audience: 'https://orders.example', issuer: setup.issuer.issuer, algorithms: ['RS256'] });
    expect(verified).toMatchObject({ sub: `${setup.clientId}@clients` });
  });

  it("jose's createRemoteJWKSet verifies before and after a rotation; a revoked key stops verifying", async () => {
    const setup = await setUp();
    const jwks = jose.createRemoteJWKSet(new URL(`${setup.issuer.issuer}.well-known/jwks.json`));
    const before = (await token(setup, clientCredentials(setup))).body.access_token as string;
    await jose.jwtVerify(before, jwks, { issuer: setup.issuer.issuer, audience: 'https://orders.example' });
    const tenantId = setup.workspace.tenant().id;
    await rotateSigningKeys(setup.workspace, tenantId);
    const after = (await token(setup, clientCredentials(setup))).body.access_token as string;
    expect(jose.decodeProtectedHeader(after).kid).not.toBe(jose.decodeProtectedHeader(before).kid);
    // The new current key was already published as "next", so a cached JWKS still verifies it.
    await jose.jwtVerify(after, jwks, { issuer: setup.issuer.issuer });
    await jose.jwtVerify(before, jwks, { issuer: setup.issuer.issuer });
    await revokePreviousKey(setup.workspace, tenantId);
    const fresh = jose.createRemoteJWKSet(new URL(`${setup.issuer.issuer}.well-known/jwks.json`));
    await expect(jose.jwtVerify(before, fresh, { issuer: setup.issuer.issuer })).rejects.toThrow();
    await jose.jwtVerify(after, fresh, { issuer: setup.issuer.issuer });
  });
});

describe('local issuer: control from the service', () => {
  it('starts, reports its URLs, remembers "start with the app", and refuses a network address without confirmation', async () => {
    const { service, dataDir } = openTestWorkbench();
    const refused = await dispatch(service, 'issuer.start', { port: 0, host: '0.0.0.0' });
    expect(refused).toMatchObject({ ok: false, error: { field: 'host', message: expect.stringContaining('anyone who can reach this machine') } });
    const status = await invoke(service, 'issuer.start', { port: 0, startWithApp: true });
    closers.push(async () => void (await invoke(service, 'issuer.stop', {})));
    expect(status.running).toBe(true);
    expect(status.urls!.token).toBe(`${status.urls!.issuer}oauth/token`);
    const discovery = (await (await fetch(status.urls!.discovery)).json()) as { issuer: string };
    expect(discovery.issuer).toBe(status.urls!.issuer);
    // Tokens minted on the Test tab carry the running issuer's URL.
    await invoke(service, 'apis.create', { name: 'A', identifier: 'urn:a' });
    const minted = await invoke(service, 'tokens.mint', { api: 'urn:a' });
    expect(minted.outcome === 'issued' && minted.payload.iss).toBe(status.urls!.issuer);
    await invoke(service, 'issuer.stop', {});
    expect((await invoke(service, 'issuer.status', {})).running).toBe(false);

    const reopened = openTestWorkbench(dataDir);
    const message = await startIssuerIfWanted(reopened.service);
    closers.push(async () => void (await invoke(reopened.service, 'issuer.stop', {})));
    expect(message).toMatch(/^Local issuer running at http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await invoke(reopened.service, 'issuer.status', {})).running).toBe(true);
  });
});
