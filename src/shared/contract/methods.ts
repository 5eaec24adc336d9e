/**
 * The names of every contract method, and nothing else. The preload script imports only this
 * file (it must stay a small self-contained bundle); `contract.ts` is checked against it.
 */
export const METHOD_NAMES = [
  'workspace.status',
  'tenants.list',
  'tenants.current',
  'tenants.create',
  'tenants.rename',
  'tenants.use',
  'tenants.delete',
  'apis.list',
  'apis.get',
  'apis.create',
  'apis.update',
  'apis.delete',
  'scopes.list',
  'scopes.add',
  'scopes.update',
  'scopes.remove',
  'applications.list',
  'applications.get',
  'applications.create',
  'applications.update',
  'applications.delete',
  'applications.revealSecret',
  'applications.rotateSecret',
  'grants.list',
  'grants.create',
  'grants.update',
  'grants.remove',
  'apis.revealSigningSecret',
  'apis.rotateSigningSecret',
  'keys.list',
  'keys.preview',
  'keys.rotate',
  'keys.revoke',
  'keys.rotateAndRevoke',
  'keys.jwks',
  'keys.export',
  'library.list',
  'library.generate',
  'library.import',
  'library.update',
  'library.delete',
  'library.export',
  'library.exportPrivate',
  'config.export',
  'config.planImport',
  'config.applyImport',
  'issuer.status',
  'issuer.start',
  'issuer.stop',
  'issuer.setStartWithApp',
  'issuer.requests',
  'tokens.mint',
  'tokens.sign',
  'tokens.history',
  'tokens.setHistoryEnabled',
  'tokens.clearHistory',
  'debugger.verify',
  'debugger.fetchJwks',
  'debugger.discover',
  'debugger.decrypt',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** `apis.create` → `['apis', 'create']`: the shape of `window.workbench.apis.create`. */
export function splitMethodName(name: MethodName): [namespace: string, fn: string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

/** The IPC channel of a method; one per method, so handlers are registered one by one. */
export function ipcChannel(name: MethodName): string {
  return `workbench:${name}`;
}

/** The web host's RPC route of a method. */
export function rpcPath(name: MethodName): string {
  return `/rpc/${name}`;
}
