import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DetectedKeySchema, detectKeySource } from '../../../src/shared/jwt';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spki = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const pkcs1 = rsa.publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const jwk = rsa.publicKey.export({ format: 'jwk' });

describe('detectKeySource', () => {
  it.each([
    ['', 'empty'],
    ['my-secret', 'secret'],
    [spki, 'pem_spki'],
    [pkcs1, 'pem_pkcs1'],
    [pkcs8, 'pem_private'],
    [spki.replace(/\n/g, '\\n'), 'pem_spki'],
    ['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----', 'certificate'],
    ['-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----', 'pem_encrypted'],
    [JSON.stringify(jwk), 'jwk'],
    [JSON.stringify({ ...rsa.privateKey.export({ format: 'jwk' }) }), 'jwk_private'],
    [JSON.stringify({ keys: [jwk] }), 'jwks'],
    ['{"issuer":"x","jwks_uri":"https://x/jwks"}', 'json_unknown'],
    ['{not json', 'json_unknown'],
    ['https://dev-acme.local/.well-known/jwks.json', 'jwks_url'],
    ['https://login.example.com/oauth2/v3/certs', 'jwks_url'],
    ['https://dev-acme.local/', 'issuer'],
    ['https://dev-acme.local/.well-known/openid-configuration', 'issuer'],
    [rsa.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), 'der_base64'],
  ])('%#: %s…', (text, kind) => {
    const d = detectKeySource(text);
    expect(d.kind).toBe(kind);
    expect(DetectedKeySchema.parse(d)).toEqual(d);
  });

  it('gives the source to verify with', () => {
    expect(detectKeySource('  secret \n').source).toEqual({
      type: 'secret',
      secret: 'secret',
      encoding: 'utf8',
    });
    expect(detectKeySource('https://dev-acme.local/.well-known/openid-configuration').source).toEqual({
      type: 'issuer',
      issuer: 'https://dev-acme.local/',
    });
    expect(
      detectKeySource('https://as.example/.well-known/oauth-authorization-server/tenant1').source,
    ).toEqual({
      type: 'issuer',
      issuer: 'https://as.example/tenant1',
    });
    expect(detectKeySource(spki).source).toEqual({ type: 'pem', pem: spki.trim() });
  });

  it('hints at an encoding without guessing it', () => {
    expect(detectKeySource('a'.repeat(64).replace(/a/g, 'f0')).hint).toMatch(/hex/);
    expect(detectKeySource(Buffer.alloc(32, 251).toString('base64')).hint).toMatch(/base64/);
    expect(detectKeySource('plain words').hint).toBeNull();
    expect(detectKeySource('hex-looking-but-secret-source').source).toMatchObject({ encoding: 'utf8' });
  });
});
