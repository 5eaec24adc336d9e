import { createHash, createPublicKey, randomBytes, X509Certificate, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { isBase64, parsePemBlocks, pemEncode } from './pem';
import { x509 } from './x509';

/** A certificate as PEM text or DER bytes. */
export type CertificateInput = string | Uint8Array;

/** DER of a certificate given as PEM, base64 DER or DER bytes. */
export function certificateDer(cert: CertificateInput): Buffer {
  if (typeof cert !== 'string') return Buffer.from(cert);
  const block = parsePemBlocks(cert).find((b) => b.label === 'CERTIFICATE' && b.complete);
  if (block !== undefined) return Buffer.from(block.body, 'base64');
  const compact = cert.replace(/\s+/g, '');
  if (compact.length > 0 && isBase64(compact)) return Buffer.from(compact, 'base64');
  throw new Error('Not a PEM or base64 certificate.');
}

/** The certificate as PEM (64-character lines). */
export function certificatePem(cert: CertificateInput, eol = '\n'): string {
  return pemEncode('CERTIFICATE', certificateDer(cert), eol);
}

/** PKCS#7 certs-only SignedData (a `.p7b`) holding `certs`, DER. */
export function certificatePkcs7Der(certs: readonly CertificateInput[]): Buffer {
  const list = new x509.X509Certificates(certs.map((c) => new x509.X509Certificate(certificateDer(c))));
  return Buffer.from(list.export('raw'));
}

/**
 * The same, PEM-armoured as `-----BEGIN PKCS7-----` (what `openssl pkcs7` and the Management API
 * use; @peculiar/x509 itself labels it `CMS`).
 */
export function certificatePkcs7Pem(certs: readonly CertificateInput[], eol = '\n'): string {
  return pemEncode('PKCS7', certificatePkcs7Der(certs), eol);
}

/** The public key inside a certificate. */
export function certificatePublicKey(cert: CertificateInput): KeyObject {
  return new X509Certificate(certificateDer(cert)).publicKey;
}

/** SubjectPublicKeyInfo PEM (`-----BEGIN PUBLIC KEY-----`) of a key; a private key gives its public half. */
export function spkiPem(key: KeyObject): string {
  return publicKeyOf(key).export({ type: 'spki', format: 'pem' }).toString();
}

/** The public half of a key (the key itself when it is public). */
export function publicKeyOf(key: KeyObject): KeyObject {
  if (key.type === 'secret') throw new Error('A secret key has no public part.');
  return key.type === 'public' ? key : createPublicKey(key);
}

/** `AA:BB:…` uppercase hex digest of DER bytes, as certificate viewers show fingerprints. */
export function fingerprint(der: Uint8Array, algorithm: 'sha1' | 'sha256'): string {
  return createHash(algorithm).update(der).digest('hex').toUpperCase().match(/../g)?.join(':') ?? '';
}

/** The Management API's `thumbprint`: SHA-1 of the DER, uppercase hex without separators. */
export function thumbprintHex(der: Uint8Array): string {
  return createHash('sha1').update(der).digest('hex').toUpperCase();
}

/** JWK `x5t`: base64url of the SHA-1 of the certificate's DER. */
export function x5t(der: Uint8Array): string {
  return createHash('sha1').update(der).digest('base64url');
}

/** JWK `x5t#S256`: base64url of the SHA-256 of the certificate's DER. */
export function x5tS256(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('base64url');
}

/** One JWK `x5c` entry: standard base64 (not base64url) of the DER. */
export function x5c(der: Uint8Array): string {
  return Buffer.from(der).toString('base64');
}

const KID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A random key id of `length` URL-safe characters (64 symbols, so each byte maps without bias). */
export function randomKid(length = 21): string {
  const bytes = randomBytes(length);
  let kid = '';
  for (const byte of bytes) kid += KID_ALPHABET[byte & 63];
  return kid;
}

/** The public members of a JWK, in RFC 7638 order per key type. Nothing private ever gets here. */
export interface PublicJwk {
  kty: 'RSA' | 'EC' | 'OKP';
  crv?: string;
  e?: string;
  n?: string;
  x?: string;
  y?: string;
}

const PUBLIC_MEMBERS = { RSA: ['n', 'e'], EC: ['crv', 'x', 'y'], OKP: ['crv', 'x'] } as const;

/** The public JWK of an asymmetric key: only `kty` and the public members are copied over. */
export function publicJwk(key: KeyObject): PublicJwk {
  const full = publicKeyOf(key).export({ format: 'jwk' }) as Record<string, string>;
  const kty = full.kty as PublicJwk['kty'];
  const members = PUBLIC_MEMBERS[kty];
  if (members === undefined) throw new Error(`Unsupported JWK key type ${full.kty}.`);
  const jwk: PublicJwk = { kty };
  for (const m of members) if (full[m] !== undefined) jwk[m] = full[m];
  return jwk;
}

/** A JWK for a certificate's key with `kid`, `alg`, `use`, `x5t` and `x5c`, as a JWKS publishes it. */
export interface CertificateJwk extends PublicJwk {
  alg: string;
  use: 'sig';
  kid: string;
  x5t: string;
  x5c: string[];
}

/**
 * `{alg, kty, use, n, e, kid, x5t, x5c}` for an RSA certificate (members in the order the real
 * service's JWKS shows them); EC and OKP keys get `crv, x[, y]` in place of `n, e`.
 */
export function certificateJwk(cert: CertificateInput, meta: { kid: string; alg: string }): CertificateJwk {
  const der = certificateDer(cert);
  const { kty, ...members } = publicJwk(certificatePublicKey(der));
  return {
    alg: meta.alg,
    kty,
    use: 'sig',
    ...(kty === 'RSA' ? { n: members.n, e: members.e } : members),
    kid: meta.kid,
    x5t: x5t(der),
    x5c: [x5c(der)],
  };
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of a key's public JWK. */
export function rfc7638Thumbprint(jwk: JWK): Promise<string> {
  return calculateJwkThumbprint(jwk, 'sha256');
}
