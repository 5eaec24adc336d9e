import { generateKeyPairSync, createSecretKey, createPublicKey } from 'node:crypto';
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import type { KeyObject } from 'node:crypto';

type CryptoKeyOrKeyObject = KeyObject | Uint8Array;
import { accessTokenParts } from '../../../src/main/tokens/access-token';
import { JWS_ALGORITHMS, signCompact, type JwsAlgorithm } from '../../../src/main/tokens/jws';

const base = {
  issuer: 'https://dev-acme.local/',
  audience: 'https://orders',
  alg: 'RS256' as const,
  kid: 'kid-1',
  clientId: 'C'.repeat(32),
  scopes: ['read:orders', 'write:orders'],
  iat: 1_700_000_000,
  lifetime: 86400,
};

describe('access token claims per dialect (DOMAIN.md §5)', () => {
  it('access_token: header and claims in the documented order', () => {
    const { header, payload } = accessTokenParts({ ...base, dialect: 'access_token' });
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(Object.keys(payload)).toEqual(['iss', 'sub', 'aud', 'iat', 'exp', 'scope', 'gty', 'azp']);
    expect(payload).toEqual({
      iss: 'https://dev-acme.local/',
      sub: `${'C'.repeat(32)}@clients`,
      aud: 'https://orders',
      iat: 1_700_000_000,
      exp: 1_700_086_400,
      scope: 'read:orders write:orders',
      gty: 'client-credentials',
      azp: 'C'.repeat(32),
    });
  });

  it('access_token_authz adds permissions', () => {
    const { payload } = accessTokenParts({ ...base, dialect: 'access_token_authz' });
    expect(Object.keys(payload)).toEqual(['iss', 'sub', 'aud', 'iat', 'exp', 'scope', 'gty', 'azp', 'permissions']);
    expect(payload.permissions).toEqual(['read:orders', 'write:orders']);
  });

  it('rfc9068_profile: typ at+jwt, jti and client_id, no azp or gty', () => {
    const { header, payload } = accessTokenParts({ ...base, dialect: 'rfc9068_profile', jti: 'j-1' });
    expect(header.typ).toBe('at+jwt');
    expect(Object.keys(payload)).toEqual(['iss', 'sub', 'aud', 'exp', 'iat', 'jti', 'client_id', 'scope']);
    expect(payload).toMatchObject({ jti: 'j-1', client_id: 'C'.repeat(32) });
  });

  it('rfc9068_profile_authz adds permissions; a random jti otherwise', () => {
    const { payload } = accessTokenParts({ ...base, dialect: 'rfc9068_profile_authz' });
    expect(payload.permissions).toEqual(['read:orders', 'write:orders']);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('HS256 carries no kid; no scope claim when nothing was granted', () => {
    const { header, payload } = accessTokenParts({ ...base, alg: 'HS256', kid: undefined, scopes: [], dialect: 'access_token' });
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).not.toHaveProperty('scope');
  });
});

describe('signCompact', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys: Record<JwsAlgorithm, { sign: Parameters<typeof signCompact>[2]; verify: CryptoKeyOrKeyObject }> = {} as never;
  const secret = createSecretKey(Buffer.from('a-32-byte-long-secret-for-hmac!!'));
  for (const alg of JWS_ALGORITHMS) {
    if (alg.startsWith('HS')) keys[alg] = { sign: secret, verify: secret.export() };
    else if (alg.startsWith('RS') || alg.startsWith('PS')) keys[alg] = { sign: rsa.privateKey, verify: rsa.publicKey };
  }
  for (const [alg, curve] of [['ES256', 'P-256'], ['ES384', 'P-384'], ['ES512', 'P-521']] as const) {
    const ec = generateKeyPairSync('ec', { namedCurve: curve });
    keys[alg] = { sign: ec.privateKey, verify: ec.publicKey };
  }
  const ed = generateKeyPairSync('ed25519');
  keys.EdDSA = { sign: ed.privateKey, verify: createPublicKey(ed.privateKey) };

  it.each(JWS_ALGORITHMS)('%s tokens verify with jose', async (alg) => {
    const token = await signCompact({ alg, typ: 'JWT' }, { sub: 'x', n: 1 }, keys[alg].sign, alg);
    const { payload, protectedHeader } = await jose.jwtVerify(token, keys[alg].verify, { algorithms: [alg] });
    expect(protectedHeader.alg).toBe(alg);
    expect(payload).toEqual({ sub: 'x', n: 1 });
  });
});
