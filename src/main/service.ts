import type { WorkbenchService } from '../shared/contract/contract';
import { createApi, deleteApi, getApi, listApis, updateApi } from './domain/apis';
import {
  createApplication,
  deleteApplication,
  getApplication,
  listApplications,
  revealClientSecret,
  rotateClientSecret,
  updateApplication,
} from './domain/applications';
import { createGrant, listGrants, removeGrant, updateGrant } from './domain/grants';
import { addScope, listScopes, removeScope, updateScope } from './domain/scopes';
import {
  createTenant,
  currentTenant,
  deleteTenant,
  ensureTenant,
  listTenants,
  renameTenant,
  useTenant,
} from './domain/tenants';
import type { Workspace } from './workspace';

export interface ServiceInfo {
  appVersion: string;
}

/**
 * The Workbench service: the contract implemented over one workspace. Every binding (IPC, web
 * host, CLI) calls it through `dispatch`, which validates arguments and results.
 */
export function createWorkbenchService(workspace: Workspace, info: ServiceInfo): WorkbenchService {
  ensureTenant(workspace);
  return {
    'workspace.status': async () => ({
      dataDir: workspace.dataDir,
      secretsAtRest: workspace.vault.protection,
      notices: workspace.notices,
      appVersion: info.appVersion,
    }),
    'tenants.list': async () => listTenants(workspace),
    'tenants.current': async () => currentTenant(workspace),
    'tenants.create': async (args) => createTenant(workspace, args),
    'tenants.rename': async (args) => renameTenant(workspace, args),
    'tenants.use': async (args) => useTenant(workspace, args),
    'tenants.delete': async (args) => deleteTenant(workspace, args),
    'apis.list': async () => listApis(workspace),
    'apis.get': async (args) => getApi(workspace, args),
    'apis.create': async (args) => createApi(workspace, args),
    'apis.update': async (args) => updateApi(workspace, args),
    'apis.delete': async (args) => deleteApi(workspace, args),
    'scopes.list': async (args) => listScopes(workspace, args),
    'scopes.add': async (args) => addScope(workspace, args),
    'scopes.update': async (args) => updateScope(workspace, args),
    'scopes.remove': async (args) => removeScope(workspace, args),
    'applications.list': async () => listApplications(workspace),
    'applications.get': async (args) => getApplication(workspace, args),
    'applications.create': async (args) => createApplication(workspace, args),
    'applications.update': async (args) => updateApplication(workspace, args),
    'applications.delete': async (args) => deleteApplication(workspace, args),
    'applications.revealSecret': async (args) => revealClientSecret(workspace, args),
    'applications.rotateSecret': async (args) => rotateClientSecret(workspace, args),
    'grants.list': async (args) => listGrants(workspace, args),
    'grants.create': async (args) => createGrant(workspace, args),
    'grants.update': async (args) => updateGrant(workspace, args),
    'grants.remove': async (args) => removeGrant(workspace, args),
  };
}
