/**
 * The shapes of key data that may cross a boundary (contract results, exported files). Nothing in
 * here can hold private material: the JWK schemas are strict objects of public members only.
 *
 * This file imports nothing but zod so that it can move verbatim to `src/shared/domain/keys.ts`
 * when the lead wires the contract.
 */
import { z } from 'zod';

export const SIGNING_KEY_STATES = ['next', 'current', 'previous', 'revoked'] as const;
export type SigningKeyState = (typeof SIGNING_KEY_STATES)[number];

export const CertificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  /** Uppercase hex, as `openssl x509 -serial` prints it. */
  serial_number: z.string(),
  not_before: z.string(),
  not_after: z.string(),
  signature_algorithm: z.string(),
  /** `RSA 2048`, `EC P-256`, … */
  public_key: z.string(),
  self_signed: z.boolean(),
  is_ca: z.boolean(),
  key_usage: z.array(z.string()),
  /** Colon-separated uppercase hex. */
  fingerprints: z.object({ sha1: z.string(), sha256: z.string() }),
  /** SHA-1 uppercase hex without separators (the Management API's `thumbprint`). */
  thumbprint: z.string(),
  x5t: z.string(),
  x5t_s256: z.string(),
});
export type CertificateInfo = z.infer<typeof CertificateInfoSchema>;

/** A tenant signing key on the "Signing Keys" page. */
export const SigningKeyViewSchema = z.object({
  kid: z.string(),
  state: z.enum(SIGNING_KEY_STATES),
  created_at: z.string(),
  current_since: z.string().optional(),
  current_until: z.string().optional(),
  revoked_at: z.string().optional(),
  /** The self-signed certificate, PEM. */
  cert: z.string(),
  certificate: CertificateInfoSchema,
});
export type SigningKeyView = z.infer<typeof SigningKeyViewSchema>;

/** The Management API form of a signing key (`GET /api/v2/keys/signing`). */
export const ManagementSigningKeySchema = z.object({
  kid: z.string(),
  cert: z.string(),
  pkcs7: z.string(),
  current: z.boolean(),
  next: z.boolean(),
  previous: z.boolean(),
  current_since: z.string().optional(),
  current_until: z.string().optional(),
  fingerprint: z.string(),
  thumbprint: z.string(),
  revoked: z.boolean(),
  revoked_at: z.string().optional(),
});
export type ManagementSigningKey = z.infer<typeof ManagementSigningKeySchema>;

/** One key of a tenant's `/.well-known/jwks.json` (DOMAIN.md §6). */
export const TenantJwkSchema = z.strictObject({
  alg: z.literal('RS256'),
  kty: z.literal('RSA'),
  use: z.literal('sig'),
  n: z.string(),
  e: z.string(),
  kid: z.string(),
  x5t: z.string(),
  x5c: z.array(z.string()).length(1),
});
export type TenantJwk = z.infer<typeof TenantJwkSchema>;

export const TenantJwksSchema = z.strictObject({ keys: z.array(TenantJwkSchema) });
export type TenantJwks = z.infer<typeof TenantJwksSchema>;

export const KEY_CHANGE_ACTIONS = ['rotate', 'revoke', 'rotate-and-revoke'] as const;
export type KeyChangeAction = (typeof KEY_CHANGE_ACTIONS)[number];

const KeyRefSchema = z.object({ kid: z.string(), state: z.enum(SIGNING_KEY_STATES) });

/** What a confirmation dialog says before Rotate / Revoke / Rotate & Revoke. */
export const KeyChangePreviewSchema = z.object({
  action: z.enum(KEY_CHANGE_ACTIONS),
  /** The kid that will sign new tokens afterwards. */
  becomes_current: z.string(),
  /** Keys (with their state now) whose tokens stop verifying; empty when none do. */
  stops_verifying: z.array(KeyRefSchema),
  /** One sentence for the dialog. */
  message: z.string(),
});
export type KeyChangePreview = z.infer<typeof KeyChangePreviewSchema>;

/** The result of Rotate / Revoke / Rotate & Revoke. */
export const KeyChangeResultSchema = z.object({
  action: z.enum(KEY_CHANGE_ACTIONS),
  current: SigningKeyViewSchema,
  next: SigningKeyViewSchema,
  previous: SigningKeyViewSchema.nullable(),
  /** Keys revoked by this change: tokens they signed no longer verify. */
  revoked: z.array(SigningKeyViewSchema),
});
export type KeyChangeResult = z.infer<typeof KeyChangeResultSchema>;

/** A file to save (native dialog, browser download or `--out`). */
export const ExportedFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  /** `base64` for binary files (CER); the bindings decode before writing. */
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

export const CERTIFICATE_EXPORT_FORMATS = [
  'pem',
  'cer',
  'p7b',
  'spki',
  'jwk',
  'jwks',
  'fingerprint',
] as const;
export type CertificateExportFormat = (typeof CERTIFICATE_EXPORT_FORMATS)[number];

/** Public members of a JWK only: a strict object rejects `d`, `p`, `q`, `dp`, `dq`, `qi`, `k`. */
export const PublicJwkSchema = z.strictObject({
  kty: z.enum(['RSA', 'EC', 'OKP']),
  crv: z.string().optional(),
  e: z.string().optional(),
  n: z.string().optional(),
  x: z.string().optional(),
  y: z.string().optional(),
});

export const LIBRARY_KEY_KTYS = ['RSA', 'EC', 'OKP', 'oct'] as const;

/** A key of the key library as the UI sees it. */
export const LibraryKeyViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  kid: z.string(),
  kty: z.enum(LIBRARY_KEY_KTYS),
  /** `RSA 2048`, `EC P-256`, `Ed25519`, `HMAC 256`. */
  label: z.string(),
  alg: z.string(),
  /** The algorithms this key may sign with. */
  algs: z.array(z.string()),
  /** Whether the vault holds a private key or secret (it never leaves except encrypted to a file). */
  has_private: z.boolean(),
  origin: z.enum(['generated', 'imported']),
  /** For imports: the format that was detected, e.g. `PKCS#1 RSA private key (PEM)`. */
  imported_format: z.string().optional(),
  created_at: z.string(),
  updated_at: z.string(),
  /** Absent for HMAC secrets. */
  public_jwk: PublicJwkSchema.optional(),
  /** SHA-256 of the SubjectPublicKeyInfo DER, colon hex; absent for HMAC secrets. */
  spki_sha256: z.string().optional(),
  cert: z.string().optional(),
  certificate: CertificateInfoSchema.optional(),
  /** What can be downloaded without a password. */
  public_exports: z.array(z.enum(CERTIFICATE_EXPORT_FORMATS)),
});
export type LibraryKeyView = z.infer<typeof LibraryKeyViewSchema>;

/** Where the main process wrote a password-encrypted private key. */
export const PrivateKeyFileSchema = z.object({
  path: z.string(),
  /** `encrypted-pkcs8` (PEM, AES-256-CBC, PBKDF2) or `encrypted-jwk` (JWE, PBES2) for HMAC secrets. */
  format: z.enum(['encrypted-pkcs8', 'encrypted-jwk']),
  bytes: z.number().int(),
});
export type PrivateKeyFile = z.infer<typeof PrivateKeyFileSchema>;

/** JWK members that hold private material (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037). */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'] as const;

/**
 * Every place in `value` that looks like private key material: a string with `PRIVATE KEY` (any PEM
 * private key, encrypted or not) or an object member named like a private JWK member. Returns the
 * paths, e.g. `keys.0.d`; empty when the value is clean.
 */
export function findPrivateMarkers(value: unknown, path = '$'): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'string') {
      if (v.includes('PRIVATE KEY')) found.push(`${at} (PEM private key)`);
      return;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Uint8Array) {
      if (bytesInclude(v, 'PRIVATE KEY')) found.push(`${at} (PEM private key bytes)`);
      return;
    }
    for (const [key, child] of Object.entries(v)) {
      const here = `${at}.${key}`;
      if (!Array.isArray(v) && (PRIVATE_JWK_MEMBERS as readonly string[]).includes(key))
        found.push(`${here} (JWK member)`);
      walk(child, here);
    }
  };
  walk(value, path);
  return found;
}

function bytesInclude(bytes: Uint8Array, ascii: string): boolean {
  const needle = Array.from(ascii, (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Kinds of key the key library generates. */
export const KEY_TYPES = [
  'RSA-2048',
  'RSA-3072',
  'RSA-4096',
  'EC-P-256',
  'EC-P-384',
  'EC-P-521',
  'Ed25519',
  'HMAC-256',
  'HMAC-384',
  'HMAC-512',
] as const;
export type KeyType = (typeof KEY_TYPES)[number];
