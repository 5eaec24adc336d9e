import { createSecretKey } from 'node:crypto';
import * as jose from 'jose';
import { secretRef } from '../domain/secret-refs';
import { tenantJwks } from '../keys/tenant-keys';
import type { StoredTenant } from '../storage/workspace-schema';
import { authenticateClient } from '../tokens/client-auth';
import { oauthError, type OAuthErrorResponse } from '../tokens/oauth-error';
import type { Workspace } from '../workspace';
import type { Parameters } from './token-request';
import { isOAuthError, readClientCredentials } from './token-request';

const INACTIVE = { active: false } as const;

/**
 * RFC 7662 for tokens this issuer issued: the caller authenticates as a client; a token is active
 * when its signature verifies with a key the tenant still publishes (or its API's HS256 secret), its
 * issuer is this server and it has not expired. Anything else is `{ "active": false }`.
 */
export async function introspect(
  workspace: Workspace,
  tenant: StoredTenant,
  issuer: string,
  params: Parameters,
  authorization: string | undefined,
): Promise<Record<string, unknown> | OAuthErrorResponse> {
  const credentials = readClientCredentials(params, authorization);
  if (isOAuthError(credentials)) return credentials;
  if (authenticateClient(workspace, tenant, credentials.clientId, credentials.clientSecret) === undefined) {
    return oauthError(
      401,
      'invalid_client',
      'Client authentication failed: unknown client or wrong client secret.',
    );
  }
  const tokens = params.get('token') ?? [];
  if (tokens.length !== 1 || tokens[0] === '')
    return oauthError(400, 'invalid_request', 'Send exactly one token parameter.');
  const token = tokens[0]!;
  let header: jose.ProtectedHeaderParameters;
  let claims: jose.JWTPayload;
  try {
    header = jose.decodeProtectedHeader(token);
    claims = jose.decodeJwt(token);
  } catch {
    return INACTIVE;
  }
  try {
    if (header.alg === 'HS256') {
      const api = tenant.apis.find((a) => a.identifier === claims.aud && a.signing_alg === 'HS256');
      const secret =
        api === undefined ? undefined : workspace.vault.get(secretRef.apiSigningSecret(tenant.id, api.id));
      if (secret === undefined) return INACTIVE;
      await jose.jwtVerify(token, createSecretKey(Buffer.from(secret, 'utf8')), {
        issuer,
        algorithms: ['HS256'],
      });
    } else {
      const jwks = jose.createLocalJWKSet(await tenantJwks(workspace, tenant.id));
      await jose.jwtVerify(token, jwks, { issuer, algorithms: ['RS256'] });
    }
  } catch {
    return INACTIVE;
  }
  const clientId = typeof claims.azp === 'string' ? claims.azp : claims.client_id;
  return { active: true, token_type: 'Bearer', client_id: clientId, ...claims };
}
