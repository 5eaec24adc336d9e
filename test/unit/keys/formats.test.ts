import { createHash, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  certificateDer,
  certificatePem,
  fingerprint,
  publicJwk,
  randomKid,
  rfc7638Thumbprint,
  thumbprintHex,
  x5c,
  x5t,
  x5tS256,
} from '../../../src/main/keys/formats';
import { checkDerSequence, parsePemBlocks, pemEncode } from '../../../src/main/keys/pem';

describe('kid, fingerprints and thumbprints', () => {
  it('makes random kids of 21 URL-safe characters', () => {
    const kids = new Set(Array.from({ length: 200 }, () => randomKid()));
    expect(kids.size).toBe(200);
    for (const kid of kids) expect(kid).toMatch(/^[A-Za-z0-9_-]{21}$/);
  });

  it('shows fingerprints as colon-separated uppercase hex and x5t as base64url SHA-1', () => {
    const der = Buffer.from('30030201 01'.replace(/ /g, ''), 'hex');
    const sha1 = createHash('sha1').update(der).digest();
    expect(fingerprint(der, 'sha1')).toBe(sha1.toString('hex').toUpperCase().match(/../g)!.join(':'));
    expect(fingerprint(der, 'sha1')).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(fingerprint(der, 'sha256')).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(thumbprintHex(der)).toBe(sha1.toString('hex').toUpperCase());
    expect(x5t(der)).toBe(sha1.toString('base64url'));
    expect(x5tS256(der)).toBe(createHash('sha256').update(der).digest('base64url'));
    expect(x5c(der)).toBe(der.toString('base64'));
  });

  it('computes the RFC 7638 thumbprint (RFC 7638 §3.1 example)', async () => {
    const jwk = {
      kty: 'RSA',
      e: 'AQAB',
      n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
    };
    expect(await rfc7638Thumbprint(jwk)).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
  });

  it('copies only public members into a public JWK, even from a private key', () => {
    for (const [type, options] of [
      ['rsa', { modulusLength: 2048 }],
      ['ec', { namedCurve: 'P-256' }],
      ['ed25519', {}],
    ] as const) {
      const { privateKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
      const jwk = publicJwk(privateKey);
      expect(Object.keys(jwk).every((k) => ['kty', 'n', 'e', 'crv', 'x', 'y'].includes(k))).toBe(true);
    }
  });
});

describe('PEM and DER', () => {
  it('round-trips PEM with 64-character lines', () => {
    const der = Buffer.alloc(100, 7);
    der[0] = 0x30;
    der[1] = 98;
    const pem = pemEncode('CERTIFICATE', der);
    expect(
      pem
        .split('\n')
        .slice(1, -2)
        .every((line) => line.length <= 64),
    ).toBe(true);
    expect(certificateDer(pem)).toEqual(der);
    expect(certificatePem(der)).toBe(pem);
    expect(certificatePem(der, '\r\n')).toContain('\r\n');
  });

  it('finds blocks, their headers, and a block without its END line', () => {
    const text = [
      '-----BEGIN RSA PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      'DEK-Info: AES-256-CBC,00',
      '',
      'QUJD',
      '-----END RSA PRIVATE KEY-----',
      '-----BEGIN CERTIFICATE-----',
      'QUJD',
    ].join('\n');
    const blocks = parsePemBlocks(text);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ label: 'RSA PRIVATE KEY', complete: true, body: 'QUJD' });
    expect(blocks[0]!.headers['Proc-Type']).toBe('4,ENCRYPTED');
    expect(blocks[1]).toMatchObject({ label: 'CERTIFICATE', complete: false });
  });

  it('tells truncated DER from malformed DER', () => {
    const der = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), Buffer.alloc(256)]);
    expect(checkDerSequence(der)).toEqual({ ok: true });
    expect(checkDerSequence(der.subarray(0, 100))).toMatchObject({ ok: false, truncated: true });
    expect(checkDerSequence(Buffer.concat([der, Buffer.from([0])]))).toMatchObject({
      ok: false,
      truncated: false,
    });
    expect(checkDerSequence(Buffer.from([0x04, 0x00]))).toMatchObject({ ok: false, truncated: false });
  });

  it('never throws on arbitrary bytes or text (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        checkDerSequence(bytes);
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        parsePemBlocks(`-----BEGIN X-----\n${text}`);
      }),
    );
  });
});
