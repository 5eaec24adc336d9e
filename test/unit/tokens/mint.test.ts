import { createSecretKey } from 'node:crypto';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../../src/main/dispatch';
import { TOKEN_DIALECTS } from '../../../src/shared/domain/api';
import { openTestWorkbench } from '../../helpers/service';

async function setUp(signing_alg: 'RS256' | 'PS256' | 'HS256' = 'RS256') {
  const bench = openTestWorkbench();
  const { service } = bench;
  await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders', signing_alg });
  for (const value of ['read:orders', 'write:orders', 'admin']) await invoke(service, 'scopes.add', { api: 'https://orders', value });
  await invoke(service, 'grants.update', { app: 'Orders (Test Application)', api: 'https://orders', scope: ['read:orders', 'write:orders'] });
  const tenant = await invoke(service, 'tenants.current', {});
  return { ...bench, tenant };
}

async function verify(setup: Awaited<ReturnType<typeof setUp>>, token: string, alg: string) {
  if (alg === 'HS256') {
    const { signing_secret } = await invoke(setup.service, 'apis.revealSigningSecret', { api: 'https://orders' });
    return jose.jwtVerify(token, createSecretKey(Buffer.from(signing_secret)), { algorithms: ['HS256'] });
  }
  const { keys } = await invoke(setup.service, 'keys.jwks', {});
  const jwk = keys.find((k) => k.kid === jose.decodeProtectedHeader(token).kid)!;
  // The JWKS says alg RS256 as the real service's does; a PS256 API signs with the same RSA key.
  const { alg: _published, ...withoutAlg } = jwk;
  return jose.jwtVerify(token, await jose.importJWK(withoutAlg, alg), { algorithms: [alg] });
}

describe('tokens.mint (Test tab)', () => {
  for (const alg of ['RS256', 'PS256', 'HS256'] as const) {
    for (const dialect of TOKEN_DIALECTS) {
      it(`${alg} / ${dialect}: header and claims as DOMAIN.md §5, verified with jose`, async () => {
        const setup = await setUp(alg);
        await invoke(setup.service, 'apis.update', { api: 'https://orders', token_dialect: dialect });
        const result = await invoke(setup.service, 'tokens.mint', { api: 'https://orders' });
        if (result.outcome !== 'issued') throw new Error('not issued');
        const token = result.response.access_token;
        const { payload, protectedHeader } = await verify(setup, token, alg);
        const rfc9068 = dialect.startsWith('rfc9068');
        expect(protectedHeader.alg).toBe(alg);
        expect(protectedHeader.typ).toBe(rfc9068 ? 'at+jwt' : 'JWT');
        if (alg === 'HS256') expect(protectedHeader.kid).toBeUndefined();
        else expect(protectedHeader.kid).toBe((await invoke(setup.service, 'keys.jwks', {})).keys[0]!.kid);
        expect(payload.iss).toBe(setup.tenant.issuer);
        expect(payload.aud).toBe('https://orders');
        expect(payload.sub).toBe(`${result.client_id}@clients`);
        expect(payload.exp! - payload.iat!).toBe(86400);
        expect(payload.scope).toBe('read:orders write:orders');
        expect(Object.keys(payload)).toEqual(
          rfc9068
            ? ['iss', 'sub', 'aud', 'exp', 'iat', 'jti', 'client_id', 'scope', ...(dialect.endsWith('authz') ? ['permissions'] : [])]
            : ['iss', 'sub', 'aud', 'iat', 'exp', 'scope', 'gty', 'azp', ...(dialect.endsWith('authz') ? ['permissions'] : [])],
        );
        if (dialect.endsWith('authz')) expect(payload.permissions).toEqual(['read:orders', 'write:orders']);
        expect(result.response).toEqual({ access_token: token, token_type: 'Bearer', expires_in: 86400, scope: 'read:orders write:orders' });
      });
    }
  }

  it('gives the token endpoint error in place for an application that is not authorized', async () => {
    const setup = await setUp();
    await invoke(setup.service, 'applications.create', { name: 'Stranger', app_type: 'non_interactive' });
    const result = await invoke(setup.service, 'tokens.mint', { api: 'https://orders', app: 'Stranger' });
    expect(result).toMatchObject({
      outcome: 'refused',
      error: { status: 403, error: 'access_denied', error_description: 'Client is not authorized to access "https://orders". You need to create a "client-grant" associated to this API.' },
    });
  });

  it('mints expired or not-yet-valid tokens on purpose, with extra claims, lifetime, jti and typ', async () => {
    const setup = await setUp();
    const result = await invoke(setup.service, 'tokens.mint', {
      api: 'https://orders',
      now: '2020-01-01T00:00:00Z',
      lifetime: 60,
      notBeforeDelay: 30,
      jti: 'jti-1',
      typ: 'at+jwt',
      claims: { org_id: 'org_1', 'https://example.com/roles': ['a'] },
    });
    if (result.outcome !== 'issued') throw new Error('not issued');
    expect(result.payload).toMatchObject({ iat: 1577836800, exp: 1577836860, nbf: 1577836830, jti: 'jti-1', org_id: 'org_1' });
    expect(result.header.typ).toBe('at+jwt');
    await expect(verify(setup, result.response.access_token, 'RS256')).rejects.toThrow(/exp/);
  });

  it('refuses registered claims without the override, and wrong types with it', async () => {
    const setup = await setUp();
    const plain = await dispatch(setup.service, 'tokens.mint', { api: 'https://orders', claims: { exp: 1 } });
    expect(plain).toMatchObject({ ok: false, error: { field: 'claims', message: expect.stringContaining('"exp" is a registered claim') } });
    const typed = await dispatch(setup.service, 'tokens.mint', { api: 'https://orders', claims: { exp: 'tomorrow' }, allowRegisteredOverride: true });
    expect(typed).toMatchObject({ ok: false, error: { field: 'claims', message: '"exp" must be a number of seconds since 1970 (NumericDate), not "tomorrow".' } });
    const overridden = await invoke(setup.service, 'tokens.mint', { api: 'https://orders', claims: { aud: ['a', 'b'] }, allowRegisteredOverride: true });
    expect(overridden.outcome === 'issued' && overridden.payload.aud).toEqual(['a', 'b']);
    const bad = await dispatch(setup.service, 'tokens.mint', { api: 'https://nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const badNow = await dispatch(setup.service, 'tokens.mint', { api: 'https://orders', now: 'yesterday-ish' });
    expect(badNow).toMatchObject({ ok: false, error: { field: 'now' } });
  });

  it('keeps a history only when turned on, at most 50, and forgets it when turned off', async () => {
    const setup = await setUp();
    await invoke(setup.service, 'tokens.mint', { api: 'https://orders' });
    expect(await invoke(setup.service, 'tokens.history', {})).toEqual({ enabled: false, entries: [] });
    await invoke(setup.service, 'tokens.setHistoryEnabled', { enabled: true });
    for (let i = 0; i < 52; i += 1) await invoke(setup.service, 'tokens.mint', { api: 'https://orders' });
    const history = await invoke(setup.service, 'tokens.history', {});
    expect(history.entries).toHaveLength(50);
    expect(history.entries[0]).toMatchObject({ audience: 'https://orders', application: 'Orders (Test Application)' });
    expect((await invoke(setup.service, 'tokens.clearHistory', {})).entries).toEqual([]);
    await invoke(setup.service, 'tokens.mint', { api: 'https://orders' });
    expect((await invoke(setup.service, 'tokens.setHistoryEnabled', { enabled: false })).entries).toEqual([]);
  });
});

describe('tokens.sign (encoder)', () => {
  it('signs with the current tenant key, a library key, a pasted key and a secret', async () => {
    const setup = await setUp();
    const tenantSigned = await invoke(setup.service, 'tokens.sign', { payload: { sub: 'x' }, alg: 'RS256', key: { source: 'tenant' } });
    await verify(setup, tenantSigned.token, 'RS256');
    const ec = await invoke(setup.service, 'library.generate', { type: 'EC-P-256', name: 'ec' });
    const ecSigned = await invoke(setup.service, 'tokens.sign', { payload: { sub: 'x' }, alg: 'ES256', key: { source: 'library', id: ec.id } });
    expect(jose.decodeProtectedHeader(ecSigned.token)).toMatchObject({ alg: 'ES256', kid: ec.kid });
    const { privateKey } = await jose.generateKeyPair('EdDSA', { extractable: true });
    const pem = await jose.exportPKCS8(privateKey);
    const edSigned = await invoke(setup.service, 'tokens.sign', { payload: { sub: 'x' }, alg: 'EdDSA', key: { source: 'pasted', text: pem } });
    expect(jose.decodeProtectedHeader(edSigned.token).alg).toBe('EdDSA');
    const hs = await invoke(setup.service, 'tokens.sign', { payload: { sub: 'x' }, alg: 'HS256', key: { source: 'secret', secret: '6869', encoding: 'hex' } });
    await jose.jwtVerify(hs.token, new Uint8Array([0x68, 0x69]));
  });

  it('refuses an algorithm that does not fit the key, a revoked key, and alg none without confirmation', async () => {
    const setup = await setUp();
    const misfit = await dispatch(setup.service, 'tokens.sign', { payload: {}, alg: 'ES256', key: { source: 'tenant' } });
    expect(misfit).toMatchObject({ ok: false, error: { field: 'alg', message: 'ES256 does not fit a RSA 2048 key; it signs with RS256, RS384, RS512, PS256, PS384, PS512.' } });
    const before = (await invoke(setup.service, 'keys.list', {})).find((k) => k.state === 'current')!;
    await invoke(setup.service, 'keys.rotate', {});
    await invoke(setup.service, 'keys.revoke', {});
    const revoked = await dispatch(setup.service, 'tokens.sign', { payload: {}, alg: 'RS256', key: { source: 'tenant', kid: before.kid } });
    expect(revoked).toMatchObject({ ok: false, error: { message: `Signing key ${before.kid} is revoked: a revoked key never signs again.` } });
    const none = await dispatch(setup.service, 'tokens.sign', { payload: { a: 1 }, alg: 'none' });
    expect(none).toMatchObject({ ok: false, error: { field: 'alg' } });
    const unsigned = await invoke(setup.service, 'tokens.sign', { payload: { a: 1 }, alg: 'none', allowUnsigned: true });
    expect(unsigned.token.endsWith('.')).toBe(true);
    const pasted = await dispatch(setup.service, 'tokens.sign', { payload: {}, alg: 'RS256', key: { source: 'pasted', text: '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----' } });
    expect(pasted).toMatchObject({ ok: false, error: { field: 'key.text', message: expect.stringContaining('PKCS#8') } });
    const library = await dispatch(setup.service, 'library.import', { input: '{"kty":"RSA"}' });
    expect(library).toMatchObject({ ok: false, error: { field: 'input' } });
    const wrongType = await dispatch(setup.service, 'tokens.sign', { payload: { exp: '1' }, alg: 'RS256', key: { source: 'tenant' } });
    expect(wrongType).toMatchObject({ ok: false, error: { field: 'payload', message: expect.stringContaining('"exp" must be a number') } });
  });
});
