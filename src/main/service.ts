import path from 'node:path';
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
import { applyImport, exportTenant, planImport } from './config-as-code';
import { revealSigningSecret, rotateSigningSecret } from './domain/signing-secrets';
import { IssuerManager } from './issuer/manager';
import {
  deleteLibraryKey,
  documentKeyLibraryStore,
  encryptedPrivateKeyFileName,
  exportLibraryKey,
  generateLibraryKey,
  importLibraryKey,
  libraryKeyMaterial,
  listLibraryKeys,
  updateLibraryKey,
  writeEncryptedPrivateKey,
  type KeyLibrary,
} from './keys/key-library';
import {
  exportSigningKey,
  listSigningKeys,
  previewKeyChange,
  revokePreviousKey,
  rotateAndRevoke,
  rotateSigningKeys,
  tenantJwks,
} from './keys/tenant-keys';
import { defaultExportDir } from './storage/data-dir';
import { clearHistory, recordMintedToken, setHistoryEnabled, tokenHistory } from './tokens/history';
import { mintForApi } from './tokens/mint';
import { signToken } from './tokens/sign-token';
import { currentSigningKey } from './keys/tenant-keys';
import { issuerForDomain } from '../shared/domain/tenant';
import { WorkbenchError } from '../shared/errors';
import { decryptToken, discoverJwks, fetchJwks, keySetFromKeys, verifyToken } from './verify';
import { workspaceKeySet } from './verify/workspace-keys';
import type { Workspace } from './workspace';

export interface ServiceInfo {
  appVersion: string;
  /** The app's local issuer; entry points that start it with the app pass theirs. */
  issuer?: IssuerManager;
}

/**
 * The Workbench service: the contract implemented over one workspace. Every binding (IPC, web
 * host, CLI) calls it through `dispatch`, which validates arguments and results.
 */
export function createWorkbenchService(workspace: Workspace, info: ServiceInfo): WorkbenchService {
  ensureTenant(workspace);
  const issuer = info.issuer ?? new IssuerManager(workspace);
  const library: KeyLibrary = { store: documentKeyLibraryStore(workspace), vault: workspace.vault };
  const tenantId = () => workspace.tenant().id;
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
    'apis.revealSigningSecret': async (args) => revealSigningSecret(workspace, args),
    'apis.rotateSigningSecret': async (args) => rotateSigningSecret(workspace, args),
    'keys.list': () => listSigningKeys(workspace, tenantId()),
    'keys.preview': (args) => previewKeyChange(workspace, tenantId(), args.action),
    'keys.rotate': (args) => rotateSigningKeys(workspace, tenantId(), args),
    'keys.revoke': (args) => revokePreviousKey(workspace, tenantId(), args.kid),
    'keys.rotateAndRevoke': (args) => rotateAndRevoke(workspace, tenantId(), args),
    'keys.jwks': () => tenantJwks(workspace, tenantId()),
    'keys.export': (args) => exportSigningKey(workspace, tenantId(), args.kid, args.format),
    'library.list': async () => listLibraryKeys(library),
    'library.generate': (args) => generateLibraryKey(library, args),
    'library.import': (args) => importLibraryKey(library, args),
    'library.update': async (args) => updateLibraryKey(library, args),
    'library.delete': async (args) => deleteLibraryKey(library, args.id),
    'library.export': async (args) => exportLibraryKey(library, args.id, args.format),
    'library.exportPrivate': (args) =>
      writeEncryptedPrivateKey(library, {
        id: args.id,
        password: args.password,
        filePath: args.filePath ?? path.join(defaultExportDir(workspace.dataDir), encryptedPrivateKeyFileName(library, args.id)),
      }),
    'config.export': async (args) => exportTenant(workspace, args.format),
    'config.planImport': async (args) => planImport(workspace, args),
    'config.applyImport': async (args) => applyImport(workspace, args.plan),
    'issuer.status': async () => issuer.status(),
    'issuer.start': (args) => issuer.start(args),
    'issuer.stop': () => issuer.stop(),
    'issuer.setStartWithApp': async (args) => issuer.setStartWithApp(args.startWithApp),
    'issuer.requests': async () => issuer.recentRequests(),
    'tokens.mint': async (args) => {
      const tenant = workspace.tenant();
      // Tokens carry the running local issuer's URL when it serves this tenant (DOMAIN.md §1).
      const iss = issuer.issuerFor(tenant.id) ?? issuerForDomain(tenant.domain);
      const result = await mintForApi(workspace, { currentTenantKey: currentSigningKey }, iss, args);
      if (result.outcome === 'issued') {
        const app = tenant.applications.find((a) => a.client_id === result.client_id);
        recordMintedToken(workspace, {
          time: new Date().toISOString(),
          audience: String(result.payload.aud),
          client_id: result.client_id,
          application: app?.name ?? result.client_id,
          token: result.response.access_token,
        });
      }
      return result;
    },
    'tokens.sign': (args) => signToken(workspace, library, args),
    'tokens.history': async () => tokenHistory(workspace),
    'tokens.setHistoryEnabled': async (args) => setHistoryEnabled(workspace, args.enabled),
    'tokens.clearHistory': async () => clearHistory(workspace),
    'debugger.verify': async ({ useWorkspaceKeys, ...args }) =>
      verifyToken({ ...args, key: useWorkspaceKeys === true ? workspaceKeySet(workspace, library, args.token) : args.key }),
    'debugger.fetchJwks': (args) => fetchJwks(args.url),
    'debugger.discover': (args) => discoverJwks(args.issuer),
    'debugger.decrypt': async ({ libraryKeyId, ...args }) => {
      if (libraryKeyId === undefined) return decryptToken(args);
      const material = libraryKeyMaterial(library, libraryKeyId);
      const key = material.privateKey ?? material.secretKey;
      if (key === undefined) throw new WorkbenchError('invalid_body', 'This library key has no private part: it cannot decrypt.', 'libraryKeyId');
      return decryptToken({ ...args, key: keySetFromKeys([{ key, kid: material.kid, label: 'key library' }]) });
    },
  };
}
