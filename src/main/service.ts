import type { WorkbenchService } from '../shared/contract/contract';
import { createApi, getApi, listApis } from './domain/apis';
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
  };
}
