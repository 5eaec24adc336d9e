/** JWS algorithms the workbench verifies (RFC 7518 §3, RFC 8037, RFC 9864 "Ed25519"). */

export type AlgorithmFamily = 'HMAC' | 'RSA' | 'RSA-PSS' | 'ECDSA' | 'EdDSA';

export interface JwsAlgorithm {
  alg: string;
  family: AlgorithmFamily;
  /** Node/WebCrypto hash name; null for EdDSA (the curve decides). */
  hash: 'sha256' | 'sha384' | 'sha512' | null;
  /** Output size of the hash in bytes: the minimum HMAC secret size (RFC 7518 §3.2). */
  hashBytes: number;
  /** ECDSA: the curve the key must be on (JOSE name) and the size of r||s. */
  curve?: 'P-256' | 'P-384' | 'P-521';
  /** Exact signature size in bytes when it does not depend on the key (HMAC, ECDSA, Ed25519). */
  signatureBytes?: number;
}

const table: JwsAlgorithm[] = [
  { alg: 'HS256', family: 'HMAC', hash: 'sha256', hashBytes: 32, signatureBytes: 32 },
  { alg: 'HS384', family: 'HMAC', hash: 'sha384', hashBytes: 48, signatureBytes: 48 },
  { alg: 'HS512', family: 'HMAC', hash: 'sha512', hashBytes: 64, signatureBytes: 64 },
  { alg: 'RS256', family: 'RSA', hash: 'sha256', hashBytes: 32 },
  { alg: 'RS384', family: 'RSA', hash: 'sha384', hashBytes: 48 },
  { alg: 'RS512', family: 'RSA', hash: 'sha512', hashBytes: 64 },
  { alg: 'PS256', family: 'RSA-PSS', hash: 'sha256', hashBytes: 32 },
  { alg: 'PS384', family: 'RSA-PSS', hash: 'sha384', hashBytes: 48 },
  { alg: 'PS512', family: 'RSA-PSS', hash: 'sha512', hashBytes: 64 },
  { alg: 'ES256', family: 'ECDSA', hash: 'sha256', hashBytes: 32, curve: 'P-256', signatureBytes: 64 },
  { alg: 'ES384', family: 'ECDSA', hash: 'sha384', hashBytes: 48, curve: 'P-384', signatureBytes: 96 },
  { alg: 'ES512', family: 'ECDSA', hash: 'sha512', hashBytes: 64, curve: 'P-521', signatureBytes: 132 },
  { alg: 'EdDSA', family: 'EdDSA', hash: null, hashBytes: 0 },
  { alg: 'Ed25519', family: 'EdDSA', hash: null, hashBytes: 0, signatureBytes: 64 },
];

export const JWS_ALGORITHMS: ReadonlyMap<string, JwsAlgorithm> = new Map(table.map((a) => [a.alg, a]));

/** The names, in the order shown to users. */
export const JWS_ALGORITHM_NAMES: readonly string[] = table.map((a) => a.alg);

export function jwsAlgorithm(alg: unknown): JwsAlgorithm | undefined {
  return typeof alg === 'string' ? JWS_ALGORITHMS.get(alg) : undefined;
}

/** JWE key management algorithms (RFC 7518 §4), to recognise a JWE header. */
export const JWE_KEY_ALGORITHMS: readonly string[] = [
  'RSA1_5',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'A128KW',
  'A192KW',
  'A256KW',
  'dir',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
];

export const JWE_CONTENT_ALGORITHMS: readonly string[] = [
  'A128CBC-HS256',
  'A192CBC-HS384',
  'A256CBC-HS512',
  'A128GCM',
  'A192GCM',
  'A256GCM',
];

/** Human name of an algorithm family, for messages. */
export function familyLabel(family: AlgorithmFamily): string {
  switch (family) {
    case 'HMAC':
      return 'HMAC with a shared secret';
    case 'RSA':
      return 'RSA PKCS#1 v1.5';
    case 'RSA-PSS':
      return 'RSA-PSS';
    case 'ECDSA':
      return 'ECDSA';
    case 'EdDSA':
      return 'EdDSA';
  }
}
