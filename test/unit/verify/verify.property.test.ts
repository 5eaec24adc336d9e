import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeySource, VerifyResultSchema } from '../../../src/shared/jwt';
import { VerifyCache, verifyToken } from '../../../src/main/verify';
import { claims, handSign, jwtSign, NOW, pair, publicJwk, spkiPem } from './fixtures';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const secret = randomBytes(32);
const cache = new VerifyCache();

const cases: Array<[string, string, KeySource]> = [
  [
    'RS256',
    jwtSign(claims(), pair('rsa').privateKey, 'RS256', { kid: 'a' }),
    { type: 'jwks', jwks: { keys: [publicJwk(pair('rsa').publicKey, { kid: 'a' })] } },
  ],
  [
    'PS256',
    jwtSign(claims(), pair('rsa').privateKey, 'PS256'),
    { type: 'pem', pem: spkiPem(pair('rsa').publicKey) },
  ],
  [
    'HS256',
    jwtSign(claims(), secret, 'HS256'),
    { type: 'secret', secret: secret.toString('base64'), encoding: 'base64' },
  ],
  [
    'ES256',
    jwtSign(claims(), pair('ec256').privateKey, 'ES256'),
    { type: 'jwk', jwk: publicJwk(pair('ec256').publicKey) },
  ],
  [
    'ES512',
    jwtSign(claims(), pair('ec521').privateKey, 'ES512'),
    { type: 'jwk', jwk: publicJwk(pair('ec521').publicKey) },
  ],
  [
    'EdDSA',
    handSign({ alg: 'EdDSA' }, claims(), pair('ed25519').privateKey),
    { type: 'pem', pem: spkiPem(pair('ed25519').publicKey) },
  ],
];

const status = (token: string, key: KeySource): string =>
  verifyToken({ token, key, now: NOW, cache }).signature.status;

describe.each(cases)(
  '%s: a token with any one character or byte changed never verifies',
  (_alg, token, key) => {
    it('the original verifies', () => {
      expect(status(token, key)).toBe('verified');
    });

    it('any character of header, payload or signature replaced by another base64url character', () => {
      fc.assert(
        fc.property(fc.nat({ max: token.length - 1 }), fc.nat({ max: 63 }), (at, pick) => {
          if (token[at] === '.') return;
          let ch = ALPHABET[pick]!;
          if (ch === token[at]) ch = ALPHABET[(pick + 1) % 64]!;
          expect(status(token.slice(0, at) + ch + token.slice(at + 1), key)).not.toBe('verified');
        }),
        { numRuns: 300 },
      );
    });

    it('any character replaced by anything at all (dots, padding, Unicode)', () => {
      fc.assert(
        fc.property(
          fc.nat({ max: token.length - 1 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
          (at, ch) => {
            if (ch === token[at]) return;
            expect(status(token.slice(0, at) + ch + token.slice(at + 1), key)).not.toBe('verified');
          },
        ),
        { numRuns: 300 },
      );
    });

    it('the last character of the signature, all 63 others (unused bits included)', () => {
      const last = token.at(-1)!;
      for (const ch of ALPHABET)
        if (ch !== last) expect(status(token.slice(0, -1) + ch, key), ch).not.toBe('verified');
    });

    it('any byte of the decoded signature or payload changed', () => {
      const [h, p, s] = token.split('.') as [string, string, string];
      const sig = Buffer.from(s, 'base64url');
      const payload = Buffer.from(p, 'base64url');
      fc.assert(
        fc.property(fc.boolean(), fc.nat(), fc.integer({ min: 1, max: 255 }), (inSignature, index, xor) => {
          const bytes = Buffer.from(inSignature ? sig : payload);
          const i = index % bytes.length;
          bytes[i] = bytes[i]! ^ xor;
          const changed = inSignature
            ? `${h}.${p}.${bytes.toString('base64url')}`
            : `${h}.${bytes.toString('base64url')}.${s}`;
          expect(status(changed, key)).not.toBe('verified');
        }),
        { numRuns: 300 },
      );
    });
  },
);

describe('verifyToken never throws', () => {
  it('on arbitrary tokens and arbitrary key text of every kind', () => {
    const [, rs256] = cases[0]!;
    const token = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constant(rs256),
      fc
        .tuple(fc.nat({ max: rs256.length - 1 }), fc.string({ unit: 'binary', maxLength: 3 }))
        .map(([at, s]) => rs256.slice(0, at) + s + rs256.slice(at + 1)),
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.string().map((s) => `-----BEGIN PUBLIC KEY-----\n${s}\n-----END PUBLIC KEY-----`),
      fc
        .dictionary(
          fc.constantFrom('kty', 'n', 'e', 'crv', 'x', 'y', 'k', 'd', 'kid', 'alg', 'use'),
          fc.string(),
        )
        .map((o) => JSON.stringify(o)),
      fc
        .array(fc.dictionary(fc.constantFrom('kty', 'k', 'kid', 'n', 'e'), fc.string()), { maxLength: 3 })
        .map((keys) => JSON.stringify({ keys })),
    );
    const source = fc.oneof(
      text.map((t): KeySource => ({ type: 'auto', text: t })),
      fc
        .tuple(text, fc.constantFrom('utf8', 'base64', 'base64url', 'hex') as fc.Arbitrary<'utf8'>)
        .map(([t, encoding]): KeySource => ({ type: 'secret', secret: t, encoding })),
      text.map((t): KeySource => ({ type: 'pem', pem: t })),
      text.map((t): KeySource => ({ type: 'jwk', jwk: t })),
      text.map((t): KeySource => ({ type: 'jwks', jwks: t })),
      text.map((t): KeySource => ({ type: 'jwks_url', url: t })),
    );
    fc.assert(
      fc.property(token, source, (t, key) => {
        const r = verifyToken({ token: t, key, now: NOW, cache });
        expect(VerifyResultSchema.safeParse(r).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});
