import { randomBytes, randomInt } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Ids and secrets in the shapes of the real service (DOMAIN.md §2, §3). */
export const newId = {
  /** Resource server id: 24 lowercase hex characters. */
  api: () => randomBytes(12).toString('hex'),
  tenant: () => randomBytes(12).toString('hex'),
  /** 32 alphanumeric characters. */
  clientId: () => randomString(ALPHANUMERIC, 32),
  /** 64 base64url characters. */
  clientSecret: () => randomBytes(48).toString('base64url'),
  /** `cgr_` and 16 alphanumerics. */
  clientGrant: () => `cgr_${randomString(ALPHANUMERIC, 16)}`,
  /** HS256 API secret: 32 random bytes, base64url. */
  signingSecret: () => randomBytes(32).toString('base64url'),
  /** `dev-` and six lowercase alphanumerics, for a tenant made on first run. */
  tenantDomain: () => `dev-${randomString(LOWER_ALPHANUMERIC, 6)}.local`,
};
