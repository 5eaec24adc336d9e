/**
 * The key that signs new tokens, kept light on purpose: minting (the CLI's `mint`, the issuer's token
 * endpoint) loads this module, not the certificate machinery of tenant-keys.ts.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { WorkbenchError } from '../../shared/errors';
import { secretRef } from '../domain/secret-refs';
import type { StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import * as states from './key-states';

/** Tenant keys sign RS256 only (DOMAIN.md §6). */
const TENANT_SIGNING_ALG = 'RS256';

/**
 * The imported current private key of each tenant, per workspace: minting never re-imports a PEM per
 * token. One entry per tenant, replaced when the current kid changes (in this process or another).
 */
const currentKeys = new WeakMap<Workspace, Map<string, { kid: string; privateKey: KeyObject }>>();

export function currentKeyCache(workspace: Workspace): Map<string, { kid: string; privateKey: KeyObject }> {
  let cache = currentKeys.get(workspace);
  if (cache === undefined) currentKeys.set(workspace, (cache = new Map()));
  return cache;
}

export interface SigningKeyHandle {
  kid: string;
  alg: typeof TENANT_SIGNING_ALG;
  /** Main process only: never serialize. */
  privateKey: KeyObject;
}

function tenantKeys(workspace: Workspace, tenantId: string) {
  const tenant = workspace.read().tenants.find((t) => t.id === tenantId);
  if (tenant === undefined) throw new WorkbenchError('not_found', `There is no tenant "${tenantId}".`, 'tenant');
  return tenant.signing_keys;
}

/**
 * The key that signs new tokens. The imported KeyObject is cached per tenant, so minting costs one
 * workspace read (a stat when nothing changed) and a map lookup.
 */
export async function currentSigningKey(
  workspace: Workspace,
  tenantId: string,
  /** The tenant as the caller just read it: saves a read (a stat) per token. */
  tenant?: StoredTenant,
): Promise<SigningKeyHandle> {
  let current = states.keySet(tenant?.signing_keys ?? tenantKeys(workspace, tenantId)).current;
  if (current === undefined) {
    // A tenant gets its keys on first use; making them needs the certificate code, loaded only then.
    const { ensureTenantKeys } = await import('./tenant-keys');
    await ensureTenantKeys(workspace, tenantId);
    current = states.keySet(tenantKeys(workspace, tenantId)).current!;
  }
  const cache = currentKeyCache(workspace);
  const cached = cache.get(tenantId);
  let privateKey = cached?.kid === current.kid ? cached.privateKey : undefined;
  if (privateKey === undefined) {
    const pem = workspace.vault.get(secretRef.signingKey(tenantId, current.kid));
    if (pem === undefined) {
      throw new WorkbenchError(
        'storage',
        `The private key of the current signing key ${current.kid} is missing from the secrets file. Was secrets.json replaced or copied without workspace.json? Rotating makes the next key current.`,
      );
    }
    privateKey = createPrivateKey(pem);
    cache.set(tenantId, { kid: current.kid, privateKey });
  }
  return { kid: current.kid, alg: TENANT_SIGNING_ALG, privateKey };
}
