import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createSigningCertificate,
  parseCertificate,
  randomSerialNumber,
} from '../../../src/main/keys/certificate';
import {
  certificateDer,
  certificateJwk,
  certificatePkcs7Der,
  certificatePkcs7Pem,
  spkiPem,
} from '../../../src/main/keys/formats';
import { generateRsaKeyPair, type AsymmetricKeyPair } from '../../../src/main/keys/generate';
import { hasOpenssl, NO_OPENSSL, openssl, tempFile } from './helpers';

const DOMAIN = 'dev-abc123.local';
let keys: AsymmetricKeyPair;
let pem: string;

beforeAll(async () => {
  keys = await generateRsaKeyPair(2048);
  pem = await createSigningCertificate({
    domain: DOMAIN,
    ...keys,
    notBefore: new Date('2025-03-01T10:00:00.500Z'),
  });
});

describe('the tenant signing certificate (DOMAIN.md §6)', () => {
  it('is a self-signed v3 certificate for CN={domain}, RSA 2048, sha256WithRSAEncryption, CA, ten years', () => {
    const info = parseCertificate(pem);
    expect(info).toMatchObject({
      subject: `CN=${DOMAIN}`,
      issuer: `CN=${DOMAIN}`,
      signature_algorithm: 'sha256WithRSAEncryption',
      public_key: 'RSA 2048',
      self_signed: true,
      is_ca: true,
      key_usage: ['digitalSignature', 'keyCertSign'],
      not_before: '2025-03-01T10:00:00.000Z',
      not_after: '2035-03-01T10:00:00.000Z',
    });
    const native = new X509Certificate(pem);
    expect(native.verify(native.publicKey)).toBe(true);
    expect(native.ca).toBe(true);
    expect(native.fingerprint).toBe(info.fingerprints.sha1);
    expect(native.fingerprint256).toBe(info.fingerprints.sha256);
    expect(native.serialNumber.replace(/^0+/, '')).toBe(info.serial_number.replace(/^0+/, ''));
    expect(spkiPem(native.publicKey)).toBe(spkiPem(keys.publicKey));
  });

  it('draws random positive serial numbers', () => {
    const serials = new Set(Array.from({ length: 100 }, randomSerialNumber));
    expect(serials.size).toBe(100);
    for (const s of serials) {
      expect(s).toMatch(/^[0-9A-F]{32}$/);
      expect(parseInt(s.slice(0, 2), 16)).toBeLessThan(0x80);
      expect(s.startsWith('00')).toBe(false);
    }
  });

  it('puts x5t = base64url(SHA-1(DER)) and x5c = base64 DER in its JWK', () => {
    const der = certificateDer(pem);
    const jwk = certificateJwk(pem, { kid: 'k1', alg: 'RS256' });
    expect(Object.keys(jwk)).toEqual(['alg', 'kty', 'use', 'n', 'e', 'kid', 'x5t', 'x5c']);
    expect(jwk.x5t).toBe(parseCertificate(pem).x5t);
    expect(Buffer.from(jwk.x5t, 'base64url')).toEqual(Buffer.from(parseCertificate(pem).thumbprint, 'hex'));
    expect(jwk.x5c).toEqual([der.toString('base64')]);
    expect(jwk.x5c[0]).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });
});

describe.skipIf(!hasOpenssl)(
  `openssl reads every certificate export (${hasOpenssl ? 'openssl found' : NO_OPENSSL})`,
  () => {
    it('parses the PEM and the CER (DER)', () => {
      for (const [inform, input] of [
        ['PEM', pem],
        ['DER', certificateDer(pem)],
      ] as const) {
        const text = openssl(['x509', '-inform', inform, '-noout', '-text'], input);
        expect(text).toContain('Version: 3 (0x2)');
        expect(text).toContain('Signature Algorithm: sha256WithRSAEncryption');
        expect(text).toContain(`Issuer: CN = ${DOMAIN}`);
        expect(text).toContain(`Subject: CN = ${DOMAIN}`);
        expect(text).toContain('Public-Key: (2048 bit)');
        expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE/);
        expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Certificate Sign/);
      }
    });

    it('parses the P7B, PEM and DER, and finds the certificate in it', () => {
      for (const [inform, input] of [
        ['PEM', certificatePkcs7Pem([pem])],
        ['DER', certificatePkcs7Der([pem])],
      ] as const) {
        const text = openssl(['pkcs7', '-inform', inform, '-print_certs'], input);
        expect(text).toContain(`subject=CN = ${DOMAIN}`);
        expect(text.replace(/\r/g, '')).toContain(pem.trim());
      }
    });

    it('reads the same modulus as the JWK n, and the same SHA-1 and SHA-256 fingerprints', () => {
      const modulus = openssl(['x509', '-noout', '-modulus'], pem).trim();
      const n = certificateJwk(pem, { kid: 'k', alg: 'RS256' }).n!;
      expect(modulus).toBe(`Modulus=${Buffer.from(n, 'base64url').toString('hex').toUpperCase()}`);
      const info = parseCertificate(pem);
      expect(openssl(['x509', '-noout', '-fingerprint', '-sha1'], pem)).toContain(info.fingerprints.sha1);
      expect(openssl(['x509', '-noout', '-fingerprint', '-sha256'], pem)).toContain(info.fingerprints.sha256);
      expect(openssl(['x509', '-noout', '-serial'], pem).trim()).toBe(`serial=${info.serial_number}`);
    });

    it('verifies the self-signature (openssl verify, the certificate as its own trust anchor)', () => {
      const file = tempFile('cert.pem', pem);
      expect(execFileSync('openssl', ['verify', '-CAfile', file, file], { encoding: 'utf8' }).trim()).toBe(
        `${file}: OK`,
      );
    });
  },
);
