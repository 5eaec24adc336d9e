import { randomUUID } from 'node:crypto';
import { WorkbenchError } from '../../shared/errors';
import { findApi } from '../domain/apis';
import { findApplication } from '../domain/applications';
import type { StoredApplication, StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { checkExtraClaims, parseInstant } from './claims-input';
import { clientCredentialsGrant, type SigningKeys, type TokenResponse } from './client-credentials';
import type { SigningThread } from './jws';
import type { OAuthErrorResponse } from './oauth-error';

export interface MintOptions {
  api: string;
  /** Name or Client ID; the API's Test Application when absent. */
  app?: string | undefined;
  /** Extra claims, merged after the standard ones. */
  claims?: Record<string, unknown> | undefined;
  /** Registered claims (iss, sub, aud, exp, nbf, iat, jti) may be overridden only with this. */
  allowRegisteredOverride?: boolean | undefined;
  /** Seconds; the API's token lifetime when absent. */
  lifetime?: number | undefined;
  /** "Pretend now": mint expired or not-yet-valid tokens on purpose. ISO time or epoch seconds. */
  now?: string | number | undefined;
  /** Seconds after `iat` before the token becomes valid (an `nbf` claim). */
  notBeforeDelay?: number | undefined;
  /** `true` adds a random jti; a string sets it. */
  jti?: boolean | string | undefined;
  /** Header `typ` override. */
  typ?: string | undefined;
}

export type MintResult =
  | { outcome: 'issued'; client_id: string; issuer: string; response: TokenResponse; header: Record<string, unknown>; payload: Record<string, unknown> }
  | { outcome: 'refused'; client_id: string; error: OAuthErrorResponse };

/** The application the Test tab acts for by default: "{API name} (Test Application)", else the first authorized one. */
export function testApplication(tenant: StoredTenant, audience: string, apiName: string): StoredApplication | undefined {
  const authorized = new Set(tenant.client_grants.filter((g) => g.audience === audience).map((g) => g.client_id));
  const byName = tenant.applications.find((a) => a.name === `${apiName} (Test Application)`);
  return byName ?? tenant.applications.find((a) => authorized.has(a.client_id) && a.grant_types.includes('client_credentials'));
}

/**
 * The Test tab and `token-workbench mint`: the token the token endpoint would issue for this
 * application and API (same checks, same errors, given as a value so the UI can show it in place),
 * with optional overrides for testing.
 */
export async function mintForApi(
  workspace: Workspace,
  keys: SigningKeys,
  issuer: string,
  options: MintOptions,
  signingThread?: () => SigningThread,
  /** The current tenant, when the caller has just read it (each read costs a stat). */
  tenant: StoredTenant = workspace.tenant(),
): Promise<MintResult> {
  const api = findApi(tenant, options.api);
  const app = options.app === undefined ? testApplication(tenant, api.identifier, api.name) : findApplication(tenant, options.app);
  if (app === undefined) {
    throw new WorkbenchError('not_found', `No application is authorized for ${api.identifier}; authorize one on the Machine to Machine Applications tab.`, 'app');
  }
  const extra = options.claims === undefined ? {} : checkExtraClaims(options.claims, options.allowRegisteredOverride === true);
  if (options.lifetime !== undefined && (!Number.isInteger(options.lifetime) || options.lifetime < 0)) {
    throw new WorkbenchError('invalid_body', 'Lifetime must be a whole number of seconds, 0 or more.', 'lifetime');
  }
  const now = options.now === undefined ? Math.floor(Date.now() / 1000) : parseInstant(options.now, 'now');
  const result = await clientCredentialsGrant(workspace, keys, {
    tenant,
    clientId: app.client_id,
    clientSecret: undefined,
    audience: api.identifier,
    issuer,
    now,
    ...(signingThread === undefined ? {} : { signingThread }),
    customize: ({ header, payload }) => {
      if (options.lifetime !== undefined) payload.exp = now + options.lifetime;
      if (options.notBeforeDelay !== undefined) payload.nbf = now + options.notBeforeDelay;
      if (options.jti !== undefined && options.jti !== false) payload.jti = options.jti === true ? randomUUID() : options.jti;
      if (options.typ !== undefined) header.typ = options.typ;
      Object.assign(payload, extra);
    },
  });
  if (!result.ok) return { outcome: 'refused', client_id: app.client_id, error: result.error };
  return { outcome: 'issued', client_id: app.client_id, issuer, response: result.response, header: result.header, payload: result.claims };
}
