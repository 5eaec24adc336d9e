import type { KeyObject } from 'node:crypto';

/** JWK key types the workbench handles. */
export type Kty = 'RSA' | 'EC' | 'OKP' | 'oct';
export type SupportedCurve = 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

export interface KeyDescription {
  kty: Kty;
  /** For display: `RSA 2048`, `EC P-256`, `Ed25519`, `HMAC 256`. */
  label: string;
  /** Modulus, curve or secret size in bits. */
  bits: number;
  crv?: SupportedCurve;
  /** The JWS algorithm a key of this kind signs with unless told otherwise. */
  defaultAlg: string;
  /** Every JWS algorithm this key may be used with. */
  algs: readonly string[];
}

/** Smallest RSA modulus accepted (jose refuses shorter keys for RS256 and PS256). */
export const MIN_RSA_BITS = 2048;

const RSA_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const;
const HMAC_ALGS = ['HS256', 'HS384', 'HS512'] as const;

const NODE_CURVES: Record<string, { crv: SupportedCurve; bits: number; alg: string }> = {
  prime256v1: { crv: 'P-256', bits: 256, alg: 'ES256' },
  secp384r1: { crv: 'P-384', bits: 384, alg: 'ES384' },
  secp521r1: { crv: 'P-521', bits: 521, alg: 'ES512' },
};

/** A supported key's description, or why the workbench cannot use the key (words for the user). */
export type KeyDescriptionResult = { ok: true; key: KeyDescription } | { ok: false; problem: string };

/** What a KeyObject is, or why the workbench does not support it. */
export function describeKeyObject(key: KeyObject): KeyDescriptionResult {
  if (key.type === 'secret') {
    const bits = (key.symmetricKeySize ?? 0) * 8;
    if (bits === 0) return { ok: false, problem: 'the secret is empty' };
    const defaultAlg = bits >= 512 ? 'HS512' : bits >= 384 ? 'HS384' : 'HS256';
    return { ok: true, key: { kty: 'oct', label: `HMAC ${bits}`, bits, defaultAlg, algs: HMAC_ALGS } };
  }
  const type = key.asymmetricKeyType;
  const details = key.asymmetricKeyDetails ?? {};
  switch (type) {
    case 'rsa': {
      const bits = details.modulusLength ?? 0;
      if (bits < MIN_RSA_BITS) {
        return {
          ok: false,
          problem: `unsupported RSA key size: ${bits} bits (at least ${MIN_RSA_BITS} are needed to sign or verify RS256)`,
        };
      }
      return {
        ok: true,
        key: { kty: 'RSA', label: `RSA ${bits}`, bits, defaultAlg: 'RS256', algs: RSA_ALGS },
      };
    }
    case 'ec': {
      const curve = NODE_CURVES[details.namedCurve ?? ''];
      if (curve === undefined) {
        return {
          ok: false,
          problem: `unsupported curve ${details.namedCurve ?? '(unnamed)'}: only P-256, P-384 and P-521 are supported`,
        };
      }
      return {
        ok: true,
        key: {
          kty: 'EC',
          label: `EC ${curve.crv}`,
          bits: curve.bits,
          crv: curve.crv,
          defaultAlg: curve.alg,
          algs: [curve.alg],
        },
      };
    }
    case 'ed25519':
      return {
        ok: true,
        key: {
          kty: 'OKP',
          label: 'Ed25519',
          bits: 256,
          crv: 'Ed25519',
          defaultAlg: 'EdDSA',
          algs: ['EdDSA'],
        },
      };
    case 'rsa-pss':
      return {
        ok: false,
        problem:
          'unsupported key type RSA-PSS (id-RSASSA-PSS): use a plain RSA (rsaEncryption) key, which also signs PS256',
      };
    case 'ed448':
    case 'x25519':
    case 'x448':
      return {
        ok: false,
        problem: `unsupported curve ${type === 'ed448' ? 'Ed448' : type.toUpperCase()}: only Ed25519 is supported`,
      };
    default:
      return {
        ok: false,
        problem: `unsupported key type ${String(type).toUpperCase()}: use RSA, EC, Ed25519 or an HMAC secret`,
      };
  }
}
