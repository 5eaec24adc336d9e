import type { Application, AppType } from '../../shared/domain/application';
import { WorkbenchError } from '../../shared/errors';
import type { StoredApplication, StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { newId } from './ids';
import { secretRef } from './secret-refs';

/** Machine-to-machine and regular web applications may use client credentials (DOMAIN.md §3). */
export function defaultGrantTypes(appType: AppType): string[] {
  switch (appType) {
    case 'non_interactive':
      return ['client_credentials'];
    case 'regular_web':
      return ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'];
    case 'spa':
    case 'native':
      return ['authorization_code', 'implicit', 'refresh_token'];
  }
}

/** "{API name} (Test Application)": made with every API, already authorized for it (DOMAIN.md §2). */
export function newTestApplication(apiName: string, now: string): StoredApplication {
  return newApplication(`${apiName} (Test Application)`, 'non_interactive', now);
}

function newApplication(name: string, appType: AppType, now: string): StoredApplication {
  return { client_id: newId.clientId(), name, app_type: appType, grant_types: defaultGrantTypes(appType), created_at: now };
}

export function toApplication(stored: StoredApplication): Application {
  return { ...stored };
}

/** An application by client_id or by name (names are what deploy-cli files and people use). */
export function findApplication(tenant: StoredTenant, ref: string): StoredApplication {
  const byId = tenant.applications.find((a) => a.client_id === ref);
  if (byId !== undefined) return byId;
  const byName = tenant.applications.filter((a) => a.name === ref);
  if (byName.length > 1) {
    throw new WorkbenchError('conflict', `${byName.length} applications are named "${ref}"; use the Client ID instead.`, 'app');
  }
  if (byName[0] === undefined) throw new WorkbenchError('not_found', `There is no application "${ref}".`, 'app');
  return byName[0];
}

export function listApplications(workspace: Workspace): Application[] {
  return workspace.tenant().applications.map(toApplication);
}

export function getApplication(workspace: Workspace, args: { app: string }): Application {
  return toApplication(findApplication(workspace.tenant(), args.app));
}

export function createApplication(workspace: Workspace, args: { name: string; app_type: AppType }): Application {
  const app = newApplication(args.name, args.app_type, new Date().toISOString());
  const tenantId = workspace.tenant().id;
  const ref = secretRef.clientSecret(tenantId, app.client_id);
  // Secret first: a crash between the writes leaves an unused secret, never an app without one.
  workspace.vault.set(ref, newId.clientSecret());
  try {
    workspace.updateCurrentTenant((tenant) => {
      if (tenant.id !== tenantId) throw new WorkbenchError('conflict', 'The current tenant changed meanwhile. Try again.');
      tenant.applications.push(app);
    });
  } catch (error) {
    workspace.vault.delete([ref]);
    throw error;
  }
  return toApplication(app);
}

/** Renaming keeps the client_id, so grants (which refer to it) are kept. */
export function updateApplication(
  workspace: Workspace,
  args: { app: string; name?: string | undefined; grant_types?: string[] | undefined },
): Application {
  return workspace.updateCurrentTenant((tenant) => {
    const app = findApplication(tenant, args.app);
    if (args.name !== undefined) app.name = args.name;
    if (args.grant_types !== undefined) app.grant_types = [...new Set(args.grant_types)];
    return toApplication(app);
  });
}

/** Deletes the application and its grants; confirmName must repeat its name. */
export function deleteApplication(workspace: Workspace, args: { app: string; confirmName: string }): { deleted: string; grants_removed: number } {
  const { app, tenantId, grantsRemoved } = workspace.updateCurrentTenant((tenant) => {
    const found = findApplication(tenant, args.app);
    if (args.confirmName !== found.name) {
      throw new WorkbenchError('invalid_body', `Type the application's name, ${found.name}, to confirm.`, 'confirmName');
    }
    const before = tenant.client_grants.length;
    tenant.applications = tenant.applications.filter((a) => a.client_id !== found.client_id);
    tenant.client_grants = tenant.client_grants.filter((g) => g.client_id !== found.client_id);
    return { app: found, tenantId: tenant.id, grantsRemoved: before - tenant.client_grants.length };
  });
  workspace.vault.delete([secretRef.clientSecret(tenantId, app.client_id)]);
  return { deleted: app.client_id, grants_removed: grantsRemoved };
}

/** The only way a client secret leaves the main process: an explicit call. */
export function revealClientSecret(workspace: Workspace, args: { app: string }): { client_id: string; client_secret: string } {
  const tenant = workspace.tenant();
  const app = findApplication(tenant, args.app);
  const secret = workspace.vault.get(secretRef.clientSecret(tenant.id, app.client_id));
  if (secret === undefined) {
    throw new WorkbenchError('not_found', `The application "${app.name}" has no client secret yet; rotate it to make one.`, 'app');
  }
  return { client_id: app.client_id, client_secret: secret };
}

export function rotateClientSecret(workspace: Workspace, args: { app: string }): { client_id: string; client_secret: string } {
  const tenant = workspace.tenant();
  const app = findApplication(tenant, args.app);
  const secret = newId.clientSecret();
  workspace.vault.set(secretRef.clientSecret(tenant.id, app.client_id), secret);
  return { client_id: app.client_id, client_secret: secret };
}
