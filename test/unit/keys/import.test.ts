import { execFileSync } from 'node:child_process';
import {
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSigningCertificate } from '../../../src/main/keys/certificate';
import { certificateDer, x5c } from '../../../src/main/keys/formats';
import type { AsymmetricKeyPair } from '../../../src/main/keys/generate';
import { importKey, type ImportOptions } from '../../../src/main/keys/import';
import { WorkbenchError } from '../../../src/shared/errors';
import { hasOpenssl, NO_OPENSSL, testRsaKeyPool } from './helpers';

let rsa: AsymmetricKeyPair;
let otherRsa: AsymmetricKeyPair;
let cert: string;
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const PASSWORD = 'correct horse';

beforeAll(async () => {
  const pool = testRsaKeyPool();
  rsa = pool();
  otherRsa = pool();
  cert = await createSigningCertificate({ domain: 'import.local', ...rsa });
});

const pem = (key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1' | 'spki', extra = {}) =>
  key.export({ type, format: 'pem', ...extra } as never).toString();
const der = (key: KeyObject, type: 'pkcs8' | 'pkcs1' | 'sec1' | 'spki') =>
  key.export({ type, format: 'der' } as never) as unknown as Buffer;
const spkiOf = (key: KeyObject) =>
  (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });

function importError(input: string | Uint8Array, options: ImportOptions = {}): WorkbenchError {
  try {
    importKey(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError);
    expect((error as WorkbenchError).code).toBe('invalid_body');
    return error as WorkbenchError;
  }
  throw new Error('expected the import to fail');
}

describe('importing every supported format', () => {
  it.each([
    ['PKCS#8 RSA', () => pem(rsa.privateKey, 'pkcs8'), 'PKCS#8 private key (PEM)', 'RSA 2048'],
    ['PKCS#8 EC', () => pem(ec.privateKey, 'pkcs8'), 'PKCS#8 private key (PEM)', 'EC P-256'],
    ['PKCS#8 Ed25519', () => pem(ed.privateKey, 'pkcs8'), 'PKCS#8 private key (PEM)', 'Ed25519'],
    ['PKCS#1 RSA', () => pem(rsa.privateKey, 'pkcs1'), 'PKCS#1 RSA private key (PEM)', 'RSA 2048'],
    ['SEC1 EC', () => pem(ec.privateKey, 'sec1'), 'SEC1 EC private key (PEM)', 'EC P-256'],
    ['DER PKCS#8', () => der(ec.privateKey, 'pkcs8'), 'PKCS#8 private key (DER)', 'EC P-256'],
    ['DER PKCS#1', () => der(rsa.privateKey, 'pkcs1'), 'PKCS#1 RSA private key (DER)', 'RSA 2048'],
    ['DER SEC1', () => der(ec.privateKey, 'sec1'), 'SEC1 EC private key (DER)', 'EC P-256'],
  ])('%s private key', (_name, make, format, label) => {
    const key = importKey(make());
    expect(key.format).toBe(format);
    expect(key.description.label).toBe(label);
    expect(key.privateKey?.type).toBe('private');
    expect(key.publicKey?.type).toBe('public');
  });

  it.each([
    [
      'encrypted PKCS#8',
      () => pem(rsa.privateKey, 'pkcs8', { cipher: 'aes-256-cbc', passphrase: PASSWORD }),
      'encrypted PKCS#8 private key (PEM)',
    ],
    [
      'encrypted PKCS#1 (legacy PEM)',
      () => pem(rsa.privateKey, 'pkcs1', { cipher: 'aes-256-cbc', passphrase: PASSWORD }),
      'encrypted PKCS#1 RSA private key (PEM)',
    ],
    [
      'encrypted SEC1 (legacy PEM)',
      () => pem(ec.privateKey, 'sec1', { cipher: 'aes-128-cbc', passphrase: PASSWORD }),
      'encrypted SEC1 EC private key (PEM)',
    ],
  ])('%s with its password', (_name, make, format) => {
    const key = importKey(make(), { password: PASSWORD });
    expect(key.format).toBe(format);
    expect(key.privateKey?.type).toBe('private');
  });

  it.each([
    ['SPKI', () => pem(ec.publicKey, 'spki'), 'SPKI public key (PEM)'],
    ['PKCS#1 RSA public', () => pem(rsa.publicKey, 'pkcs1'), 'PKCS#1 RSA public key (PEM)'],
    ['DER SPKI', () => der(ed.publicKey, 'spki'), 'SPKI public key (DER)'],
  ])('%s public key', (_name, make, format) => {
    const key = importKey(make());
    expect(key.format).toBe(format);
    expect(key.privateKey).toBeUndefined();
    expect(key.publicKey?.type).toBe('public');
  });

  it('an X.509 certificate as PEM, DER (a .cer file) and base64 DER (an x5c value)', () => {
    for (const [input, format] of [
      [cert, 'X.509 certificate (PEM)'],
      [certificateDer(cert), 'X.509 certificate (DER)'],
      [x5c(certificateDer(cert)), 'X.509 certificate (DER)'],
    ] as const) {
      const key = importKey(input);
      expect(key.format).toBe(format);
      expect(certificateDer(key.cert!)).toEqual(certificateDer(cert));
      expect(spkiOf(key.publicKey!)).toEqual(spkiOf(rsa.publicKey));
    }
  });

  it('a private key with its certificate', () => {
    const key = importKey(`${pem(rsa.privateKey, 'pkcs8')}\n${cert}`);
    expect(key.format).toBe('PKCS#8 private key (PEM) with X.509 certificate');
    expect(key.cert).toBeDefined();
    expect(key.privateKey).toBeDefined();
  });

  it('PEM given as file bytes, with a byte order mark and blank lines around it', () => {
    const key = importKey(Buffer.from(`\uFEFF\n\n${pem(ec.publicKey, 'spki')}\n\n`));
    expect(key.format).toBe('SPKI public key (PEM)');
  });

  it.skipIf(!hasOpenssl)(
    `an EC key from "openssl ecparam -genkey" (EC PARAMETERS first) ${hasOpenssl ? '' : NO_OPENSSL}`,
    () => {
      const text = execFileSync('openssl', ['ecparam', '-name', 'secp384r1', '-genkey'], {
        encoding: 'utf8',
      });
      expect(text).toContain('EC PARAMETERS');
      expect(importKey(text).description.label).toBe('EC P-384');
    },
  );

  it('JWKs: public and private RSA, EC, OKP, an oct secret and a JWK Set of one, keeping kid and alg', () => {
    const cases: [KeyObject, string][] = [
      [rsa.privateKey, 'JWK (RSA private key)'],
      [rsa.publicKey, 'JWK (RSA public key)'],
      [ec.privateKey, 'JWK (EC private key)'],
      [ec.publicKey, 'JWK (EC public key)'],
      [ed.privateKey, 'JWK (OKP private key)'],
      [ed.publicKey, 'JWK (OKP public key)'],
      [createSecretKey(randomBytes(32)), 'JWK (oct secret)'],
    ];
    for (const [object, format] of cases) {
      const jwk = { ...object.export({ format: 'jwk' }), kid: 'my-kid', alg: 'XX' };
      const key = importKey(JSON.stringify(jwk));
      expect(key.format).toBe(format);
      expect(key).toMatchObject({ kid: 'my-kid', alg: 'XX' });
    }
    const secret = importKey(JSON.stringify({ kty: 'oct', k: randomBytes(64).toString('base64url') }));
    expect(secret.description).toMatchObject({ kty: 'oct', label: 'HMAC 512', defaultAlg: 'HS512' });
    const set = importKey(JSON.stringify({ keys: [ec.publicKey.export({ format: 'jwk' })] }));
    expect(set.format).toBe('JWK (EC public key)');
  });
});

describe('import errors name the detected format and what is wrong', () => {
  const cut = (text: string, keep: number) => text.slice(0, keep);

  it.each<[string, () => string | Uint8Array, ImportOptions, RegExp, string?]>([
    ['empty', () => '   ', {}, /^Empty input: /],
    ['unrecognized text', () => 'hello, world!', {}, /^Unrecognized input: expected a PEM block/],
    [
      'PEM without its END line',
      () => cut(pem(rsa.privateKey, 'pkcs8'), 400),
      {},
      /^PKCS#8 private key \(PEM\): truncated: the "-----END PRIVATE KEY-----" line is missing\.$/,
    ],
    [
      'PEM with lines missing in the middle',
      () => {
        const lines = pem(rsa.privateKey, 'pkcs8').trim().split('\n');
        return [...lines.slice(0, 6), lines.at(-1)!].join('\n');
      },
      {},
      /^PKCS#8 private key \(PEM\): it is truncated: the encoding declares \d+ bytes but only \d+ are present\.$/,
    ],
    [
      'PEM whose body is not base64',
      () => '-----BEGIN PUBLIC KEY-----\nnot*base64!\n-----END PUBLIC KEY-----',
      {},
      /^SPKI public key \(PEM\): malformed: the body between the BEGIN and END lines is not base64\.$/,
    ],
    [
      'a certificate that is not a certificate',
      () => pem(ec.publicKey, 'spki').replace(/PUBLIC KEY/g, 'CERTIFICATE'),
      {},
      /^X\.509 certificate \(PEM\): malformed: not a valid X\.509 certificate/,
    ],
    [
      'encrypted PKCS#8 without a password',
      () => pem(rsa.privateKey, 'pkcs8', { cipher: 'aes-256-cbc', passphrase: PASSWORD }),
      {},
      /^encrypted PKCS#8 private key \(PEM\): encrypted without a password/,
      'password',
    ],
    [
      'encrypted PKCS#8 with a wrong password',
      () => pem(rsa.privateKey, 'pkcs8', { cipher: 'aes-256-cbc', passphrase: PASSWORD }),
      { password: 'wrong' },
      /^encrypted PKCS#8 private key \(PEM\): wrong password/,
      'password',
    ],
    [
      'encrypted PKCS#1 without a password',
      () => pem(rsa.privateKey, 'pkcs1', { cipher: 'aes-256-cbc', passphrase: PASSWORD }),
      {},
      /^encrypted PKCS#1 RSA private key \(PEM\): encrypted without a password/,
      'password',
    ],
    [
      'encrypted SEC1 with a wrong password',
      () => pem(ec.privateKey, 'sec1', { cipher: 'aes-256-cbc', passphrase: PASSWORD }),
      { password: 'nope-nope' },
      /^encrypted SEC1 EC private key \(PEM\): wrong password/,
      'password',
    ],
    [
      'an unsupported curve',
      () => pem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey, 'pkcs8'),
      {},
      /^PKCS#8 private key \(PEM\): unsupported curve secp256k1: only P-256, P-384 and P-521 are supported\.$/,
    ],
    [
      'Ed448',
      () => pem(generateKeyPairSync('ed448').publicKey, 'spki'),
      {},
      /^SPKI public key \(PEM\): unsupported curve Ed448/,
    ],
    [
      'X25519 (not a signing key)',
      () => pem(generateKeyPairSync('x25519').privateKey, 'pkcs8'),
      {},
      /^PKCS#8 private key \(PEM\): unsupported curve X25519/,
    ],
    [
      'DSA',
      () => pem(generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey, 'spki'),
      {},
      /^SPKI public key \(PEM\): unsupported key type DSA/,
    ],
    [
      'RSA-PSS',
      () => pem(generateKeyPairSync('rsa-pss', { modulusLength: 2048 }).publicKey, 'spki'),
      {},
      /^SPKI public key \(PEM\): unsupported key type RSA-PSS/,
    ],
    [
      'RSA 1024',
      () => pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey, 'spki'),
      {},
      /^SPKI public key \(PEM\): unsupported RSA key size: 1024 bits/,
    ],
    [
      'an OpenSSH key',
      () =>
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
      {},
      /^PEM "OPENSSH PRIVATE KEY": OpenSSH private keys are not supported: convert it with "ssh-keygen/,
    ],
    [
      'a certificate request',
      () => '-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----',
      {},
      /^PEM "CERTIFICATE REQUEST": certificate signing requests hold no usable key/,
    ],
    [
      'two certificates',
      () => `${cert}${cert}`,
      {},
      /^PEM bundle: it holds 2 blocks \(CERTIFICATE, CERTIFICATE\)/,
    ],
    [
      'a key with somebody else\u2019s certificate',
      () => `${pem(otherRsa.privateKey, 'pkcs8')}${cert}`,
      {},
      /^PEM bundle \(PKCS#8 private key \(PEM\) and certificate\): the certificate does not belong to the private key\.$/,
    ],
    [
      'truncated DER file',
      () => der(rsa.privateKey, 'pkcs8').subarray(0, 200),
      {},
      /^DER file: it is truncated: the encoding declares/,
    ],
    [
      'a DER file that is no key',
      () => Buffer.from([0x30, 0x03, 0x02, 0x01, 0x05]),
      {},
      /^DER file: malformed: it is not an X\.509 certificate, PKCS#8, SPKI, PKCS#1 or SEC1 structure\.$/,
    ],
    [
      'truncated JWK',
      () => JSON.stringify(rsa.publicKey.export({ format: 'jwk' })).slice(0, 80),
      {},
      /^JWK \(JSON\): truncated: the JSON ends early/,
    ],
    ['malformed JSON', () => '{kty: "RSA"}', {}, /^JWK \(JSON\): malformed JSON: /],
    ['a JSON array', () => '[1, 2]', {}, /^JSON: expected a JWK/],
    ['a JWK without kty', () => '{"n": "AQAB"}', {}, /^JWK: the "kty" member is missing\.$/],
    ['an unknown kty', () => '{"kty": "DSA"}', {}, /^JWK: unsupported key type "DSA"/],
    [
      'an RSA JWK without n',
      () => '{"kty": "RSA", "e": "AQAB"}',
      {},
      /^JWK \(RSA public key\): missing "n"\.$/,
    ],
    [
      'a JWK member that is not base64url',
      () => '{"kty": "RSA", "e": "AQAB", "n": "a+b/"}',
      {},
      /^JWK \(RSA public key\): malformed: "n" is not base64url\.$/,
    ],
    [
      'an RSA private JWK without CRT parameters',
      () => {
        const { kty, n, e, d } = rsa.privateKey.export({ format: 'jwk' });
        return JSON.stringify({ kty, n, e, d });
      },
      {},
      /^JWK \(RSA private key\): missing "p", "q", "dp", "dq", "qi" \(RSA private keys without the CRT parameters are not supported\)\.$/,
    ],
    [
      'an EC JWK on secp256k1',
      () => '{"kty": "EC", "crv": "secp256k1", "x": "AA", "y": "AA"}',
      {},
      /^JWK \(EC public key\): unsupported curve "secp256k1"/,
    ],
    [
      'an OKP JWK on Ed448',
      () => '{"kty": "OKP", "crv": "Ed448", "x": "AA"}',
      {},
      /^JWK \(OKP public key\): unsupported curve "Ed448"/,
    ],
    ['an oct JWK without k', () => '{"kty": "oct"}', {}, /^JWK \(oct secret\): missing "k"\.$/],
    [
      'an EC JWK whose point is not on the curve',
      () => JSON.stringify({ ...ec.publicKey.export({ format: 'jwk' }), y: 'AAAA' }),
      {},
      /^JWK \(EC public key\): malformed: the key values are invalid/,
    ],
    [
      'a private JWK whose public members belong to another key',
      () =>
        JSON.stringify({
          ...rsa.privateKey.export({ format: 'jwk' }),
          n: otherRsa.publicKey.export({ format: 'jwk' }).n,
        }),
      {},
      /^JWK \(RSA private key\): malformed: its public members do not match its private key\.$/,
    ],
    [
      'a private EC JWK whose point belongs to another key',
      () => {
        const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ format: 'jwk' });
        return JSON.stringify({ ...ec.privateKey.export({ format: 'jwk' }), x: other.x, y: other.y });
      },
      {},
      /^JWK \(EC private key\): malformed: its public members do not match its private key\.$/,
    ],
    [
      'a JWK Set of two keys',
      () =>
        JSON.stringify({
          keys: [
            { kty: 'oct', k: 'AA' },
            { kty: 'oct', k: 'AB' },
          ],
        }),
      {},
      /^JWK Set: it holds 2 keys: import them one at a time\.$/,
    ],
    ['an empty JWK Set', () => '{"keys": []}', {}, /^JWK Set: it holds no keys\.$/],
  ])('%s', (_name, make, options, message, field = 'key') => {
    const error = importError(make(), options);
    expect(error.message).toMatch(message);
    expect(error.field).toBe(field);
  });

  it('never fails with anything but a WorkbenchError, whatever the input (property)', () => {
    const source = pem(ec.privateKey, 'pkcs8');
    const arbitraryInput = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }),
      fc.nat({ max: source.length }).map((n) => source.slice(0, n)),
      fc
        .tuple(fc.nat({ max: source.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
        .map(([i, c]) => source.slice(0, i) + c + source.slice(i + 1)),
      fc
        .json()
        .map(
          (json) => `{"kty":"EC","crv":"P-256",${json.startsWith('{') ? json.slice(1) : '"x":' + json + '}'}`,
        ),
    );
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        try {
          importKey(input, { password: 'x' });
        } catch (error) {
          if (!(error instanceof WorkbenchError)) throw error;
          expect(error.message).toMatch(/^[^:]+.*: .+\.$/s);
        }
      }),
      { numRuns: 300 },
    );
  });
});
