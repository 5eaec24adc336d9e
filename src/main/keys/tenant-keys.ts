/**
 * A tenant's signing keys over a Workspace (DOMAIN.md §6): creation, rotation, revocation, the JWKS,
 * the Management API form, downloads, and the current private key for minting.
 *
 * Crash safety: a change that makes a key first generates it, then stores its private key in the
 * vault, then changes every state in ONE workspace write. A crash or kill before that write leaves the
 * old key set untouched (at worst an orphan vault entry that nothing refers to); after it, the new
 * set is complete. Private keys of revoked keys are deleted from the vault after the write.
 */
import { WorkbenchError } from '../../shared/errors';
import { secretRef } from '../domain/secret-refs';
import type { StoredSigningKey, StoredTenant, WorkspaceDocument } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { createSigningCertificate, parseCertificate } from './certificate';
import { jsonFile, publicExport } from './downloads';
import {
  certificateDer,
  certificateJwk,
  certificatePem,
  certificatePkcs7Pem,
  randomKid,
  thumbprintHex,
  fingerprint,
} from './formats';
import { generateRsaKeyPair } from './generate';
import { currentKeyCache } from './current-key';
import * as states from './key-states';

export { currentSigningKey, type SigningKeyHandle } from './current-key';
import type {
  CertificateExportFormat,
  CertificateInfo,
  ExportedFile,
  KeyChangeAction,
  KeyChangePreview,
  KeyChangeResult,
  ManagementSigningKey,
  SigningKeyView,
  TenantJwk,
  TenantJwks,
} from './public-view';

/** Tenant keys sign RS256 only (DOMAIN.md §6). */
export const TENANT_SIGNING_ALG = 'RS256';

// ---------------------------------------------------------------------------------------------
// Lookups, locks and caches

function findTenant(document: WorkspaceDocument, tenantId: string): StoredTenant {
  const tenant = document.tenants.find((t) => t.id === tenantId);
  if (tenant === undefined)
    throw new WorkbenchError('not_found', `There is no tenant "${tenantId}".`, 'tenant');
  return tenant;
}

const locks = new WeakMap<Workspace, Map<string, Promise<unknown>>>();

/**
 * Runs key changes of one tenant one after another within this process, so that two clicks cannot
 * interleave their generate/store/commit steps. (Other processes are covered by re-checking inside
 * the single write.)
 */
async function exclusive<T>(workspace: Workspace, tenantId: string, task: () => Promise<T>): Promise<T> {
  let byTenant = locks.get(workspace);
  if (byTenant === undefined) locks.set(workspace, (byTenant = new Map()));
  const before = byTenant.get(tenantId) ?? Promise.resolve();
  const run = before.then(task);
  const tail = run.catch(() => undefined);
  byTenant.set(tenantId, tail);
  try {
    return await run;
  } finally {
    if (byTenant.get(tenantId) === tail) byTenant.delete(tenantId);
  }
}

interface CertificateFacts {
  der: Buffer;
  info: CertificateInfo;
  jwkMembers: { n: string; e: string; x5t: string; x5c: string[] };
  pkcs7: string;
}

/** Parsed certificates by PEM (public data; a bounded cache so JWKS requests do not re-parse). */
const certificateFacts = new Map<string, CertificateFacts>();
const CERTIFICATE_CACHE_SIZE = 256;

function factsOf(cert: string): CertificateFacts {
  let facts = certificateFacts.get(cert);
  if (facts === undefined) {
    const der = certificateDer(cert);
    const jwk = certificateJwk(der, { kid: '', alg: TENANT_SIGNING_ALG });
    if (jwk.kty !== 'RSA' || jwk.n === undefined || jwk.e === undefined) {
      throw new WorkbenchError('storage', 'A tenant signing certificate does not hold an RSA key.');
    }
    facts = {
      der,
      info: parseCertificate(der),
      jwkMembers: { n: jwk.n, e: jwk.e, x5t: jwk.x5t, x5c: jwk.x5c },
      pkcs7: certificatePkcs7Pem([der], '\r\n').trimEnd(),
    };
    if (certificateFacts.size >= CERTIFICATE_CACHE_SIZE)
      certificateFacts.delete(certificateFacts.keys().next().value!);
    certificateFacts.set(cert, facts);
  }
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Views

export function signingKeyView(stored: StoredSigningKey): SigningKeyView {
  return {
    kid: stored.kid,
    state: stored.state,
    created_at: stored.created_at,
    ...(stored.current_since === undefined ? {} : { current_since: stored.current_since }),
    ...(stored.current_until === undefined ? {} : { current_until: stored.current_until }),
    ...(stored.revoked_at === undefined ? {} : { revoked_at: stored.revoked_at }),
    cert: stored.cert,
    certificate: structuredClone(factsOf(stored.cert).info),
  };
}

/** A JWKS entry: `{alg, kty, use, n, e, kid, x5t, x5c}` (DOMAIN.md §6). */
export function tenantJwk(stored: StoredSigningKey): TenantJwk {
  const { n, e, x5t, x5c } = factsOf(stored.cert).jwkMembers;
  return { alg: TENANT_SIGNING_ALG, kty: 'RSA', use: 'sig', n, e, kid: stored.kid, x5t, x5c: [...x5c] };
}

/**
 * The Management API form of a key. Like the real API, `cert` and `pkcs7` are PEM with CRLF line
 * breaks and no final newline; `fingerprint` is SHA-1 colon hex, `thumbprint` SHA-1 plain hex.
 */
export function managementKey(stored: StoredSigningKey): ManagementSigningKey {
  const facts = factsOf(stored.cert);
  return {
    kid: stored.kid,
    cert: certificatePem(facts.der, '\r\n').trimEnd(),
    pkcs7: facts.pkcs7,
    current: stored.state === 'current',
    next: stored.state === 'next',
    previous: stored.state === 'previous',
    ...(stored.current_since === undefined ? {} : { current_since: stored.current_since }),
    ...(stored.current_until === undefined ? {} : { current_until: stored.current_until }),
    fingerprint: fingerprint(facts.der, 'sha1'),
    thumbprint: thumbprintHex(facts.der),
    revoked: stored.state === 'revoked',
    ...(stored.revoked_at === undefined ? {} : { revoked_at: stored.revoked_at }),
  };
}

// ---------------------------------------------------------------------------------------------
// Making keys and committing changes

interface NewKey {
  stored: StoredSigningKey;
  /** PKCS#8 PEM, for the vault only. */
  privatePem: string;
}

/** A new RSA-2048 key with its certificate for `domain` (asynchronous: off the event loop). */
async function makeSigningKey(domain: string, now: string): Promise<NewKey> {
  const { privateKey, publicKey } = await generateRsaKeyPair(2048);
  const cert = await createSigningCertificate({ domain, privateKey, publicKey, notBefore: new Date(now) });
  return {
    stored: { kid: randomKid(), state: 'next', cert, created_at: now },
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Thrown inside a write to abandon it without saving (the key set changed under us). */
class Abandon extends Error {}

function deleteQuietly(workspace: Workspace, refs: readonly string[]): void {
  if (refs.length === 0) return;
  try {
    workspace.vault.delete(refs);
  } catch {
    // An orphan vault entry is harmless: nothing refers to it.
  }
}

/**
 * Step 1: private keys into the vault. Step 2: every state change in one workspace write. If step 2
 * fails, the vault entries of step 1 are removed again (best effort).
 */
function commit<R>(
  workspace: Workspace,
  tenantId: string,
  made: readonly NewKey[],
  apply: (tenant: StoredTenant) => R,
): R {
  const refs = made.map((k) => secretRef.signingKey(tenantId, k.stored.kid));
  workspace.vault.setMany(made.map((k, i) => [refs[i]!, k.privatePem] as const));
  try {
    return workspace.update((draft) => apply(findTenant(draft, tenantId)));
  } catch (error) {
    deleteQuietly(workspace, refs);
    throw error;
  }
}

/** After a committed revocation: the private keys of revoked keys leave the vault and the cache. */
function forgetPrivateKeys(
  workspace: Workspace,
  tenantId: string,
  revoked: readonly StoredSigningKey[],
): void {
  const cache = currentKeyCache(workspace);
  if (revoked.some((k) => k.kid === cache.get(tenantId)?.kid)) cache.delete(tenantId);
  deleteQuietly(
    workspace,
    revoked.map((k) => secretRef.signingKey(tenantId, k.kid)),
  );
}

async function ensureUnlocked(workspace: Workspace, tenantId: string): Promise<string[]> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const tenant = findTenant(workspace.read(), tenantId);
    const plan = states.completionPlan(tenant.signing_keys);
    if (states.isComplete(plan)) return [];
    const created = new Date().toISOString();
    const wanted = (plan.addCurrent ? 1 : 0) + (plan.addNext ? 1 : 0);
    const made = await Promise.all(
      Array.from({ length: wanted }, () => makeSigningKey(tenant.domain, created)),
    );
    try {
      return commit(workspace, tenantId, made, (draft) => {
        // Another process may have completed or changed the set while we generated.
        if (!states.samePlan(plan, states.completionPlan(draft.signing_keys))) throw new Abandon();
        states.complete(
          draft.signing_keys,
          plan,
          made.map((k) => k.stored),
          created, // a new tenant's first key is current from its creation
        );
        return made.map((k) => k.stored.kid);
      });
    } catch (error) {
      if (!(error instanceof Abandon)) throw error;
    }
  }
  throw new WorkbenchError(
    'conflict',
    'The signing keys kept changing while they were being created; try again.',
  );
}

/** A tenant without a complete key set gets one: a new tenant gets a current and a next key. Returns new kids. */
export function ensureTenantKeys(workspace: Workspace, tenantId: string): Promise<string[]> {
  const tenant = findTenant(workspace.read(), tenantId);
  if (states.isComplete(states.completionPlan(tenant.signing_keys))) return Promise.resolve([]);
  return exclusive(workspace, tenantId, () => ensureUnlocked(workspace, tenantId));
}

/** Every tenant of the workspace gets its keys (startup). */
export async function ensureAllTenantKeys(workspace: Workspace): Promise<void> {
  for (const tenant of workspace.read().tenants) await ensureTenantKeys(workspace, tenant.id);
}

function changeResult(
  action: KeyChangeAction,
  keys: readonly StoredSigningKey[],
  revoked: StoredSigningKey[],
): KeyChangeResult {
  const set = states.keySet(keys);
  return {
    action,
    current: signingKeyView(set.current!),
    next: signingKeyView(set.next!),
    previous: set.previous === undefined ? null : signingKeyView(set.previous),
    revoked: revoked.map(signingKeyView),
  };
}

export interface ChangeOptions {
  /** The current kid the user confirmed against; the change fails with `conflict` when it moved on. */
  expectCurrentKid?: string;
}

async function rotateWith(
  workspace: Workspace,
  tenantId: string,
  action: 'rotate' | 'rotate-and-revoke',
  options: ChangeOptions,
): Promise<KeyChangeResult> {
  await ensureTenantKeys(workspace, tenantId);
  return exclusive(workspace, tenantId, async () => {
    const tenant = findTenant(workspace.read(), tenantId);
    states.expectCurrent(tenant.signing_keys, options.expectCurrentKid);
    const made = await makeSigningKey(tenant.domain, new Date().toISOString());
    const { keys, revoked } = commit(workspace, tenantId, [made], (draft) => {
      states.expectCurrent(draft.signing_keys, options.expectCurrentKid);
      const now = new Date().toISOString();
      const revoked =
        action === 'rotate'
          ? states.rotate(draft.signing_keys, made.stored, now)
          : states.rotateAndRevoke(draft.signing_keys, made.stored, now);
      return { keys: draft.signing_keys, revoked };
    });
    const result = changeResult(action, keys, revoked);
    forgetPrivateKeys(workspace, tenantId, revoked);
    return result;
  });
}

/**
 * Rotate: next → current, current → previous, a new next key. The former previous key, if any, is
 * revoked now (one previous key at a time); `revoked` in the result says what stopped verifying.
 */
export function rotateSigningKeys(
  workspace: Workspace,
  tenantId: string,
  options: ChangeOptions = {},
): Promise<KeyChangeResult> {
  return rotateWith(workspace, tenantId, 'rotate', options);
}

/** Rotate, then revoke the key that was current until now (and the former previous), in one write. */
export function rotateAndRevoke(
  workspace: Workspace,
  tenantId: string,
  options: ChangeOptions = {},
): Promise<KeyChangeResult> {
  return rotateWith(workspace, tenantId, 'rotate-and-revoke', options);
}

/**
 * Revoke the previous key. `kid`, when given, must be the previous key's: any other state gets a
 * `conflict` WorkbenchError saying why (current and next keys cannot be revoked).
 */
export async function revokePreviousKey(
  workspace: Workspace,
  tenantId: string,
  kid?: string,
): Promise<KeyChangeResult> {
  await ensureTenantKeys(workspace, tenantId);
  return exclusive(workspace, tenantId, async () => {
    const { keys, revoked } = workspace.update((draft) => {
      const tenant = findTenant(draft, tenantId);
      const revoked = [states.revoke(tenant.signing_keys, kid, new Date().toISOString())];
      return { keys: tenant.signing_keys, revoked };
    });
    const result = changeResult('revoke', keys, revoked);
    forgetPrivateKeys(workspace, tenantId, revoked);
    return result;
  });
}

/** What a change would do, for its confirmation dialog (nothing is changed). */
export async function previewKeyChange(
  workspace: Workspace,
  tenantId: string,
  action: KeyChangeAction,
): Promise<KeyChangePreview> {
  await ensureTenantKeys(workspace, tenantId);
  return states.previewChange(findTenant(workspace.read(), tenantId).signing_keys, action);
}

// ---------------------------------------------------------------------------------------------
// Reading

async function storedKeys(workspace: Workspace, tenantId: string): Promise<StoredTenant> {
  await ensureTenantKeys(workspace, tenantId);
  return findTenant(workspace.read(), tenantId);
}

/** The keys view: current, next, previous, then the last three revoked keys (newest first). */
export async function listSigningKeys(workspace: Workspace, tenantId: string): Promise<SigningKeyView[]> {
  return states.visibleKeys((await storedKeys(workspace, tenantId)).signing_keys).map(signingKeyView);
}

function findKey(tenant: StoredTenant, kid: string): StoredSigningKey {
  const key = tenant.signing_keys.find((k) => k.kid === kid);
  if (key === undefined)
    throw new WorkbenchError('not_found', `There is no signing key with kid "${kid}".`, 'kid');
  return key;
}

export async function getSigningKey(
  workspace: Workspace,
  tenantId: string,
  kid: string,
): Promise<SigningKeyView> {
  return signingKeyView(findKey(await storedKeys(workspace, tenantId), kid));
}

/** `GET /api/v2/keys/signing`: the keys view in the Management API form. */
export async function managementKeys(
  workspace: Workspace,
  tenantId: string,
): Promise<ManagementSigningKey[]> {
  return states.visibleKeys((await storedKeys(workspace, tenantId)).signing_keys).map(managementKey);
}

/** The tenant's JWKS: current, next, and previous until it is revoked, in that order. */
export async function tenantJwks(workspace: Workspace, tenantId: string): Promise<TenantJwks> {
  return { keys: states.verifyingKeys((await storedKeys(workspace, tenantId)).signing_keys).map(tenantJwk) };
}

/** A download of a tenant key (`kid`), or of the whole JWKS (`format: 'jwks'`). */
export async function exportSigningKey(
  workspace: Workspace,
  tenantId: string,
  kid: string,
  format: CertificateExportFormat,
): Promise<ExportedFile> {
  const tenant = await storedKeys(workspace, tenantId);
  if (format === 'jwks') {
    const jwks = { keys: states.verifyingKeys(tenant.signing_keys).map(tenantJwk) };
    return jsonFile(`${tenant.domain}-jwks.json`, 'application/jwk-set+json', jwks);
  }
  const key = findKey(tenant, kid);
  return publicExport(
    { cert: key.cert, kid: key.kid, alg: TENANT_SIGNING_ALG, baseName: `${tenant.domain}-${key.kid}` },
    format,
  );
}


