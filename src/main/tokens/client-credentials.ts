import { createSecretKey, type KeyObject } from 'node:crypto';
import type { StoredTenant } from '../storage/workspace-schema';
import { secretRef } from '../domain/secret-refs';
import type { Workspace } from '../workspace';
import { accessTokenParts } from './access-token';
import { authenticateClient } from './client-auth';
import { signCompact, type SigningThread } from './jws';
import { oauthError, type OAuthErrorResponse } from './oauth-error';

/** The token endpoint's success body (DOMAIN.md §4). */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope?: string;
}

export type TokenResult =
  | { ok: true; response: TokenResponse; header: Record<string, unknown>; claims: Record<string, unknown> }
  | { ok: false; error: OAuthErrorResponse };

/** Where signing keys come from: the tenant key set (RS256/PS256) and the vault (HS256). */
export interface SigningKeys {
  currentTenantKey(workspace: Workspace, tenantId: string, tenant?: StoredTenant): Promise<{ kid: string; privateKey: KeyObject }>;
}

export interface ClientCredentialsRequest {
  tenant: StoredTenant;
  clientId: string;
  /** Undefined only for the app's own Test tab, which acts for an application it already holds. */
  clientSecret: string | undefined;
  audience: string;
  /** The issuer the tokens carry: `https://{domain}/` or the local issuer's base URL. */
  issuer: string;
  /** Seconds since the epoch ("pretend now" for tests). */
  now: number;
  /** Asked at signing time; the local issuer always uses the thread pool (the default). */
  signingThread?: () => SigningThread;
  /** The Test tab's overrides, applied to the standard header and claims before signing. */
  customize?: (parts: { header: Record<string, unknown>; payload: Record<string, unknown> }) => void;
}

/** HS256 secrets are used as their UTF-8 bytes, as the real service does. Cached per secret. */
const hmacKeys = new Map<string, KeyObject>();
function hmacKey(secret: string): KeyObject {
  let key = hmacKeys.get(secret);
  if (key === undefined) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    if (hmacKeys.size > 256) hmacKeys.clear();
    hmacKeys.set(secret, key);
  }
  return key;
}

/**
 * The client-credentials grant, exactly as the real service answers it (DOMAIN.md §4 and §5). The
 * local issuer and the API's Test tab both mint through here.
 */
export async function clientCredentialsGrant(
  workspace: Workspace,
  keys: SigningKeys,
  request: ClientCredentialsRequest,
): Promise<TokenResult> {
  const { tenant } = request;
  const app =
    request.clientSecret === undefined
      ? tenant.applications.find((a) => a.client_id === request.clientId)
      : authenticateClient(workspace, tenant, request.clientId, request.clientSecret);
  if (app === undefined && request.clientSecret !== undefined) {
    return {
      ok: false,
      error: oauthError(
        401,
        'invalid_client',
        'Client authentication failed: unknown client or wrong client secret.',
      ),
    };
  }
  if (app === undefined) {
    return { ok: false, error: oauthError(401, 'invalid_client', `Unknown client: ${request.clientId}.`) };
  }
  if (!app.grant_types.includes('client_credentials')) {
    return { ok: false, error: oauthError(403, 'unauthorized_client', "Grant type 'client_credentials' not allowed for the client.") };
  }
  const api = tenant.apis.find((a) => a.identifier === request.audience);
  if (api === undefined) {
    return { ok: false, error: oauthError(403, 'access_denied', `Service not enabled within domain: ${request.audience}`) };
  }
  const grant = tenant.client_grants.find((g) => g.client_id === app.client_id && g.audience === api.identifier);
  if (grant === undefined) {
    return {
      ok: false,
      error: oauthError(
        403,
        'access_denied',
        `Client is not authorized to access "${api.identifier}". You need to create a "client-grant" associated to this API.`,
      ),
    };
  }
  let kid: string | undefined;
  let key: KeyObject;
  if (api.signing_alg === 'HS256') {
    const secret = workspace.vault.get(secretRef.apiSigningSecret(tenant.id, api.id));
    if (secret === undefined) {
      return { ok: false, error: oauthError(500, 'server_error', `The API ${api.identifier} has no signing secret; rotate it on its Settings tab.`) };
    }
    key = hmacKey(secret);
  } else {
    const current = await keys.currentTenantKey(workspace, tenant.id, tenant);
    kid = current.kid;
    key = current.privateKey;
  }
  const { header, payload } = accessTokenParts({
    issuer: request.issuer,
    audience: api.identifier,
    dialect: api.token_dialect,
    alg: api.signing_alg,
    kid,
    clientId: app.client_id,
    scopes: grant.scope,
    iat: request.now,
    lifetime: api.token_lifetime,
  });
  request.customize?.({ header, payload });
  const accessToken = await signCompact(header, payload, key, api.signing_alg, request.signingThread?.());
  const expiresIn = typeof payload.exp === 'number' ? payload.exp - request.now : api.token_lifetime;
  const response: TokenResponse = { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn };
  if (grant.scope.length > 0) response.scope = grant.scope.join(' ');
  return { ok: true, response, header, claims: payload };
}
