import { randomBytes, type KeyObject } from 'node:crypto';
import { CompactEncrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { decodeToken, DecryptResultSchema, type KeySource } from '../../../src/shared/jwt';
import { decryptToken, VerifyCache } from '../../../src/main/verify';
import { claims, ISS, jwtSign, NOW, pair, pkcs1Pem, pkcs8Pem, spkiPem } from './fixtures';

async function encrypt(
  plaintext: string,
  key: KeyObject | Uint8Array,
  header: Record<string, unknown>,
): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(plaintext))
    .setProtectedHeader(header as { alg: string; enc: string })
    .encrypt(key);
}

async function decrypt(token: string, key: KeySource | undefined, extra: Record<string, unknown> = {}) {
  const r = await decryptToken({ token, key, cache: new VerifyCache(), now: NOW, ...extra });
  expect(DecryptResultSchema.parse(r)).toEqual(r);
  return r;
}

const payload = JSON.stringify(claims());

describe('decryptToken', () => {
  const rsa = pair('rsa');
  const ec = pair('ec256');

  it('RSA-OAEP-256 with a private key in PKCS#8 or PKCS#1 PEM', async () => {
    const token = await encrypt(payload, rsa.publicKey, {
      alg: 'RSA-OAEP-256',
      enc: 'A256GCM',
      kid: 'enc-1',
    });
    expect(decodeToken(token)).toMatchObject({
      kind: 'jwe',
      header: { alg: 'RSA-OAEP-256', enc: 'A256GCM' },
    });
    for (const pem of [pkcs8Pem(rsa.privateKey), pkcs1Pem(rsa.privateKey)]) {
      const r = await decrypt(token, { type: 'pem', pem });
      expect(r).toMatchObject({
        status: 'decrypted',
        payload: claims(),
        plaintext: payload,
        header: { kid: 'enc-1' },
      });
      expect(r.message).toBe('Decrypted: the content is a JSON claims set.');
      expect(r.key).toMatchObject({ kty: 'RSA', fromPrivateKey: true });
    }
  });

  it('RSA-OAEP with a private JWK picked by kid from a JWKS', async () => {
    const token = await encrypt(payload, rsa.publicKey, { alg: 'RSA-OAEP', enc: 'A128CBC-HS256', kid: 'b' });
    const jwks = {
      keys: [
        { ...(pair('rsa2').privateKey.export({ format: 'jwk' }) as object), kid: 'a' },
        { ...(rsa.privateKey.export({ format: 'jwk' }) as object), kid: 'b' },
      ],
    };
    const r = await decrypt(token, { type: 'jwks', jwks });
    expect(r.status).toBe('decrypted');
    expect(r.key?.kid).toBe('b');
  });

  it('ECDH-ES and ECDH-ES+A256KW with a private JWK', async () => {
    const jwk: KeySource = {
      type: 'jwk',
      jwk: ec.privateKey.export({ format: 'jwk' }) as Record<string, unknown>,
    };
    for (const alg of ['ECDH-ES', 'ECDH-ES+A256KW']) {
      const token = await encrypt(payload, ec.publicKey, { alg, enc: 'A256GCM' });
      expect((await decrypt(token, jwk)).status, alg).toBe('decrypted');
    }
  });

  it('dir, A128KW and PBES2 with a secret', async () => {
    const cek = randomBytes(32);
    const dir = await encrypt(payload, cek, { alg: 'dir', enc: 'A256GCM' });
    expect(
      (await decrypt(dir, { type: 'secret', secret: cek.toString('base64url'), encoding: 'base64url' }))
        .status,
    ).toBe('decrypted');
    const kek = randomBytes(16);
    const kw = await encrypt(payload, kek, { alg: 'A128KW', enc: 'A128GCM' });
    expect((await decrypt(kw, { type: 'secret', secret: kek.toString('hex'), encoding: 'hex' })).status).toBe(
      'decrypted',
    );
    const pbes2 = await new CompactEncrypt(new TextEncoder().encode(payload))
      .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
      .setKeyManagementParameters({ p2c: 1000, p2s: randomBytes(16) })
      .encrypt(new TextEncoder().encode('correct horse battery staple'));
    expect((await decrypt(pbes2, { type: 'secret', secret: 'correct horse battery staple' })).status).toBe(
      'decrypted',
    );
    expect((await decrypt(pbes2, { type: 'secret', secret: 'wrong' })).status).toBe('failed');
  });

  it('decodes and verifies a nested signed token', async () => {
    const inner = jwtSign(claims(), rsa.privateKey, 'RS256', { kid: 'sig-1' });
    const token = await encrypt(inner, ec.publicKey, { alg: 'ECDH-ES+A128KW', enc: 'A128GCM', cty: 'JWT' });
    const key: KeySource = {
      type: 'jwk',
      jwk: ec.privateKey.export({ format: 'jwk' }) as Record<string, unknown>,
    };
    const decoded = await decrypt(token, key);
    expect(decoded.nested).toMatchObject({
      kind: 'jws',
      header: { alg: 'RS256', kid: 'sig-1' },
      payload: claims(),
    });
    expect(decoded.nestedVerification).toBeNull();
    expect(decoded.message).toMatch(/nested JWT.*Give a verification key/);
    const verified = await decrypt(token, key, {
      verifyKey: { type: 'pem', pem: spkiPem(rsa.publicKey) },
      expected: { iss: ISS },
    });
    expect(verified.nestedVerification).toMatchObject({ valid: true, signature: { status: 'verified' } });
    expect(verified.message).toMatch(/Signature verified/);
    const wrong = await decrypt(token, key, {
      verifyKey: { type: 'pem', pem: spkiPem(pair('rsa2').publicKey) },
    });
    expect(wrong.nestedVerification?.signature.status).toBe('invalid');
  });

  it('says why it cannot decrypt', async () => {
    const token = await encrypt(payload, rsa.publicKey, { alg: 'RSA-OAEP-256', enc: 'A256GCM' });
    const wrongKey = await decrypt(token, { type: 'pem', pem: pkcs8Pem(pair('rsa2').privateKey) });
    expect(wrongKey).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^Decryption failed: the key is not the one/),
    });
    const publicOnly = await decrypt(token, { type: 'pem', pem: spkiPem(rsa.publicKey) });
    expect(publicOnly).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('holds only a public key'),
    });
    const secretForRsa = await decrypt(token, { type: 'secret', secret: 'x'.repeat(32) });
    expect(secretForRsa.status).toBe('failed');
    const dir = await encrypt(payload, randomBytes(32), { alg: 'dir', enc: 'A256GCM' });
    expect((await decrypt(dir, { type: 'pem', pem: pkcs8Pem(rsa.privateKey) })).message).toMatch(
      /needs a secret/,
    );
    expect(
      (
        await decrypt(jwtSign(claims(), rsa.privateKey, 'RS256'), {
          type: 'pem',
          pem: spkiPem(rsa.publicKey),
        })
      ).status,
    ).toBe('not_checked');
    expect((await decrypt(token, undefined)).status).toBe('not_checked');
    const tampered = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await decrypt(tampered, { type: 'pem', pem: pkcs8Pem(rsa.privateKey) })).status).toBe('failed');
  });

  it('accepts a JWE pasted with Bearer and whitespace', async () => {
    const token = await encrypt(payload, rsa.publicKey, { alg: 'RSA-OAEP-256', enc: 'A256GCM' });
    const jwk = rsa.privateKey.export({ format: 'jwk' }) as Record<string, unknown>;
    const r = await decrypt(`Bearer ${token.slice(0, 50)}\n${token.slice(50)}`, { type: 'jwk', jwk });
    expect(r.status).toBe('decrypted');
  });
});
