import { randomUUID } from 'node:crypto';
import type { TokenDialect } from '../../shared/domain/api';

export interface AccessTokenInput {
  /** With its trailing slash. */
  issuer: string;
  audience: string;
  dialect: TokenDialect;
  alg: 'RS256' | 'PS256' | 'HS256';
  /** Present for RS256/PS256; HS256 tokens carry no kid (our choice, DOMAIN.md §5). */
  kid: string | undefined;
  clientId: string;
  /** The grant's scopes: client credentials returns all of them (DOMAIN.md §3). */
  scopes: readonly string[];
  /** Seconds since the epoch. */
  iat: number;
  lifetime: number;
  jti?: string;
}

/**
 * Header and claims of an access token exactly as the real service issues them for a
 * client-credentials grant (DOMAIN.md §5), in the documented claim order.
 */
export function accessTokenParts(input: AccessTokenInput): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const rfc9068 = input.dialect.startsWith('rfc9068');
  const header: Record<string, unknown> = { alg: input.alg, typ: rfc9068 ? 'at+jwt' : 'JWT' };
  if (input.kid !== undefined) header.kid = input.kid;
  const scope = input.scopes.length > 0 ? input.scopes.join(' ') : undefined;
  const sub = `${input.clientId}@clients`;
  const exp = input.iat + input.lifetime;
  const payload: Record<string, unknown> = rfc9068
    ? { iss: input.issuer, sub, aud: input.audience, exp, iat: input.iat, jti: input.jti ?? randomUUID(), client_id: input.clientId }
    : { iss: input.issuer, sub, aud: input.audience, iat: input.iat, exp };
  // A token with no granted scope carries no `scope` claim, as the response has no `scope` field.
  if (scope !== undefined) payload.scope = scope;
  if (!rfc9068) {
    payload.gty = 'client-credentials';
    payload.azp = input.clientId;
  }
  if (input.dialect.endsWith('_authz')) payload.permissions = [...input.scopes];
  return { header, payload };
}
