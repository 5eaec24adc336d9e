import { WorkbenchError } from '../../shared/errors';
import { issuerForDomain, type Tenant } from '../../shared/domain/tenant';
import type { StoredTenant, WorkspaceDocument } from '../storage/workspace-schema';
import { Workspace } from '../workspace';
import { newId } from './ids';
import { secretRef } from './secret-refs';

export function toTenant(stored: StoredTenant, document: WorkspaceDocument): Tenant {
  return {
    id: stored.id,
    domain: stored.domain,
    name: stored.name,
    issuer: issuerForDomain(stored.domain),
    created_at: stored.created_at,
    current: Workspace.currentTenant(document).id === stored.id,
  };
}

function newTenant(domain: string, name?: string): StoredTenant {
  return {
    id: newId.tenant(),
    domain,
    name: name ?? domain,
    created_at: new Date().toISOString(),
    apis: [],
    applications: [],
    client_grants: [],
    signing_keys: [],
    token_history_enabled: false,
    token_history: [],
  };
}

/** First run: a workspace without tenants gets one with a random dev-xxxxxx.local domain. */
export function ensureTenant(workspace: Workspace): void {
  if (workspace.read().tenants.length > 0) return;
  workspace.update((draft) => {
    if (draft.tenants.length > 0) return; // another process was first
    const tenant = newTenant(newId.tenantDomain());
    draft.tenants.push(tenant);
    draft.currentTenantId = tenant.id;
  });
}

/** A tenant by id or domain. */
export function findTenant(document: WorkspaceDocument, ref: string): StoredTenant {
  const tenant = document.tenants.find((t) => t.id === ref || t.domain === ref.toLowerCase());
  if (tenant === undefined) throw new WorkbenchError('not_found', `There is no tenant "${ref}".`, 'tenant');
  return tenant;
}

export function listTenants(workspace: Workspace): Tenant[] {
  const document = workspace.read();
  return document.tenants.map((t) => toTenant(t, document));
}

export function currentTenant(workspace: Workspace): Tenant {
  const document = workspace.read();
  return toTenant(Workspace.currentTenant(document), document);
}

export function createTenant(
  workspace: Workspace,
  args: { domain?: string | undefined; name?: string | undefined; use: boolean },
): Tenant {
  return workspace.update((draft) => {
    let domain = args.domain;
    if (domain === undefined) {
      do domain = newId.tenantDomain();
      while (draft.tenants.some((t) => t.domain === domain));
    } else if (draft.tenants.some((t) => t.domain === domain)) {
      throw new WorkbenchError('conflict', `A tenant with domain "${domain}" already exists.`, 'domain');
    }
    const tenant = newTenant(domain, args.name);
    draft.tenants.push(tenant);
    if (args.use || draft.currentTenantId === null) draft.currentTenantId = tenant.id;
    return toTenant(tenant, draft);
  });
}

export function renameTenant(workspace: Workspace, args: { tenant: string; name: string }): Tenant {
  return workspace.update((draft) => {
    const tenant = findTenant(draft, args.tenant);
    tenant.name = args.name;
    return toTenant(tenant, draft);
  });
}

export function useTenant(workspace: Workspace, args: { tenant: string }): Tenant {
  return workspace.update((draft) => {
    const tenant = findTenant(draft, args.tenant);
    draft.currentTenantId = tenant.id;
    return toTenant(tenant, draft);
  });
}

export function deleteTenant(workspace: Workspace, args: { tenant: string; confirmDomain: string }): { deleted: string } {
  const deleted = workspace.update((draft) => {
    const tenant = findTenant(draft, args.tenant);
    if (args.confirmDomain !== tenant.domain) {
      throw new WorkbenchError(
        'invalid_body',
        `Type the tenant's domain, ${tenant.domain}, to confirm that it and everything in it is deleted.`,
        'confirmDomain',
      );
    }
    if (draft.tenants.length === 1) {
      throw new WorkbenchError('conflict', `${tenant.domain} is the only tenant. Create another tenant before deleting this one.`, 'tenant');
    }
    draft.tenants = draft.tenants.filter((t) => t.id !== tenant.id);
    if (draft.currentTenantId === tenant.id) draft.currentTenantId = draft.tenants[0]?.id ?? null;
    return tenant;
  });
  workspace.vault.deleteByPrefix(secretRef.tenantPrefix(deleted.id));
  return { deleted: deleted.domain };
}
