import { WorkbenchError } from '../../shared/errors';
import type { Workspace } from '../workspace';
import { findApi } from './apis';

export interface ScopeWithUsage {
  value: string;
  description: string;
  /** How many applications hold it: the delete confirmation says so. */
  granted_to: number;
}

export function listScopes(workspace: Workspace, args: { api: string }): ScopeWithUsage[] {
  const tenant = workspace.tenant();
  const api = findApi(tenant, args.api);
  return api.scopes.map((scope) => ({
    ...scope,
    granted_to: tenant.client_grants.filter((g) => g.audience === api.identifier && g.scope.includes(scope.value)).length,
  }));
}

export function addScope(workspace: Workspace, args: { api: string; value: string; description: string }): ScopeWithUsage {
  return workspace.updateCurrentTenant((tenant) => {
    const api = findApi(tenant, args.api);
    if (api.scopes.some((s) => s.value === args.value)) {
      throw new WorkbenchError('conflict', `The permission "${args.value}" already exists in this API.`, 'value');
    }
    api.scopes.push({ value: args.value, description: args.description });
    api.updated_at = new Date().toISOString();
    return { value: args.value, description: args.description, granted_to: 0 };
  });
}

export function updateScope(workspace: Workspace, args: { api: string; value: string; description: string }): ScopeWithUsage {
  return workspace.updateCurrentTenant((tenant) => {
    const api = findApi(tenant, args.api);
    const scope = api.scopes.find((s) => s.value === args.value);
    if (scope === undefined) throw new WorkbenchError('not_found', `The permission "${args.value}" does not exist in this API.`, 'value');
    scope.description = args.description;
    api.updated_at = new Date().toISOString();
    const grantedTo = tenant.client_grants.filter((g) => g.audience === api.identifier && g.scope.includes(args.value)).length;
    return { ...scope, granted_to: grantedTo };
  });
}

/** Deleting a scope removes it from every grant for the API (DOMAIN.md §3). */
export function removeScope(workspace: Workspace, args: { api: string; value: string }): { removed: string; removed_from_grants: number } {
  return workspace.updateCurrentTenant((tenant) => {
    const api = findApi(tenant, args.api);
    if (!api.scopes.some((s) => s.value === args.value)) {
      throw new WorkbenchError('not_found', `The permission "${args.value}" does not exist in this API.`, 'value');
    }
    api.scopes = api.scopes.filter((s) => s.value !== args.value);
    api.updated_at = new Date().toISOString();
    let removedFromGrants = 0;
    for (const grant of tenant.client_grants) {
      if (grant.audience === api.identifier && grant.scope.includes(args.value)) {
        grant.scope = grant.scope.filter((s) => s !== args.value);
        removedFromGrants += 1;
      }
    }
    return { removed: args.value, removed_from_grants: removedFromGrants };
  });
}
