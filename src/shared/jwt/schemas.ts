import { z } from 'zod';

/**
 * Result shapes of the debugger: decoding (pure, both sides), verifying, fetching keys and
 * decrypting (main). Contract results are built from these; the TypeScript types are inferred
 * from them so that the two never drift apart.
 */

export const FINDING_SEVERITIES = ['error', 'warning', 'info'] as const;
export const FindingSeveritySchema = z.enum(FINDING_SEVERITIES);
export type FindingSeverity = z.infer<typeof FindingSeveritySchema>;

/** Every finding the decoder and the verifier can report. */
export const FINDING_CODES = [
  // input
  'input_empty',
  'input_too_large',
  'bearer_prefix',
  'quotes',
  'whitespace',
  'json_container',
  'segment_count',
  // encoding of a part
  'empty_part',
  'invalid_base64url',
  'base64_standard',
  'base64_padding',
  'base64_noncanonical',
  'not_utf8',
  'not_json',
  'not_object',
  // header
  'alg_missing',
  'alg_none',
  'alg_unsupported',
  'enc_missing',
  'encrypted',
  'nested_jwt',
  'crit',
  'b64_false',
  'header_jwk',
  'header_jku',
  'header_x5u',
  'header_x5c',
  'kid_missing',
  'kid_type',
  'typ_unusual',
  'typ_at_jwt_claims',
  'id_token',
  'signature_missing',
  'signature_length',
  // payload
  'payload_empty',
  'time_claim_type',
  'time_claim_millis',
  'exp_before_iat',
  'no_exp',
  'claim_type',
  // verification
  'short_secret',
  'secret_whitespace',
  'secret_encoding_hint',
  'weak_rsa_key',
  'kid_mismatch',
  'no_kid_single_key',
  'x5t_match',
  'x5t_mismatch',
  'x5c_key_mismatch',
  'certificate_expired',
  'certificate_not_yet_valid',
  'key_skipped',
  'private_key_given',
  'internal_error',
] as const;
export const FindingCodeSchema = z.enum(FINDING_CODES);
export type FindingCode = z.infer<typeof FindingCodeSchema>;

/** Roles of the dot-separated parts of a compact JWS (3) or JWE (5). */
export const PART_ROLES = [
  'header',
  'payload',
  'signature',
  'encrypted_key',
  'iv',
  'ciphertext',
  'tag',
  'extra',
  'unknown',
] as const;
export const PartRoleSchema = z.enum(PART_ROLES);
export type PartRole = z.infer<typeof PartRoleSchema>;

export const FindingSchema = z.object({
  code: FindingCodeSchema,
  severity: FindingSeveritySchema,
  /** One sentence naming the part and the problem. */
  message: z.string(),
  part: PartRoleSchema.optional(),
  /** Offset in the text as given (the pasted input), to place a marker. */
  at: z.number().int().optional(),
  /** The header parameter or claim the finding is about. */
  param: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const JsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.infer<typeof JsonObjectSchema>;

export const DecodedPartSchema = z.object({
  index: z.number().int(),
  role: PartRoleSchema,
  /** The part's text in the normalised token. */
  raw: z.string(),
  /** Where the part is in the text as given: [start, end), whitespace inside the token included. */
  start: z.number().int(),
  end: z.number().int(),
  /** Where the part is in `token` (the normalised text). */
  tokenStart: z.number().int(),
  tokenEnd: z.number().int(),
  /** `base64` = decodes, but with the standard alphabet or padding. */
  encoding: z.enum(['base64url', 'base64', 'empty', 'invalid', 'raw']),
  byteLength: z.number().int().nullable(),
  /** UTF-8 text of the header and payload, when it is text. */
  text: z.string().nullable(),
  /** Parsed JSON of the header and payload, when it parses (any JSON value). */
  json: z.unknown().optional(),
  /** "payload is not valid base64url at character 17 ('%')"; null when the part decodes. */
  error: z.string().nullable(),
});
export type DecodedPart = z.infer<typeof DecodedPartSchema>;

export const DECODE_STATUSES = ['decoded', 'partial', 'failed', 'empty', 'too_large'] as const;

export const DecodedTokenSchema = z.object({
  /** `decoded`: every part decodes and nothing is wrong; `partial`: some parts or the shape are wrong. */
  status: z.enum(DECODE_STATUSES),
  kind: z.enum(['jws', 'jwe', 'unknown']),
  /** The token after removing prefixes, quotes and whitespace. */
  token: z.string(),
  inputLength: z.number().int(),
  segmentCount: z.number().int(),
  header: JsonObjectSchema.nullable(),
  /** The JWS payload as a JSON object (claims); null for a JWE or when it is not an object. */
  payload: JsonObjectSchema.nullable(),
  alg: z.string().nullable(),
  typ: z.string().nullable(),
  kid: z.string().nullable(),
  parts: z.array(DecodedPartSchema),
  findings: z.array(FindingSchema),
});
export type DecodedToken = z.infer<typeof DecodedTokenSchema>;

// ---------------------------------------------------------------------------------------------
// Claims table

export const CLAIM_CATEGORIES = ['registered', 'oidc', 'rfc9068', 'auth0', 'provider', 'custom'] as const;
export const ClaimCategorySchema = z.enum(CLAIM_CATEGORIES);
export type ClaimCategory = z.infer<typeof ClaimCategorySchema>;

export const ClaimRowSchema = z.object({
  name: z.string(),
  value: z.unknown(),
  category: ClaimCategorySchema,
  description: z.string(),
  /** Time claims: the date and the relative text ("expires in 4 min"). */
  time: z
    .object({
      iso: z.string(),
      relative: z.string(),
    })
    .nullable(),
});
export type ClaimRow = z.infer<typeof ClaimRowSchema>;

// ---------------------------------------------------------------------------------------------
// Verification

export const SECRET_ENCODINGS = ['utf8', 'base64', 'base64url', 'hex'] as const;
export const SecretEncodingSchema = z.enum(SECRET_ENCODINGS);
export type SecretEncoding = z.infer<typeof SecretEncodingSchema>;

const JwkInputSchema = z.union([z.string(), JsonObjectSchema]);

/** What the user gives to verify with; `auto` detects the kind from the text. */
export const KeySourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('auto'), text: z.string() }),
  z.object({ type: z.literal('secret'), secret: z.string(), encoding: SecretEncodingSchema.optional() }),
  /** PEM SPKI, PKCS#1, X.509 certificate or private key; also bare base64 DER. */
  z.object({ type: z.literal('pem'), pem: z.string() }),
  z.object({ type: z.literal('jwk'), jwk: JwkInputSchema }),
  z.object({ type: z.literal('jwks'), jwks: JwkInputSchema }),
  /** A JWKS fetched earlier by an explicit call; verifying never fetches. */
  z.object({ type: z.literal('jwks_url'), url: z.string() }),
  /** Keys found by discovery run earlier for this issuer (default: the token's `iss`). */
  z.object({ type: z.literal('issuer'), issuer: z.string().optional() }),
]);
export type KeySource = z.infer<typeof KeySourceSchema>;

export const KEY_SOURCE_KINDS = [
  'secret',
  'pem_spki',
  'pem_pkcs1',
  'certificate',
  'pem_private',
  'jwk',
  'jwks',
  'jwks_url',
  'issuer',
  'keys',
] as const;
export const KeySourceKindSchema = z.enum(KEY_SOURCE_KINDS);
export type KeySourceKind = z.infer<typeof KeySourceKindSchema>;

export const CertificateInfoSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  /** Colon-separated uppercase hex. */
  sha1Fingerprint: z.string(),
  sha256Fingerprint: z.string(),
  /** base64url SHA-1 / SHA-256 of the DER, as in a JWK's or a header's `x5t` / `x5t#S256`. */
  x5t: z.string(),
  x5tS256: z.string(),
  selfSigned: z.boolean(),
});
export type CertificateInfo = z.infer<typeof CertificateInfoSchema>;

export const KeyInfoSchema = z.object({
  kty: z.enum(['RSA', 'EC', 'OKP', 'oct']),
  kid: z.string().nullable(),
  /** The key's declared `alg` (JWK), if any. */
  alg: z.string().nullable(),
  use: z.string().nullable(),
  /** RSA modulus or secret size in bits. */
  bits: z.number().int().nullable(),
  /** JOSE curve name: P-256, P-384, P-521, Ed25519, Ed448. */
  curve: z.string().nullable(),
  /** Position in a JWKS (0-based), or null. */
  index: z.number().int().nullable(),
  /** RFC 7638 JWK SHA-256 thumbprint (base64url); null for secrets. */
  thumbprint: z.string().nullable(),
  /** "key #2 of 3 in the pasted JWKS", "X.509 certificate CN=dev-acme.local". */
  label: z.string(),
  certificate: CertificateInfoSchema.nullable(),
  secret: z.object({ encoding: z.string(), byteLength: z.number().int() }).nullable(),
  /** The public key was derived from a pasted private key. */
  fromPrivateKey: z.boolean(),
});
export type KeyInfo = z.infer<typeof KeyInfoSchema>;

export const KeySourceInfoSchema = z.object({
  kind: KeySourceKindSchema,
  /** Detected from the pasted text (type `auto`) rather than chosen. */
  detected: z.boolean(),
  /** "Pasted JWKS (3 keys)", "JWKS from https://…/jwks.json, fetched 2025-…". */
  label: z.string(),
  url: z.string().nullable(),
  fetchedAt: z.string().nullable(),
  keyCount: z.number().int(),
});
export type KeySourceInfo = z.infer<typeof KeySourceInfoSchema>;

export const SIGNATURE_STATUSES = ['verified', 'invalid', 'not_checked'] as const;
export const SIGNATURE_REASONS = [
  'verified',
  'bad_signature',
  'key_confusion',
  'alg_key_mismatch',
  'alg_none',
  'malformed_signature',
  'malformed_token',
  'encrypted',
  'unsupported_alg',
  'no_key',
  'key_error',
  'unknown_kid',
  'ambiguous_key',
  'not_fetched',
] as const;
export type SignatureReason = (typeof SIGNATURE_REASONS)[number];

export const SignatureResultSchema = z.object({
  status: z.enum(SIGNATURE_STATUSES),
  reason: z.enum(SIGNATURE_REASONS),
  message: z.string(),
});
export type SignatureResult = z.infer<typeof SignatureResultSchema>;

export const CHECK_NAMES = ['exp', 'nbf', 'iat', 'iss', 'aud', 'typ', 'alg'] as const;
export const CheckNameSchema = z.enum(CHECK_NAMES);
export type CheckName = z.infer<typeof CheckNameSchema>;

export const CheckRowSchema = z.object({
  check: CheckNameSchema,
  status: z.enum(['passed', 'failed', 'not_checked']),
  message: z.string(),
});
export type CheckRow = z.infer<typeof CheckRowSchema>;

export const ExpectedClaimsSchema = z.object({
  iss: z.union([z.string(), z.array(z.string())]).optional(),
  aud: z.union([z.string(), z.array(z.string())]).optional(),
  typ: z.string().optional(),
  algorithms: z.array(z.string()).optional(),
});
export type ExpectedClaims = z.infer<typeof ExpectedClaimsSchema>;

/** Arguments of a verification as they cross a boundary (`now`: ISO date or epoch seconds). */
export const VerifyArgsSchema = z.object({
  token: z.string(),
  key: KeySourceSchema.optional(),
  expected: ExpectedClaimsSchema.optional(),
  clockToleranceSec: z.number().min(0).max(31_536_000).optional(),
  now: z.union([z.number(), z.string()]).optional(),
});
export type VerifyArgs = z.infer<typeof VerifyArgsSchema>;

export const VerifyResultSchema = z.object({
  /** The signature verified and no check failed. */
  valid: z.boolean(),
  /** "Signature verified", "Invalid signature", "Signature not checked: …", plus failed checks. */
  summary: z.string(),
  signature: SignatureResultSchema,
  alg: z.string().nullable(),
  kid: z.string().nullable(),
  /** The key the signature was checked with (or refused against). */
  key: KeyInfoSchema.nullable(),
  source: KeySourceInfoSchema.nullable(),
  /** Token `x5t` compared with the certificate used, when both exist. */
  x5t: z.enum(['match', 'mismatch']).nullable(),
  checks: z.array(CheckRowSchema),
  warnings: z.array(FindingSchema),
  /** The `now` the time checks used (ISO). */
  now: z.string(),
});
export type VerifyResult = z.infer<typeof VerifyResultSchema>;

// ---------------------------------------------------------------------------------------------
// Fetching keys (explicit calls only)

export const REMOTE_ERROR_CODES = [
  'url_refused',
  'timeout',
  'too_large',
  'http_status',
  'not_json',
  'not_jwks',
  'no_keys',
  'network',
  'too_many_redirects',
  'no_metadata',
  'no_jwks_uri',
  'issuer_mismatch',
] as const;
export const RemoteErrorSchema = z.object({
  code: z.enum(REMOTE_ERROR_CODES),
  message: z.string(),
});
export type RemoteError = z.infer<typeof RemoteErrorSchema>;

export const FetchStepSchema = z.object({
  url: z.string(),
  /** HTTP status, or null when no response came. */
  status: z.number().int().nullable(),
  outcome: z.string(),
});
export type FetchStep = z.infer<typeof FetchStepSchema>;

export const JwksFetchResultSchema = z.object({
  ok: z.boolean(),
  url: z.string(),
  fetchedAt: z.string().nullable(),
  keys: z.array(KeyInfoSchema),
  /** Keys of the set that could not be used, with the reason. */
  skipped: z.array(z.string()),
  steps: z.array(FetchStepSchema),
  error: RemoteErrorSchema.nullable(),
});
export type JwksFetchResult = z.infer<typeof JwksFetchResultSchema>;

export const DiscoveryResultSchema = z.object({
  ok: z.boolean(),
  issuer: z.string(),
  /** The metadata document that answered. */
  metadataUrl: z.string().nullable(),
  jwksUri: z.string().nullable(),
  /** The discovered document's own `issuer`, which must equal the requested one exactly. */
  metadataIssuer: z.string().nullable(),
  fetchedAt: z.string().nullable(),
  keys: z.array(KeyInfoSchema),
  skipped: z.array(z.string()),
  steps: z.array(FetchStepSchema),
  error: RemoteErrorSchema.nullable(),
});
export type DiscoveryResult = z.infer<typeof DiscoveryResultSchema>;

// ---------------------------------------------------------------------------------------------
// JWE

export const DecryptResultSchema = z.object({
  status: z.enum(['decrypted', 'failed', 'not_checked']),
  message: z.string(),
  header: JsonObjectSchema.nullable(),
  key: KeyInfoSchema.nullable(),
  /** The plaintext as UTF-8 text (null when it is binary). */
  plaintext: z.string().nullable(),
  /** The plaintext as a JSON object (claims) when it is one. */
  payload: JsonObjectSchema.nullable(),
  /** The nested JWS (`cty: JWT`, or plaintext that is a compact JWS), decoded. */
  nested: DecodedTokenSchema.nullable(),
  /** The nested JWS verified, when a verification key was given. */
  nestedVerification: VerifyResultSchema.nullable(),
});
export type DecryptResult = z.infer<typeof DecryptResultSchema>;

// ---------------------------------------------------------------------------------------------
// Key detection (pure, to show "Detected: X.509 certificate" as the user types)

export const DETECTED_KEY_KINDS = [
  'empty',
  'secret',
  'pem_spki',
  'pem_pkcs1',
  'certificate',
  'pem_private',
  'pem_encrypted',
  'pem_unknown',
  'der_base64',
  'jwk',
  'jwk_private',
  'jwks',
  'json_unknown',
  'jwks_url',
  'issuer',
] as const;
export const DetectedKeySchema = z.object({
  kind: z.enum(DETECTED_KEY_KINDS),
  label: z.string(),
  /** What verifying with the text would use; null when the text cannot be a key. */
  source: KeySourceSchema.nullable(),
  hint: z.string().nullable(),
});
export type DetectedKey = z.infer<typeof DetectedKeySchema>;
