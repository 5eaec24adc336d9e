import { WorkbenchError } from '../../shared/errors';
import { API_LIMITS, type Api, type SigningAlgorithm, type TokenDialect } from '../../shared/domain/api';
import type { StoredApi, StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { newTestApplication } from './applications';
import { newId } from './ids';
import { secretRef } from './secret-refs';

export function toApi(stored: StoredApi): Api {
  const { created_at: _created, updated_at: _updated, ...api } = stored;
  return { ...api, is_system: false };
}

/** An API by id or identifier; identifiers are compared exactly. */
export function findApi(tenant: StoredTenant, ref: string): StoredApi {
  const api = tenant.apis.find((a) => a.id === ref || a.identifier === ref);
  if (api === undefined) throw new WorkbenchError('not_found', 'The resource server does not exist', 'api');
  return api;
}

export function listApis(workspace: Workspace): Api[] {
  return workspace.tenant().apis.map(toApi);
}

export function getApi(workspace: Workspace, args: { api: string }): Api {
  return toApi(findApi(workspace.tenant(), args.api));
}

export function createApi(
  workspace: Workspace,
  args: { name: string; identifier: string; signing_alg: SigningAlgorithm },
): Api {
  const now = new Date().toISOString();
  const apiId = newId.api();
  const testApp = newTestApplication(args.name, now);
  const tenantId = workspace.tenant().id;
  // Secrets first: a crash between the two writes leaves an unused secret, never an API without one.
  const secrets: [string, string][] = [[secretRef.clientSecret(tenantId, testApp.client_id), newId.clientSecret()]];
  if (args.signing_alg === 'HS256') secrets.push([secretRef.apiSigningSecret(tenantId, apiId), newId.signingSecret()]);
  workspace.vault.setMany(secrets);
  try {
    return workspace.updateCurrentTenant((tenant) => {
      if (tenant.id !== tenantId) throw new WorkbenchError('conflict', 'The current tenant changed while the API was being created. Try again.');
    if (tenant.apis.some((a) => a.identifier === args.identifier)) {
      throw new WorkbenchError(
        'conflict',
        `An API with the identifier "${args.identifier}" already exists in ${tenant.domain}.`,
        'identifier',
      );
    }
    const stored: StoredApi = {
      id: apiId,
      name: args.name,
      identifier: args.identifier,
      signing_alg: args.signing_alg,
      token_lifetime: API_LIMITS.tokenLifetimeDefault,
      token_lifetime_for_web: API_LIMITS.tokenLifetimeForWebDefault,
      allow_offline_access: false,
      skip_consent_for_verifiable_first_party_clients: false,
      enforce_policies: false,
      token_dialect: 'access_token',
      scopes: [],
      created_at: now,
      updated_at: now,
    };
    tenant.apis.push(stored);
    tenant.applications.push(testApp);
    tenant.client_grants.push({ id: newId.clientGrant(), client_id: testApp.client_id, audience: stored.identifier, scope: [] });
    return toApi(stored);
  });
  } catch (error) {
    workspace.vault.delete(secrets.map(([ref]) => ref));
    throw error;
  }
}

export interface ApiChanges {
  api: string;
  name?: string | undefined;
  token_lifetime?: number | undefined;
  token_lifetime_for_web?: number | undefined;
  allow_offline_access?: boolean | undefined;
  skip_consent_for_verifiable_first_party_clients?: boolean | undefined;
  enforce_policies?: boolean | undefined;
  token_dialect?: TokenDialect | undefined;
}

export function updateApi(workspace: Workspace, changes: ApiChanges): Api {
  return workspace.updateCurrentTenant((tenant) => {
    const api = findApi(tenant, changes.api);
    const { api: _ref, ...fields } = changes;
    const next: StoredApi = { ...api };
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (next as Record<string, unknown>)[key] = value;
    }
    // The browser-flow lifetime may never exceed the token lifetime (DOMAIN.md §2).
    if (next.token_lifetime_for_web > next.token_lifetime) {
      throw new WorkbenchError(
        'invalid_body',
        `Token Expiration For Browser Flows (${next.token_lifetime_for_web}) cannot be greater than Token Expiration (${next.token_lifetime}).`,
        changes.token_lifetime_for_web !== undefined ? 'token_lifetime_for_web' : 'token_lifetime',
      );
    }
    next.updated_at = new Date().toISOString();
    Object.assign(api, next);
    return toApi(api);
  });
}

/** Deletes the API and every grant for it; applications stay (as in the dashboard). */
export function deleteApi(workspace: Workspace, args: { api: string; confirmIdentifier: string }): { deleted: string } {
  const { deleted, tenantId } = workspace.updateCurrentTenant((tenant) => {
    const api = findApi(tenant, args.api);
    if (args.confirmIdentifier !== api.identifier) {
      throw new WorkbenchError('invalid_body', `Type the identifier, ${api.identifier}, to confirm.`, 'confirmIdentifier');
    }
    tenant.apis = tenant.apis.filter((a) => a.id !== api.id);
    tenant.client_grants = tenant.client_grants.filter((g) => g.audience !== api.identifier);
    return { deleted: api, tenantId: tenant.id };
  });
  workspace.vault.delete([secretRef.apiSigningSecret(tenantId, deleted.id)]);
  return { deleted: deleted.identifier };
}
