import type { ClientGrant } from '../../shared/domain/application';
import { WorkbenchError } from '../../shared/errors';
import type { StoredApi, StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { findApi } from './apis';
import { findApplication } from './applications';
import { newId } from './ids';

/** A grant may only name scopes that its API defines (DOMAIN.md §3). */
function checkScopes(api: StoredApi, scope: string[]): string[] {
  const defined = new Set(api.scopes.map((s) => s.value));
  const unknown = scope.filter((s) => !defined.has(s));
  if (unknown.length > 0) {
    throw new WorkbenchError(
      'invalid_body',
      `${unknown.map((s) => `"${s}"`).join(', ')} ${unknown.length === 1 ? 'is not a permission' : 'are not permissions'} of ${api.identifier}.`,
      'scope',
    );
  }
  return [...new Set(scope)];
}

export function listGrants(workspace: Workspace, args: { api?: string | undefined; app?: string | undefined }): ClientGrant[] {
  const tenant = workspace.tenant();
  const audience = args.api === undefined ? undefined : findApi(tenant, args.api).identifier;
  const clientId = args.app === undefined ? undefined : findApplication(tenant, args.app).client_id;
  return tenant.client_grants
    .filter((g) => (audience === undefined || g.audience === audience) && (clientId === undefined || g.client_id === clientId))
    .map((g) => ({ ...g }));
}

function findGrant(tenant: StoredTenant, clientId: string, audience: string) {
  return tenant.client_grants.find((g) => g.client_id === clientId && g.audience === audience);
}

export function createGrant(workspace: Workspace, args: { app: string; api: string; scope: string[] }): ClientGrant {
  return workspace.updateCurrentTenant((tenant) => {
    const app = findApplication(tenant, args.app);
    const api = findApi(tenant, args.api);
    if (findGrant(tenant, app.client_id, api.identifier) !== undefined) {
      throw new WorkbenchError('conflict', `A client grant already exists between ${app.client_id} and ${api.identifier}`);
    }
    const grant = { id: newId.clientGrant(), client_id: app.client_id, audience: api.identifier, scope: checkScopes(api, args.scope) };
    tenant.client_grants.push(grant);
    return { ...grant };
  });
}

export function updateGrant(workspace: Workspace, args: { app: string; api: string; scope: string[] }): ClientGrant {
  return workspace.updateCurrentTenant((tenant) => {
    const app = findApplication(tenant, args.app);
    const api = findApi(tenant, args.api);
    const grant = findGrant(tenant, app.client_id, api.identifier);
    if (grant === undefined) {
      throw new WorkbenchError('not_found', `"${app.name}" is not authorized for ${api.identifier}.`);
    }
    grant.scope = checkScopes(api, args.scope);
    return { ...grant };
  });
}

/** Turning authorization off removes the grant. */
export function removeGrant(workspace: Workspace, args: { app: string; api: string }): { deleted: string } {
  return workspace.updateCurrentTenant((tenant) => {
    const app = findApplication(tenant, args.app);
    const api = findApi(tenant, args.api);
    const grant = findGrant(tenant, app.client_id, api.identifier);
    if (grant === undefined) throw new WorkbenchError('not_found', `"${app.name}" is not authorized for ${api.identifier}.`);
    tenant.client_grants = tenant.client_grants.filter((g) => g.id !== grant.id);
    return { deleted: grant.id };
  });
}
