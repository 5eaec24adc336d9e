/**
 * The stored shape of a key-library entry (public data only; the private part is in the vault).
 * zod only, so that src/main/storage/workspace-schema.ts can import it for `key_library`.
 */
import { z } from 'zod';
import { LIBRARY_KEY_KTYS, PublicJwkSchema } from './public-view';

/** One library key as stored (public data only). Proposed for the workspace schema as `key_library`. */
export const StoredLibraryKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  kid: z.string(),
  kty: z.enum(LIBRARY_KEY_KTYS),
  /** `RSA 2048`, `EC P-256`, `Ed25519`, `HMAC 256`. */
  label: z.string(),
  bits: z.number().int(),
  crv: z.enum(['P-256', 'P-384', 'P-521', 'Ed25519']).optional(),
  alg: z.string(),
  has_private: z.boolean(),
  origin: z.enum(['generated', 'imported']),
  imported_format: z.string().optional(),
  /** Public members only (strict: a private member fails validation). Absent for HMAC secrets. */
  public_jwk: PublicJwkSchema.optional(),
  /** PEM, when imported with or as a certificate. */
  cert: z.string().optional(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type StoredLibraryKey = z.infer<typeof StoredLibraryKeySchema>;
