import { WorkbenchError } from '../../shared/errors';
import { API_LIMITS, type Api, type SigningAlgorithm } from '../../shared/domain/api';
import type { StoredApi, StoredTenant } from '../storage/workspace-schema';
import { Workspace } from '../workspace';
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

function readTenant(workspace: Workspace): StoredTenant {
  return Workspace.currentTenant(workspace.read());
}

export function listApis(workspace: Workspace): Api[] {
  return readTenant(workspace).apis.map(toApi);
}

export function getApi(workspace: Workspace, args: { api: string }): Api {
  return toApi(findApi(readTenant(workspace), args.api));
}

export function createApi(
  workspace: Workspace,
  args: { name: string; identifier: string; signing_alg: SigningAlgorithm },
): Api {
  const now = new Date().toISOString();
  const apiId = newId.api();
  const testApp = newTestApplication(args.name, now);
  const tenantId = readTenant(workspace).id;
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
