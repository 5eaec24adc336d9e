import { createHmac, createSecretKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { VerifyResultSchema, type KeySource } from '../../../src/shared/jwt';
import {
  keySetFromKeys,
  resolveKeySource,
  VerifyCache,
  verifyToken,
  type VerifyOptions,
} from '../../../src/main/verify';
import {
  AUD,
  claims,
  handSign,
  hasOpenssl,
  ISS,
  jwtSign,
  NOW,
  opensslCertificate,
  pair,
  pkcs1Pem,
  pkcs8Pem,
  publicJwk,
  spkiPem,
} from './fixtures';

function verify(token: string, key: VerifyOptions['key'], extra: Partial<VerifyOptions> = {}) {
  const result = verifyToken({ token, key, now: NOW, cache: new VerifyCache(), ...extra });
  expect(VerifyResultSchema.parse(result)).toEqual(result);
  return result;
}

const codes = (r: { warnings: Array<{ code: string }> }): string[] => r.warnings.map((w) => w.code);

describe('tokens from jsonwebtoken, keys in every accepted form', () => {
  const rsa = pair('rsa');
  const rs256 = jwtSign(claims(), rsa.privateKey, 'RS256', { kid: 'key-1' });

  it.each<[string, () => KeySource]>([
    ['PEM SPKI', () => ({ type: 'pem', pem: spkiPem(rsa.publicKey) })],
    ['PEM PKCS#1', () => ({ type: 'pem', pem: pkcs1Pem(rsa.publicKey) })],
    ['PEM private key (public derived)', () => ({ type: 'pem', pem: pkcs8Pem(rsa.privateKey) })],
    [
      'PEM with literal \\n, as in env files',
      () => ({ type: 'pem', pem: spkiPem(rsa.publicKey).replace(/\n/g, '\\n') }),
    ],
    ['PEM on one line', () => ({ type: 'pem', pem: spkiPem(rsa.publicKey).replace(/\n(?!-----END)/g, ' ') })],
    [
      'base64 DER',
      () => ({ type: 'pem', pem: rsa.publicKey.export({ type: 'spki', format: 'der' }).toString('base64') }),
    ],
    ['JWK (object)', () => ({ type: 'jwk', jwk: publicJwk(rsa.publicKey, { kid: 'key-1' }) })],
    ['JWK (text)', () => ({ type: 'jwk', jwk: JSON.stringify(publicJwk(rsa.publicKey)) })],
    [
      'JWKS',
      () => ({
        type: 'jwks',
        jwks: JSON.stringify({
          keys: [
            publicJwk(pair('rsa2').publicKey, { kid: 'other' }),
            publicJwk(rsa.publicKey, { kid: 'key-1' }),
          ],
        }),
      }),
    ],
    ['auto: SPKI', () => ({ type: 'auto', text: spkiPem(rsa.publicKey) })],
    ['auto: PKCS#1', () => ({ type: 'auto', text: pkcs1Pem(rsa.publicKey) })],
    ['auto: JWK', () => ({ type: 'auto', text: JSON.stringify(publicJwk(rsa.publicKey)) })],
    [
      'auto: JWKS',
      () => ({
        type: 'auto',
        text: JSON.stringify({
          keys: [publicJwk(rsa.publicKey, { kid: 'key-1', use: 'sig', alg: 'RS256' })],
        }),
      }),
    ],
  ])('%s', (_name, source) => {
    const r = verify(rs256, source(), { expected: { iss: ISS, aud: AUD, algorithms: ['RS256'] } });
    expect(r.signature).toMatchObject({ status: 'verified', reason: 'verified' });
    expect(r.signature.message).toMatch(/^Signature verified with /);
    expect(r.summary).toBe('Signature verified');
    expect(r.valid).toBe(true);
    expect(r.key).toMatchObject({ kty: 'RSA', bits: 2048 });
    expect(r.checks.filter((c) => c.status !== 'not_checked').map((c) => [c.check, c.status])).toEqual([
      ['exp', 'passed'],
      ['iat', 'passed'],
      ['iss', 'passed'],
      ['aud', 'passed'],
      ['alg', 'passed'],
    ]);
    if (source().type === 'auto') expect(r.source?.detected).toBe(true);
  });

  it('the JWKS says which key matched', () => {
    const r = verify(rs256, {
      type: 'jwks',
      jwks: {
        keys: [
          publicJwk(pair('rsa2').publicKey, { kid: 'other' }),
          publicJwk(rsa.publicKey, { kid: 'key-1' }),
        ],
      },
    });
    expect(r.key).toMatchObject({
      kid: 'key-1',
      index: 1,
      label: expect.stringMatching(/^Key #2 of 2 in the pasted JWKS \(kid "key-1"\)/),
    });
    expect(r.source).toMatchObject({ kind: 'jwks', keyCount: 2, label: 'Pasted JWKS (2 keys)' });
    expect(r.key?.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('a token pasted with "Bearer " and line breaks verifies', () => {
    const r = verify(`Bearer ${rs256.slice(0, 100)}\n${rs256.slice(100)}`, {
      type: 'pem',
      pem: spkiPem(rsa.publicKey),
    });
    expect(r.signature.status).toBe('verified');
  });

  describe.skipIf(!hasOpenssl())(
    'X.509 certificates made by openssl (skipped when openssl is missing)',
    () => {
      const cert = hasOpenssl() ? opensslCertificate('/CN=dev-acme.local/O=Acme') : null;

      it('verifies with the certificate, and shows subject, validity and thumbprint', () => {
        const token = jwtSign(claims(), cert!.keyPem, 'RS256');
        const r = verify(token, { type: 'pem', pem: cert!.certPem });
        expect(r.signature.status).toBe('verified');
        expect(r.source?.kind).toBe('certificate');
        expect(r.key?.certificate).toMatchObject({
          subject: 'CN=dev-acme.local, O=Acme',
          issuer: 'CN=dev-acme.local, O=Acme',
          selfSigned: true,
          sha1Fingerprint: expect.stringMatching(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/),
          x5t: expect.stringMatching(/^[A-Za-z0-9_-]{27}$/),
        });
        expect(
          Date.parse(r.key!.certificate!.notAfter) - Date.parse(r.key!.certificate!.notBefore),
        ).toBeGreaterThan(9 * 365 * 86_400_000);
        expect(r.x5t).toBeNull();
      });

      it('auto-detects a certificate, also as bare base64 DER (an x5c entry)', () => {
        const token = jwtSign(claims(), cert!.keyPem, 'RS256');
        expect(verify(token, { type: 'auto', text: cert!.certPem }).signature.status).toBe('verified');
        expect(verify(token, { type: 'auto', text: cert!.derB64 }).source?.kind).toBe('certificate');
      });

      it("compares the token's x5t with the certificate", () => {
        const r0 = verify(jwtSign(claims(), cert!.keyPem, 'RS256'), { type: 'pem', pem: cert!.certPem });
        const x5t = r0.key!.certificate!.x5t;
        const match = verify(jwtSign(claims(), cert!.keyPem, 'RS256', { x5t }), {
          type: 'pem',
          pem: cert!.certPem,
        });
        expect(match.x5t).toBe('match');
        expect(codes(match)).toContain('x5t_match');
        const other = verify(
          jwtSign(claims(), cert!.keyPem, 'RS256', { x5t: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
          { type: 'pem', pem: cert!.certPem },
        );
        expect(other.x5t).toBe('mismatch');
        expect(other.warnings.find((w) => w.code === 'x5t_mismatch')?.message).toMatch(
          /not the certificate's thumbprint/,
        );
        expect(other.signature.status).toBe('verified');
      });

      it('EC certificates work too, and an expired certificate is pointed out', () => {
        const ec = opensslCertificate('/CN=ec.local', 'ec');
        const token = jwtSign(claims({ exp: 4_000_000_000 }), ec.keyPem, 'ES256');
        expect(verify(token, { type: 'pem', pem: ec.certPem }).signature.status).toBe('verified');
        const later = verify(token, { type: 'pem', pem: ec.certPem }, { now: 3_900_000_000 });
        expect(codes(later)).toContain('certificate_expired');
        // NOW (2023) is before the certificate was made.
        expect(codes(verify(token, { type: 'pem', pem: ec.certPem }))).toContain('certificate_not_yet_valid');
        expect(codes(later)).not.toContain('certificate_not_yet_valid');
        expect(later.signature.status).toBe('verified');
      });
    },
  );
});

describe('secrets, in four encodings', () => {
  const bytes = randomBytes(32);
  const token = jwtSign(claims(), bytes, 'HS256');

  it.each(['base64', 'base64url', 'hex'] as const)('%s', (encoding) => {
    const r = verify(token, { type: 'secret', secret: bytes.toString(encoding), encoding });
    expect(r.signature.status).toBe('verified');
    expect(r.key).toMatchObject({ kty: 'oct', secret: { encoding, byteLength: 32 }, bits: 256 });
    expect(codes(r)).not.toContain('short_secret');
  });

  it('utf8, chosen or detected', () => {
    const secret = 'a-long-enough-utf8-secret-of-32-bytes!';
    const t = jwtSign(claims(), secret, 'HS256');
    expect(verify(t, { type: 'secret', secret }).signature.status).toBe('verified');
    expect(verify(t, { type: 'secret', secret, encoding: 'utf8' }).signature.status).toBe('verified');
    expect(verify(t, { type: 'auto', text: secret }).source).toMatchObject({
      kind: 'secret',
      detected: true,
    });
  });

  it('hex with 0x, colons or spaces; bad encodings are named', () => {
    const hex = bytes.toString('hex');
    expect(verify(token, { type: 'secret', secret: `0x${hex}`, encoding: 'hex' }).signature.status).toBe(
      'verified',
    );
    expect(
      verify(token, { type: 'secret', secret: hex.match(/../g)!.join(':'), encoding: 'hex' }).signature
        .status,
    ).toBe('verified');
    const bad = verify(token, { type: 'secret', secret: 'abcg', encoding: 'hex' });
    expect(bad.signature).toMatchObject({
      status: 'not_checked',
      reason: 'key_error',
      message: "The secret is not valid hex: 'g' at character 4.",
    });
    expect(verify(token, { type: 'secret', secret: 'abc', encoding: 'hex' }).signature.message).toMatch(
      /odd number/,
    );
    expect(verify(token, { type: 'secret', secret: 'ab_c', encoding: 'base64' }).signature.message).toMatch(
      /'_' at character 3 belongs to base64url/,
    );
    expect(verify(token, { type: 'secret', secret: '' }).signature.message).toBe('The secret is empty.');
  });

  it('suggests the encoding that would have verified', () => {
    const r = verify(token, { type: 'secret', secret: bytes.toString('base64url') });
    expect(r.signature.status).toBe('invalid');
    expect(r.signature.message).toMatch(
      /verifies when the secret is read as base64(url)?: choose that encoding/,
    );
    expect(codes(r)).toContain('secret_encoding_hint');
  });

  it('a short secret is warned about and still verifies', () => {
    const t = jwtSign(claims(), 'short', 'HS256');
    const r = verify(t, { type: 'secret', secret: 'short' });
    expect(r.signature.status).toBe('verified');
    expect(r.warnings.find((w) => w.code === 'short_secret')?.message).toMatch(
      /5 bytes; HS256 needs at least 32/,
    );
    const t512 = jwtSign(claims(), 'x'.repeat(40), 'HS512');
    expect(
      verify(t512, { type: 'secret', secret: 'x'.repeat(40) }).warnings.find((w) => w.code === 'short_secret')
        ?.message,
    ).toMatch(/HS512 needs at least 64/);
  });

  it('spaces around a typed secret are kept, and pointed out', () => {
    const t = jwtSign(claims(), 'secret-with-newline-0123456789abcdef\n', 'HS256');
    const r = verify(t, { type: 'secret', secret: 'secret-with-newline-0123456789abcdef\n' });
    expect(r.signature.status).toBe('verified');
    expect(codes(r)).toContain('secret_whitespace');
  });

  it('a JWKS "oct" key verifies HS256', () => {
    const r = verify(token, {
      type: 'jwks',
      jwks: { keys: [{ kty: 'oct', k: bytes.toString('base64url'), kid: 'h1' }] },
    });
    expect(r.signature.status).toBe('verified');
    expect(codes(r)).toContain('no_kid_single_key');
  });
});

describe('every algorithm: HS/RS/PS/ES 256/384/512 and EdDSA', () => {
  const secret = randomBytes(64);
  const cases = [
    ['HS256', secret, { type: 'secret', secret: secret.toString('hex'), encoding: 'hex' }],
    ['HS384', secret, { type: 'secret', secret: secret.toString('hex'), encoding: 'hex' }],
    ['HS512', secret, { type: 'secret', secret: secret.toString('hex'), encoding: 'hex' }],
    ...(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const).map(
      (a) => [a, pair('rsa').privateKey, { type: 'pem', pem: spkiPem(pair('rsa').publicKey) }] as const,
    ),
    ['ES256', pair('ec256').privateKey, { type: 'jwk', jwk: publicJwk(pair('ec256').publicKey) }],
    ['ES384', pair('ec384').privateKey, { type: 'jwk', jwk: publicJwk(pair('ec384').publicKey) }],
    ['ES512', pair('ec521').privateKey, { type: 'pem', pem: spkiPem(pair('ec521').publicKey) }],
  ] as const;

  it.each(cases)('%s (jsonwebtoken) verifies, and fails with another key', (alg, signKey, source) => {
    const token = jwtSign(claims(), signKey as never, alg);
    expect(verify(token, source as KeySource).signature.status).toBe('verified');
    const curve = alg === 'ES256' ? 'P-256' : alg === 'ES384' ? 'P-384' : 'P-521';
    const other: KeySource = alg.startsWith('HS')
      ? { type: 'secret', secret: randomBytes(64).toString('hex'), encoding: 'hex' }
      : alg.startsWith('ES')
        ? { type: 'jwk', jwk: publicJwk(generateKeyPairSync('ec', { namedCurve: curve }).publicKey) }
        : { type: 'pem', pem: spkiPem(pair('rsa2').publicKey) };
    const r = verify(token, other);
    expect(r.signature).toMatchObject({ status: 'invalid', reason: 'bad_signature' });
    expect(r.summary).toBe('Invalid signature');
  });

  it('EdDSA (Ed25519), also as the fully-specified "Ed25519"', () => {
    const ed = pair('ed25519');
    for (const alg of ['EdDSA', 'Ed25519']) {
      const token = handSign({ alg, typ: 'JWT', kid: 'ed' }, claims(), ed.privateKey);
      expect(verify(token, { type: 'jwk', jwk: publicJwk(ed.publicKey) }).signature.status).toBe('verified');
      expect(verify(token, { type: 'pem', pem: spkiPem(ed.publicKey) }).key).toMatchObject({
        kty: 'OKP',
        curve: 'Ed25519',
      });
      const wrong = verify(token, { type: 'pem', pem: spkiPem(pair('ec256').publicKey) });
      expect(wrong.signature.reason).toBe('alg_key_mismatch');
    }
  });

  it('an ECDSA key of the wrong curve or an RSA key for ES256 is a mismatch, not a crash', () => {
    const token = jwtSign(claims(), pair('ec256').privateKey, 'ES256');
    expect(verify(token, { type: 'pem', pem: spkiPem(pair('ec384').publicKey) }).signature).toMatchObject({
      status: 'invalid',
      reason: 'alg_key_mismatch',
      message: 'The token says ES256, which needs an EC P-256 public key, but the key is an EC P-384 key.',
    });
    expect(verify(token, { type: 'pem', pem: spkiPem(pair('rsa').publicKey) }).signature.reason).toBe(
      'alg_key_mismatch',
    );
  });
});

describe('safety', () => {
  const rsa = pair('rsa');
  const spki = spkiPem(rsa.publicKey);

  it('key confusion: an HS256 token "signed" with the RSA public key is refused and named', () => {
    // The classic attack: take the server's public key PEM and use it as the HMAC secret.
    const forged = jwtSign(claims(), Buffer.from(spki, 'utf8'), 'HS256');
    for (const key of [
      { type: 'pem', pem: spki },
      { type: 'auto', text: spki },
      { type: 'jwk', jwk: publicJwk(rsa.publicKey) },
      { type: 'secret', secret: spki },
    ] as KeySource[]) {
      const r = verify(forged, key);
      expect(r.signature.status, key.type).toBe('invalid');
      expect(r.signature.reason).toBe('key_confusion');
      expect(r.signature.message).toMatch(/^Key confusion: /);
      expect(r.summary).toBe('Invalid signature (key confusion)');
      expect(r.valid).toBe(false);
    }
  });

  it('key confusion in a JWKS, by kid', () => {
    const forged = handSignHmac({ alg: 'HS256', kid: 'key-1' }, claims(), spki);
    const r = verify(forged, { type: 'jwks', jwks: { keys: [publicJwk(rsa.publicKey, { kid: 'key-1' })] } });
    expect(r.signature).toMatchObject({ status: 'invalid', reason: 'key_confusion' });
    expect(r.signature.message).toMatch(/Key confusion: the token says HS256/);
  });

  it('key confusion, the other way: an RS256 token against a secret', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256');
    const r = verify(token, { type: 'secret', secret: 'some-shared-secret-that-is-long-enough' });
    expect(r.signature).toMatchObject({ status: 'invalid', reason: 'key_confusion' });
    expect(r.signature.message).toMatch(/RS256.*needs an RSA public key, but the key is a shared secret/);
  });

  it('alg none never verifies, whatever the key and however it is spelled', () => {
    for (const alg of ['none', 'None', 'NONE']) {
      const token = handSign({ alg, typ: 'JWT' }, claims(), null);
      for (const key of [undefined, { type: 'secret', secret: '' }, { type: 'pem', pem: spki }] as Array<
        KeySource | undefined
      >) {
        const r = verify(token, key);
        expect(r.signature).toMatchObject({ status: 'invalid', reason: 'alg_none' });
        expect(r.checks.find((c) => c.check === 'alg')?.status).toBe('failed');
        expect(r.valid).toBe(false);
      }
    }
  });

  it('keys carried by the token are never used: jwk, x5c', () => {
    const attacker = pair('rsa2');
    const header = {
      alg: 'RS256',
      jwk: publicJwk(attacker.publicKey),
      x5c: ['MIIB'],
      jku: 'http://127.0.0.1:9/jwks.json',
    };
    const forged = handSign(header, claims(), attacker.privateKey);
    const noKey = verify(forged, undefined);
    expect(noKey.signature).toMatchObject({ status: 'not_checked', reason: 'no_key' });
    expect(codes(noKey)).toEqual(expect.arrayContaining(['header_jwk', 'header_x5c', 'header_jku']));
    const real = verify(forged, { type: 'pem', pem: spki });
    expect(real.signature).toMatchObject({ status: 'invalid', reason: 'bad_signature' });
    expect(real.warnings.find((w) => w.code === 'header_jwk')?.message).toMatch(
      /provided by the token, not trusted/,
    );
  });

  it('crit is warned about', () => {
    const token = handSign({ alg: 'RS256', crit: ['urn:x'], 'urn:x': 1 }, claims(), rsa.privateKey);
    const r = verify(token, { type: 'pem', pem: spki });
    expect(r.signature.status).toBe('verified');
    expect(r.warnings.find((w) => w.code === 'crit')?.message).toMatch(/must understand/);
  });

  it('an RSA key under 2048 bits is warned about', () => {
    const weak = pair('rsa1024');
    const token = handSign({ alg: 'RS256' }, claims(), weak.privateKey);
    const r = verify(token, { type: 'pem', pem: spkiPem(weak.publicKey) });
    expect(r.signature.status).toBe('verified');
    expect(r.warnings.find((w) => w.code === 'weak_rsa_key')?.message).toMatch(/1024 bits/);
  });

  it('a private key given to verify is pointed out', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256');
    const r = verify(token, { type: 'pem', pem: pkcs8Pem(rsa.privateKey) });
    expect(r.signature.status).toBe('verified');
    expect(r.key?.fromPrivateKey).toBe(true);
    expect(codes(r)).toContain('private_key_given');
  });

  it('a non-canonical signature is refused even though its bytes are right', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256'); // 256 bytes: the last character has 4 unused bits
    const last = token.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (const ch of alphabet) {
      if (ch === last) continue;
      const r = verify(token.slice(0, -1) + ch, { type: 'pem', pem: spki });
      expect(r.signature.status, ch).toBe('invalid');
    }
    expect(verify(`${token}==`, { type: 'pem', pem: spki }).signature.reason).toBe('malformed_signature');
  });
});

describe('picking a key from a set', () => {
  const a = pair('rsa');
  const b = pair('rsa2');
  const ec = pair('ec256');
  const jwks = {
    keys: [
      publicJwk(a.publicKey, { kid: 'a' }),
      publicJwk(b.publicKey, { kid: 'b' }),
      publicJwk(ec.publicKey, { kid: 'e' }),
    ],
  };

  it('unknown kid: says which kids there are', () => {
    const r = verify(jwtSign(claims(), a.privateKey, 'RS256', { kid: 'zzz' }), { type: 'jwks', jwks });
    expect(r.signature).toMatchObject({ status: 'not_checked', reason: 'unknown_kid' });
    expect(r.signature.message).toBe('No key in Pasted JWKS (3 keys) has kid "zzz" (it has "a", "b", "e").');
  });

  it('no kid and several keys that fit: ambiguous', () => {
    const r = verify(jwtSign(claims(), a.privateKey, 'RS256'), { type: 'jwks', jwks });
    expect(r.signature).toMatchObject({ status: 'not_checked', reason: 'ambiguous_key' });
    expect(r.signature.message).toMatch(/no kid and 2 keys .* fit RS256 \("a", "b"\)/);
  });

  it('no kid and one key that fits: used, and said so', () => {
    const r = verify(jwtSign(claims(), ec.privateKey, 'ES256'), { type: 'jwks', jwks });
    expect(r.signature.status).toBe('verified');
    expect(r.key?.kid).toBe('e');
    expect(codes(r)).toContain('no_kid_single_key');
  });

  it("a key's alg, use and key_ops are honoured", () => {
    const token = jwtSign(claims(), a.privateKey, 'RS256', { kid: 'a' });
    const withAlg = verify(token, {
      type: 'jwks',
      jwks: { keys: [publicJwk(a.publicKey, { kid: 'a', alg: 'PS256' })] },
    });
    expect(withAlg.signature).toMatchObject({ status: 'invalid', reason: 'alg_key_mismatch' });
    expect(withAlg.signature.message).toMatch(/declared for PS256/);
    expect(
      verify(token, { type: 'jwk', jwk: publicJwk(a.publicKey, { use: 'enc' }) }).signature.message,
    ).toMatch(/"enc"/);
    expect(
      verify(token, { type: 'jwk', jwk: publicJwk(a.publicKey, { key_ops: ['encrypt'] }) }).signature.message,
    ).toMatch(/key_ops/);
  });

  it('a single key with another kid still verifies, with a warning', () => {
    const token = jwtSign(claims(), a.privateKey, 'RS256', { kid: 'new' });
    const r = verify(token, { type: 'jwk', jwk: publicJwk(a.publicKey, { kid: 'old' }) });
    expect(r.signature.status).toBe('verified');
    expect(codes(r)).toContain('kid_mismatch');
  });

  it('broken members of a JWKS are skipped with the reason; an empty or bad JWKS is named', () => {
    const r = verify(jwtSign(claims(), a.privateKey, 'RS256', { kid: 'a' }), {
      type: 'jwks',
      jwks: { keys: [{ kty: 'RSA', kid: 'broken', n: 'AQAB' }, 42, publicJwk(a.publicKey, { kid: 'a' })] },
    });
    expect(r.signature.status).toBe('verified');
    expect(r.warnings.filter((w) => w.code === 'key_skipped').map((w) => w.message)).toEqual([
      expect.stringMatching(/^Key #1 of 3 in the pasted JWKS \(kid "broken"\) was skipped: /),
      'Key #2 of 3 in the pasted JWKS is not an object; skipped.',
    ]);
    expect(
      verify(jwtSign(claims(), a.privateKey, 'RS256'), { type: 'jwks', jwks: '{"keys":[]}' }).signature
        .message,
    ).toBe('The pasted JWKS has no usable key (0 keys).');
    expect(
      verify(jwtSign(claims(), a.privateKey, 'RS256'), { type: 'jwks', jwks: '{"keys":' }).signature.message,
    ).toMatch(/^The JWKS is not JSON/);
  });

  it.skipIf(!hasOpenssl())('a JWK whose x5c holds another key is pointed out (needs openssl)', () => {
    const cert = opensslCertificate();
    const token = jwtSign(claims(), a.privateKey, 'RS256');
    const r = verify(token, { type: 'jwk', jwk: publicJwk(a.publicKey, { x5c: [cert.derB64] }) });
    expect(r.signature.status).toBe('verified');
    expect(codes(r)).toContain('x5c_key_mismatch');
  });

  it('workspace keys, matched by kid; API secrets', () => {
    const set = keySetFromKeys([
      { key: b.publicKey, kid: 'b', label: 'tenant dev, previous key' },
      { key: a.privateKey, kid: 'a', label: 'tenant dev, current key' },
    ]);
    const r = verify(jwtSign(claims(), a.privateKey, 'RS256', { kid: 'a' }), set);
    expect(r.signature.status).toBe('verified');
    expect(r.key?.label).toBe('tenant dev, current key');
    const secret = randomBytes(32);
    const hs = verify(
      jwtSign(claims(), secret, 'HS256'),
      keySetFromKeys([
        {
          key: createSecretKey(secret),
          label: 'API Orders signing secret',
        },
      ]),
    );
    expect(hs.signature.status).toBe('verified');
    expect(hs.key?.label).toBe('API Orders signing secret');
  });
});

describe('the result', () => {
  const rsa = pair('rsa');
  const pem = { type: 'pem', pem: spkiPem(rsa.publicKey) } as const;

  it('a verified signature with a failed check is not valid, and says which', () => {
    const r = verify(jwtSign(claims({ exp: NOW - 3 * 3600 }), rsa.privateKey, 'RS256'), pem, {
      expected: { aud: 'https://other' },
    });
    expect(r.signature.status).toBe('verified');
    expect(r.valid).toBe(false);
    expect(r.summary).toBe('Signature verified, but exp, aud failed');
    expect(r.checks.find((c) => c.check === 'exp')?.message).toMatch(/expired 3 h ago/);
  });

  it('now and the clock tolerance are settable', () => {
    const token = jwtSign(claims({ exp: NOW + 60 }), rsa.privateKey, 'RS256');
    expect(verify(token, pem, { now: NOW + 90 }).checks[0]!.status).toBe('failed');
    expect(verify(token, pem, { now: NOW + 90, clockToleranceSec: 60 }).checks[0]!.status).toBe('passed');
    expect(verify(token, pem, { now: '2023-11-14T22:13:50Z' }).checks[0]!.status).toBe('passed');
    expect(verify(token, pem, { now: new Date((NOW + 61) * 1000) }).now).toBe('2023-11-14T22:14:21Z');
  });

  it('typ and the algorithm allow-list through verify', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256', { typ: 'at+jwt' });
    const r = verify(token, pem, { expected: { typ: 'at+jwt', algorithms: ['PS256'] } });
    expect(r.checks.find((c) => c.check === 'typ')?.status).toBe('passed');
    expect(r.checks.find((c) => c.check === 'alg')?.status).toBe('failed');
    expect(r.valid).toBe(false);
  });

  it('malformed tokens are not checked, and say why', () => {
    expect(verify('abc', pem).signature).toMatchObject({ status: 'not_checked', reason: 'malformed_token' });
    const two = verify('eyJhbGciOiJSUzI1NiJ9.e30', pem);
    expect(two.signature.message).toMatch(/2 parts/);
    const badHeader = verify('eyJhbGciOiJSUzI1NiJ.e30.c2ln', pem);
    expect(badHeader.signature.message).toMatch(/^The header is not JSON/);
    expect(
      verify(['eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0', '', 'aXY', 'Y3Q', 'dGFn'].join('.'), pem).signature
        .reason,
    ).toBe('encrypted');
    expect(verify(handSign({ alg: 'RS256' }, claims(), null), pem).signature).toMatchObject({
      status: 'invalid',
      reason: 'malformed_signature',
    });
    expect(verify(handSign({ alg: 'XS256' }, claims(), null), pem).signature.reason).toBe('unsupported_alg');
    expect(verify(handSign({ typ: 'JWT' }, claims(), null), pem).signature.reason).toBe('malformed_token');
  });

  it('a header in standard base64 is still read (the signature is over the text as given)', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256', { note: '?>?>' });
    const [h, p, s] = token.split('.');
    const std = Buffer.from(h!, 'base64url').toString('base64');
    const r = verify(`${std}.${p}.${s}`, pem);
    expect(r.alg).toBe('RS256');
    expect(r.signature.status).toBe('invalid');
  });

  it('JWKS URL and issuer sources need an explicit fetch first', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256');
    expect(
      verify(token, { type: 'jwks_url', url: 'https://dev-acme.local/.well-known/jwks.json' }).signature,
    ).toMatchObject({
      status: 'not_checked',
      reason: 'not_fetched',
    });
    expect(verify(token, { type: 'issuer' }).signature.message).toBe(
      `Discovery has not been run for ${ISS}: run it first (nothing is fetched without asking).`,
    );
    expect(
      verify(token, { type: 'auto', text: 'https://dev-acme.local/.well-known/jwks.json' }).signature.reason,
    ).toBe('not_fetched');
  });

  it('bad key text says what is wrong', () => {
    const token = jwtSign(claims(), rsa.privateKey, 'RS256');
    expect(
      verify(token, { type: 'pem', pem: '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----' })
        .signature.message,
    ).toMatch(/^The PUBLIC KEY PEM could not be read/);
    expect(
      verify(token, {
        type: 'pem',
        pem: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
      }).signature.message,
    ).toMatch(/encrypted with a passphrase/);
    expect(verify(token, { type: 'auto', text: '{"a":1}' }).signature.message).toMatch(
      /neither a JWK nor a JWKS/,
    );
    expect(verify(token, { type: 'auto', text: '' }).signature.reason).toBe('no_key');
  });
});

describe('caching: the verify path does not import a key again', () => {
  it('the same source text gives the same imported key set', () => {
    const cache = new VerifyCache();
    const text = JSON.stringify({ keys: [publicJwk(pair('rsa').publicKey, { kid: 'a' })] });
    const s1 = resolveKeySource({ type: 'jwks', jwks: text }, { cache });
    const s2 = resolveKeySource({ type: 'jwks', jwks: `${text}` }, { cache });
    expect(s2).toBe(s1);
    const auto1 = resolveKeySource({ type: 'auto', text }, { cache });
    expect(resolveKeySource({ type: 'auto', text }, { cache })).toBe(auto1);
    const token = jwtSign(claims(), pair('rsa').privateKey, 'RS256', { kid: 'a' });
    const r1 = verifyToken({ token, key: { type: 'jwks', jwks: text }, cache, now: NOW });
    const r2 = verifyToken({ token, key: { type: 'jwks', jwks: text }, cache, now: NOW });
    expect(r2.key).toBe(r1.key);
    expect(cache.importedCount).toBe(1);
  });
});

function handSignHmac(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  secret: string,
): string {
  const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
