import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, type KeyObject, sign as cryptoSign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jwt from 'jsonwebtoken';

/** Fixed "now" for every test: 2023-11-14T22:13:20Z. */
export const NOW = 1_700_000_000;
export const ISS = 'https://dev-acme.local/';
export const AUD = 'https://orders.example';

export const claims = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  iss: ISS,
  sub: 'abc@clients',
  aud: AUD,
  iat: NOW - 60,
  exp: NOW + 3600,
  scope: 'read:orders',
  gty: 'client-credentials',
  azp: 'abc',
  ...extra,
});

export interface Pair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

const cache = new Map<string, Pair>();
export function pair(kind: 'rsa' | 'rsa2' | 'rsa1024' | 'ec256' | 'ec384' | 'ec521' | 'ed25519'): Pair {
  let p = cache.get(kind);
  if (!p) {
    switch (kind) {
      case 'rsa':
      case 'rsa2':
        p = generateKeyPairSync('rsa', { modulusLength: 2048 });
        break;
      case 'rsa1024':
        p = generateKeyPairSync('rsa', { modulusLength: 1024 });
        break;
      case 'ec256':
        p = generateKeyPairSync('ec', { namedCurve: 'P-256' });
        break;
      case 'ec384':
        p = generateKeyPairSync('ec', { namedCurve: 'P-384' });
        break;
      case 'ec521':
        p = generateKeyPairSync('ec', { namedCurve: 'P-521' });
        break;
      case 'ed25519':
        p = generateKeyPairSync('ed25519');
        break;
    }
    cache.set(kind, p);
  }
  return p;
}

export const spkiPem = (k: KeyObject): string => k.export({ type: 'spki', format: 'pem' }).toString();
export const pkcs1Pem = (k: KeyObject): string => k.export({ type: 'pkcs1', format: 'pem' }).toString();
export const pkcs8Pem = (k: KeyObject): string => k.export({ type: 'pkcs8', format: 'pem' }).toString();
export const publicJwk = (k: KeyObject, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...(k.export({ format: 'jwk' }) as Record<string, unknown>),
  ...extra,
});

/** A token signed by jsonwebtoken, a library we did not write. */
export function jwtSign(
  payload: Record<string, unknown>,
  key: string | Buffer | KeyObject,
  algorithm: jwt.Algorithm,
  header: Record<string, unknown> = {},
): string {
  return jwt.sign(payload, key, {
    algorithm,
    header: { alg: algorithm, ...header } as jwt.JwtHeader,
  });
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A token signed by hand (EdDSA, or headers jsonwebtoken refuses). */
export function handSign(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  privateKey: KeyObject | null,
): string {
  const input = `${b64(header)}.${b64(payload)}`;
  if (!privateKey) return `${input}.`;
  const alg = String(header.alg);
  const hash = alg === 'EdDSA' || alg === 'Ed25519' ? null : `sha${alg.slice(2)}`;
  const sig = cryptoSign(
    hash,
    Buffer.from(input),
    alg.startsWith('ES') ? { key: privateKey, dsaEncoding: 'ieee-p1363' } : privateKey,
  );
  return `${input}.${sig.toString('base64url')}`;
}

export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A self-signed certificate made by the openssl command line. */
export function opensslCertificate(
  subject = '/CN=dev-acme.local',
  keyAlg: 'rsa' | 'ec' = 'rsa',
): { certPem: string; keyPem: string; derB64: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-cert-'));
  try {
    const keyArgs =
      keyAlg === 'rsa' ? ['-newkey', 'rsa:2048'] : ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        ...keyArgs,
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '3650',
        '-subj',
        subject,
        '-sha256',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    const certPem = fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8');
    const keyPem = fs.readFileSync(path.join(dir, 'key.pem'), 'utf8');
    const derB64 = certPem.replace(/-----[^-]+-----|\s/g, '');
    return { certPem, keyPem, derB64 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const privateFromPem = (pem: string): KeyObject => createPrivateKey(pem);
