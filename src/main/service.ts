import fs from 'node:fs';
import path from 'node:path';
import type { WorkbenchService } from '../shared/contract/contract';
import { issuerForDomain } from '../shared/domain/tenant';
import { WorkbenchError } from '../shared/errors';
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
import { revealSigningSecret, rotateSigningSecret } from './domain/signing-secrets';
import {
  createTenant,
  currentTenant,
  deleteTenant,
  ensureTenant,
  listTenants,
  renameTenant,
  useTenant,
} from './domain/tenants';
import type { IssuerManager } from './issuer/manager';
import { currentSigningKey } from './keys/current-key';
import type { KeyLibrary } from './keys/key-library';
import { documentKeyLibraryStore } from './keys/library-store';
import { defaultExportDir } from './storage/data-dir';
import { clearHistory, recordMintedToken, setHistoryEnabled, tokenHistory } from './tokens/history';
import type { SigningThread } from './tokens/jws';
import { mintForApi } from './tokens/mint';
import type { Workspace } from './workspace';

export interface ServiceInfo {
  appVersion: string;
  /** The app's local issuer; entry points that start it with the app pass theirs. */
  issuer?: IssuerManager;
}

/** Loads a module on first use and keeps it: a command pays only for what it calls. */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

// Heavy modules (X.509, YAML, the HTTP server, the verifier), loaded when a method needs them.
const tenantKeys = lazy(() => import('./keys/tenant-keys'));
const keyLibrary = lazy(() => import('./keys/key-library'));
const configAsCode = lazy(() => import('./config-as-code'));
const issuerModule = lazy(() => import('./issuer/manager'));
const signing = lazy(() => import('./tokens/sign-token'));
const verifier = lazy(() => import('./verify'));
const workspaceKeys = lazy(() => import('./verify/workspace-keys'));

/**
 * The Workbench service: the contract implemented over one workspace. Every binding (IPC, web
 * host, CLI) calls it through `dispatch`, which validates arguments and results.
 */
export function createWorkbenchService(workspace: Workspace, info: ServiceInfo): WorkbenchService {
  ensureTenant(workspace);
  let issuerManager = info.issuer;
  const issuer = async (): Promise<IssuerManager> => (issuerManager ??= new (await issuerModule()).IssuerManager(workspace));
  const library: KeyLibrary = { store: documentKeyLibraryStore(workspace), vault: workspace.vault };
  const tenantId = () => workspace.tenant().id;
  // A lone mint (the Test tab, the CLI) signs in place; several at once go to the thread pool.
  let mintsInFlight = 0;
  const mintThread = (): SigningThread => (mintsInFlight > 1 ? 'thread-pool' : 'calling-thread');
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
    'keys.list': async () => (await tenantKeys()).listSigningKeys(workspace, tenantId()),
    'keys.preview': async (args) => (await tenantKeys()).previewKeyChange(workspace, tenantId(), args.action),
    'keys.rotate': async (args) => (await tenantKeys()).rotateSigningKeys(workspace, tenantId(), args),
    'keys.revoke': async (args) => (await tenantKeys()).revokePreviousKey(workspace, tenantId(), args.kid),
    'keys.rotateAndRevoke': async (args) => (await tenantKeys()).rotateAndRevoke(workspace, tenantId(), args),
    'keys.jwks': async () => (await tenantKeys()).tenantJwks(workspace, tenantId()),
    'keys.export': async (args) => (await tenantKeys()).exportSigningKey(workspace, tenantId(), args.kid, args.format),
    'library.list': async () => (await keyLibrary()).listLibraryKeys(library),
    'library.generate': async (args) => (await keyLibrary()).generateLibraryKey(library, args),
    'library.import': async (args) => (await keyLibrary()).importLibraryKey(library, args),
    'library.update': async (args) => (await keyLibrary()).updateLibraryKey(library, args),
    'library.delete': async (args) => (await keyLibrary()).deleteLibraryKey(library, args.id),
    'library.export': async (args) => (await keyLibrary()).exportLibraryKey(library, args.id, args.format),
    'library.exportPrivate': async (args) => {
      const lib = await keyLibrary();
      let filePath = args.filePath;
      if (filePath === undefined) {
        const dir = defaultExportDir(workspace.dataDir);
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        filePath = path.join(dir, lib.encryptedPrivateKeyFileName(library, args.id));
      }
      return lib.writeEncryptedPrivateKey(library, { id: args.id, password: args.password, filePath });
    },
    'config.export': async (args) => (await configAsCode()).exportTenant(workspace, args.format),
    'config.planImport': async (args) => (await configAsCode()).planImport(workspace, args),
    'config.applyImport': async (args) => (await configAsCode()).applyImport(workspace, args.plan),
    'issuer.status': async () => (await issuer()).status(),
    'issuer.start': async (args) => (await issuer()).start(args),
    'issuer.stop': async () => (await issuer()).stop(),
    'issuer.setStartWithApp': async (args) => (await issuer()).setStartWithApp(args.startWithApp),
    'issuer.requests': async () => (await issuer()).recentRequests(),
    'tokens.mint': async (args) => {
      const tenant = workspace.tenant();
      // Tokens carry the running local issuer's URL when it serves this tenant (DOMAIN.md §1).
      const iss = issuerManager?.issuerFor(tenant.id) ?? issuerForDomain(tenant.domain);
      mintsInFlight += 1;
      let result;
      try {
        result = await mintForApi(workspace, { currentTenantKey: currentSigningKey }, iss, args, mintThread, tenant);
      } finally {
        mintsInFlight -= 1;
      }
      if (result.outcome === 'issued') {
        const app = tenant.applications.find((a) => a.client_id === result.client_id);
        recordMintedToken(workspace, {
          time: new Date().toISOString(),
          audience: String(result.payload.aud),
          client_id: result.client_id,
          application: app?.name ?? result.client_id,
          token: result.response.access_token,
        }, tenant);
      }
      return result;
    },
    'tokens.sign': async (args) => (await signing()).signToken(workspace, library, args),
    'tokens.history': async () => tokenHistory(workspace),
    'tokens.setHistoryEnabled': async (args) => setHistoryEnabled(workspace, args.enabled),
    'tokens.clearHistory': async () => clearHistory(workspace),
    'debugger.verify': async ({ useWorkspaceKeys, ...args }) => {
      const { verifyToken } = await verifier();
      const key = useWorkspaceKeys === true ? (await workspaceKeys()).workspaceKeySet(workspace, library, args.token) : args.key;
      return verifyToken({ ...args, key });
    },
    'debugger.fetchJwks': async (args) => (await verifier()).fetchJwks(args.url),
    'debugger.discover': async (args) => (await verifier()).discoverJwks(args.issuer),
    'debugger.decrypt': async ({ libraryKeyId, ...args }) => {
      const { decryptToken, keySetFromKeys } = await verifier();
      if (libraryKeyId === undefined) return decryptToken(args);
      const material = (await keyLibrary()).libraryKeyMaterial(library, libraryKeyId);
      const key = material.privateKey ?? material.secretKey;
      if (key === undefined) throw new WorkbenchError('invalid_body', 'This library key has no private part: it cannot decrypt.', 'libraryKeyId');
      return decryptToken({ ...args, key: keySetFromKeys([{ key, kid: material.kid, label: 'key library' }]) });
    },
  };
}
