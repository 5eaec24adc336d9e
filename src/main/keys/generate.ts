import { generateKey, generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import type { Kty } from './key-info';

/*
 * Key generation runs on libuv's thread pool (the callback forms of generateKeyPair/generateKey):
 * an RSA-4096 key takes seconds and must never block the UI or the local issuer's event loop.
 * The *Sync variants are never used.
 */
const generateKeyPairAsync = promisify(generateKeyPair);
const generateKeyAsync = promisify(generateKey);

import { KEY_TYPES, type KeyType } from '../../shared/domain/keys';
export { KEY_TYPES, type KeyType };

export interface KeyTypeInfo {
  kty: Kty;
  label: string;
  bits: number;
  defaultAlg: string;
}

export const KEY_TYPE_INFO: Record<KeyType, KeyTypeInfo> = {
  'RSA-2048': { kty: 'RSA', label: 'RSA 2048', bits: 2048, defaultAlg: 'RS256' },
  'RSA-3072': { kty: 'RSA', label: 'RSA 3072', bits: 3072, defaultAlg: 'RS256' },
  'RSA-4096': { kty: 'RSA', label: 'RSA 4096', bits: 4096, defaultAlg: 'RS256' },
  'EC-P-256': { kty: 'EC', label: 'EC P-256', bits: 256, defaultAlg: 'ES256' },
  'EC-P-384': { kty: 'EC', label: 'EC P-384', bits: 384, defaultAlg: 'ES384' },
  'EC-P-521': { kty: 'EC', label: 'EC P-521', bits: 521, defaultAlg: 'ES512' },
  Ed25519: { kty: 'OKP', label: 'Ed25519', bits: 256, defaultAlg: 'EdDSA' },
  'HMAC-256': { kty: 'oct', label: 'HMAC 256', bits: 256, defaultAlg: 'HS256' },
  'HMAC-384': { kty: 'oct', label: 'HMAC 384', bits: 384, defaultAlg: 'HS384' },
  'HMAC-512': { kty: 'oct', label: 'HMAC 512', bits: 512, defaultAlg: 'HS512' },
};

export interface AsymmetricKeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export type GeneratedKey =
  | ({ type: KeyType; kind: 'asymmetric' } & AsymmetricKeyPair)
  | { type: KeyType; kind: 'secret'; secretKey: KeyObject };

/** An RSA key pair (public exponent 65537), generated off the event loop. */
export function generateRsaKeyPair(modulusLength: 2048 | 3072 | 4096 = 2048): Promise<AsymmetricKeyPair> {
  return generateKeyPairAsync('rsa', { modulusLength, publicExponent: 0x10001 });
}

const EC_CURVES = { 'EC-P-256': 'P-256', 'EC-P-384': 'P-384', 'EC-P-521': 'P-521' } as const;

/** A new key of `type`, generated asynchronously. */
export async function generateKeyOfType(type: KeyType): Promise<GeneratedKey> {
  switch (type) {
    case 'RSA-2048':
    case 'RSA-3072':
    case 'RSA-4096':
      return {
        type,
        kind: 'asymmetric',
        ...(await generateRsaKeyPair(KEY_TYPE_INFO[type].bits as 2048 | 3072 | 4096)),
      };
    case 'EC-P-256':
    case 'EC-P-384':
    case 'EC-P-521':
      return {
        type,
        kind: 'asymmetric',
        ...(await generateKeyPairAsync('ec', { namedCurve: EC_CURVES[type] })),
      };
    case 'Ed25519':
      return { type, kind: 'asymmetric', ...(await generateKeyPairAsync('ed25519')) };
    case 'HMAC-256':
    case 'HMAC-384':
    case 'HMAC-512':
      return {
        type,
        kind: 'secret',
        secretKey: await generateKeyAsync('hmac', { length: KEY_TYPE_INFO[type].bits }),
      };
  }
}
