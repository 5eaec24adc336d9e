import fs from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { secretRef } from '../../../src/main/domain/secret-refs';
import { certificateDer, x5t } from '../../../src/main/keys/formats';
import {
  TenantJwksSchema,
  ManagementSigningKeySchema,
  SigningKeyViewSchema,
} from '../../../src/main/keys/public-view';
import {
  currentSigningKey,
  ensureTenantKeys,
  exportSigningKey,
  listSigningKeys,
  managementKeys,
  previewKeyChange,
  revokePreviousKey,
  rotateAndRevoke,
  rotateSigningKeys,
  tenantJwks,
} from '../../../src/main/keys/tenant-keys';
import type { Workspace } from '../../../src/main/workspace';
import { WorkbenchError } from '../../../src/shared/errors';
import { openTestWorkbench } from '../../helpers/service';
import { hasOpenssl, openssl, testRsaKeyPool } from './helpers';

/** Key states are what these tests are about: RSA keys come from a fixture pool unless `real` is set. */
const keySource = vi.hoisted(() => ({ real: false, draw: undefined as undefined | (() => unknown) }));
vi.mock('../../../src/main/keys/generate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/main/keys/generate')>();
  return {
    ...original,
    generateRsaKeyPair: async (bits?: 2048 | 3072 | 4096) =>
      keySource.real || keySource.draw === undefined ? original.generateRsaKeyPair(bits) : keySource.draw(),
  };
});
beforeAll(() => {
  keySource.draw = testRsaKeyPool();
});

function setup() {
  const bench = openTestWorkbench();
  const tenant = bench.workspace.read().tenants[0]!;
  return { ...bench, tenantId: tenant.id, domain: tenant.domain };
}

/** The vault entries as they are on disk. */
function vaultRefs(dataDir: string): string[] {
  const file = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
    entries: Record<string, string>;
  };
  return Object.keys(file.entries).filter((ref) => ref.includes(':signing_key:'));
}

function statesOf(workspace: Workspace, tenantId: string): Record<string, string> {
  const tenant = workspace.read().tenants.find((t) => t.id === tenantId)!;
  return Object.fromEntries(tenant.signing_keys.map((k) => [k.kid, k.state]));
}

async function mint(workspace: Workspace, tenantId: string): Promise<string> {
  const { kid, privateKey } = await currentSigningKey(workspace, tenantId);
  return new SignJWT({ scope: 'read:things' })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}

async function verifies(workspace: Workspace, tenantId: string, token: string): Promise<boolean> {
  const jwks = await tenantJwks(workspace, tenantId);
  try {
    await jwtVerify(token, createLocalJWKSet(jwks as JSONWebKeySet), { algorithms: ['RS256'] });
    return true;
  } catch {
    return false;
  }
}

async function rejects(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbenchError);
  expect((error as WorkbenchError).code).toBe(code);
  expect((error as WorkbenchError).message).toMatch(message);
}

describe('a new tenant', () => {
  it('gets a current and a next key (really generated), private keys in the vault, once even when asked concurrently', async () => {
    const { workspace, tenantId, dataDir, domain } = setup();
    keySource.real = true;
    const made = await Promise.all([
      ensureTenantKeys(workspace, tenantId),
      ensureTenantKeys(workspace, tenantId),
    ]).finally(() => (keySource.real = false));
    expect(made.flat()).toHaveLength(2);
    expect(await ensureTenantKeys(workspace, tenantId)).toEqual([]);
    const keys = await listSigningKeys(workspace, tenantId);
    expect(keys.map((k) => k.state)).toEqual(['current', 'next']);
    for (const key of keys) {
      expect(SigningKeyViewSchema.parse(key)).toEqual(key);
      expect(key.kid).toMatch(/^[A-Za-z0-9_-]{21}$/);
      expect(key.certificate.subject).toBe(`CN=${domain}`);
      expect(workspace.vault.get(secretRef.signingKey(tenantId, key.kid))).toMatch(
        /^-----BEGIN PRIVATE KEY-----/,
      );
    }
    expect(keys[0]!.current_since).toBe(keys[0]!.created_at);
    expect(vaultRefs(dataDir)).toHaveLength(2);
  });

  it('publishes both keys in its JWKS, exactly as DOMAIN.md §6 describes', async () => {
    const { workspace, tenantId } = setup();
    const jwks = await tenantJwks(workspace, tenantId);
    expect(TenantJwksSchema.parse(jwks)).toEqual(jwks);
    const keys = await listSigningKeys(workspace, tenantId);
    expect(jwks.keys.map((k) => k.kid)).toEqual(keys.map((k) => k.kid));
    for (const [i, jwk] of jwks.keys.entries()) {
      expect(Object.keys(jwk)).toEqual(['alg', 'kty', 'use', 'n', 'e', 'kid', 'x5t', 'x5c']);
      expect(jwk).toMatchObject({ alg: 'RS256', kty: 'RSA', use: 'sig', e: 'AQAB' });
      expect(jwk.x5t).toBe(x5t(certificateDer(keys[i]!.cert)));
      expect(jwk.x5c).toEqual([certificateDer(keys[i]!.cert).toString('base64')]);
    }
  });
});

describe('rotate, revoke, rotate & revoke', () => {
  it('rotate: the old current key still verifies and stays in the JWKS; revoke: it is gone and no longer verifies', async () => {
    const { workspace, tenantId } = setup();
    const token = await mint(workspace, tenantId);
    const [first, second] = await listSigningKeys(workspace, tenantId);
    expect(await verifies(workspace, tenantId, token)).toBe(true);

    expect((await previewKeyChange(workspace, tenantId, 'rotate')).stops_verifying).toEqual([]);
    const rotated = await rotateSigningKeys(workspace, tenantId, { expectCurrentKid: first!.kid });
    expect(rotated.action).toBe('rotate');
    expect(rotated.current.kid).toBe(second!.kid);
    expect(rotated.previous!.kid).toBe(first!.kid);
    expect(rotated.previous!.current_until).toBe(rotated.current.current_since);
    expect(rotated.revoked).toEqual([]);
    expect((await tenantJwks(workspace, tenantId)).keys.map((k) => k.kid)).toEqual([
      second!.kid,
      rotated.next.kid,
      first!.kid,
    ]);
    expect(await verifies(workspace, tenantId, token)).toBe(true);
    const newToken = await mint(workspace, tenantId);
    expect(JSON.parse(Buffer.from(newToken.split('.')[0]!, 'base64url').toString()).kid).toBe(second!.kid);
    expect(await verifies(workspace, tenantId, newToken)).toBe(true);

    expect((await previewKeyChange(workspace, tenantId, 'revoke')).stops_verifying).toEqual([
      { kid: first!.kid, state: 'previous' },
    ]);
    const revoked = await revokePreviousKey(workspace, tenantId, first!.kid);
    expect(revoked.revoked.map((k) => k.kid)).toEqual([first!.kid]);
    expect(revoked.previous).toBeNull();
    expect((await tenantJwks(workspace, tenantId)).keys.map((k) => k.kid)).toEqual([
      second!.kid,
      rotated.next.kid,
    ]);
    expect(await verifies(workspace, tenantId, token)).toBe(false);
    expect(await verifies(workspace, tenantId, newToken)).toBe(true);
    // A revoked key's private key leaves the vault.
    expect(workspace.vault.get(secretRef.signingKey(tenantId, first!.kid))).toBeUndefined();
    const listed = await listSigningKeys(workspace, tenantId);
    expect(listed.map((k) => [k.kid, k.state])).toEqual([
      [second!.kid, 'current'],
      [rotated.next.kid, 'next'],
      [first!.kid, 'revoked'],
    ]);
    expect(listed[2]!.revoked_at).toBeDefined();
  });

  it('rotating while a previous key exists revokes that key, and says so', async () => {
    const { workspace, tenantId } = setup();
    const [first] = await listSigningKeys(workspace, tenantId);
    const oldToken = await mint(workspace, tenantId);
    await rotateSigningKeys(workspace, tenantId);
    expect((await previewKeyChange(workspace, tenantId, 'rotate')).stops_verifying).toEqual([
      { kid: first!.kid, state: 'previous' },
    ]);
    const again = await rotateSigningKeys(workspace, tenantId);
    expect(again.revoked.map((k) => k.kid)).toEqual([first!.kid]);
    expect(again.revoked[0]!.state).toBe('revoked');
    expect(await verifies(workspace, tenantId, oldToken)).toBe(false);
    expect(Object.values(statesOf(workspace, tenantId)).sort()).toEqual([
      'current',
      'next',
      'previous',
      'revoked',
    ]);
  });

  it('rotate & revoke: the current key and the former previous stop verifying at once', async () => {
    const { workspace, tenantId } = setup();
    await rotateSigningKeys(workspace, tenantId);
    const [current, next, previous] = await listSigningKeys(workspace, tenantId);
    const token = await mint(workspace, tenantId);
    const preview = await previewKeyChange(workspace, tenantId, 'rotate-and-revoke');
    expect(preview.stops_verifying.map((k) => k.kid)).toEqual([current!.kid, previous!.kid]);
    const result = await rotateAndRevoke(workspace, tenantId, { expectCurrentKid: current!.kid });
    expect(result.revoked.map((k) => k.kid).sort()).toEqual([current!.kid, previous!.kid].sort());
    expect(result.current.kid).toBe(next!.kid);
    expect(result.previous).toBeNull();
    expect((await tenantJwks(workspace, tenantId)).keys.map((k) => k.kid)).toEqual([
      next!.kid,
      result.next.kid,
    ]);
    expect(await verifies(workspace, tenantId, token)).toBe(false);
  });

  it('refuses to revoke anything but the previous key, with a clear error', async () => {
    const { workspace, tenantId } = setup();
    const [current, next] = await listSigningKeys(workspace, tenantId);
    await rejects(revokePreviousKey(workspace, tenantId), 'conflict', /no previous signing key to revoke/);
    await rejects(
      revokePreviousKey(workspace, tenantId, current!.kid),
      'conflict',
      /is the current key and cannot be revoked/,
    );
    await rejects(
      revokePreviousKey(workspace, tenantId, next!.kid),
      'conflict',
      /is the next key and cannot be revoked/,
    );
    await rejects(
      revokePreviousKey(workspace, tenantId, 'nope'),
      'not_found',
      /no signing key with kid "nope"/,
    );
    await rotateSigningKeys(workspace, tenantId);
    await revokePreviousKey(workspace, tenantId, current!.kid);
    await rejects(revokePreviousKey(workspace, tenantId, current!.kid), 'conflict', /already revoked/);
  });

  it('refuses a change confirmed against a stale key set (double click), without leaving anything behind', async () => {
    const { workspace, tenantId, dataDir } = setup();
    const [current] = await listSigningKeys(workspace, tenantId);
    const results = await Promise.allSettled([
      rotateSigningKeys(workspace, tenantId, { expectCurrentKid: current!.kid }),
      rotateSigningKeys(workspace, tenantId, { expectCurrentKid: current!.kid }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as WorkbenchError).code).toBe('conflict');
    expect(Object.values(statesOf(workspace, tenantId)).sort()).toEqual(['current', 'next', 'previous']);
    expect(vaultRefs(dataDir)).toHaveLength(3);
  });

  it('serializes concurrent rotations in one process', async () => {
    const { workspace, tenantId } = setup();
    await Promise.all([rotateSigningKeys(workspace, tenantId), rotateSigningKeys(workspace, tenantId)]);
    expect(Object.values(statesOf(workspace, tenantId)).sort()).toEqual([
      'current',
      'next',
      'previous',
      'revoked',
    ]);
  });

  it('lists the valid keys and only the last three revoked ones', async () => {
    const { workspace, tenantId } = setup();
    for (let i = 0; i < 5; i += 1) await rotateAndRevoke(workspace, tenantId);
    await rotateSigningKeys(workspace, tenantId);
    const stored = workspace.read().tenants.find((t) => t.id === tenantId)!.signing_keys;
    const listed = await listSigningKeys(workspace, tenantId);
    expect(listed.map((k) => k.state)).toEqual([
      'current',
      'next',
      'previous',
      'revoked',
      'revoked',
      'revoked',
    ]);
    const newestRevoked = stored
      .filter((k) => k.state === 'revoked')
      .sort((a, b) => b.revoked_at!.localeCompare(a.revoked_at!))
      .slice(0, 3)
      .map((k) => k.kid);
    expect(listed.slice(3).map((k) => k.kid)).toEqual(newestRevoked);
    expect(await managementKeys(workspace, tenantId)).toHaveLength(6);
  });
});

describe('minting key', () => {
  it('imports the current private key once and reuses it until the current key changes', async () => {
    const { workspace, tenantId } = setup();
    await ensureTenantKeys(workspace, tenantId);
    const get = vi.spyOn(workspace.vault, 'get');
    const a = await currentSigningKey(workspace, tenantId);
    const b = await currentSigningKey(workspace, tenantId);
    expect(b.privateKey).toBe(a.privateKey);
    expect(get).toHaveBeenCalledTimes(1);
    await rotateSigningKeys(workspace, tenantId);
    const c = await currentSigningKey(workspace, tenantId);
    expect(c.kid).not.toBe(a.kid);
    expect(c.privateKey.type).toBe('private');
  });

  it('sees a rotation made by another process on the same data folder', async () => {
    const { workspace, tenantId, dataDir } = setup();
    const before = await currentSigningKey(workspace, tenantId);
    const other = openTestWorkbench(dataDir).workspace;
    const rotated = await rotateSigningKeys(other, tenantId);
    const after = await currentSigningKey(workspace, tenantId);
    expect(after.kid).toBe(rotated.current.kid);
    expect(after.kid).not.toBe(before.kid);
    const token = await mint(workspace, tenantId);
    expect(await verifies(other, tenantId, token)).toBe(true);
  });

  it('says clearly when the private key is missing from the vault', async () => {
    const { workspace, tenantId } = setup();
    const [current] = await listSigningKeys(workspace, tenantId);
    workspace.vault.delete([secretRef.signingKey(tenantId, current!.kid)]);
    await rejects(
      currentSigningKey(workspace, tenantId),
      'storage',
      /private key of the current signing key .* is missing/,
    );
  });

  it('a data folder sealed by the desktop keychain, opened without it: a clear message, nothing changed', async () => {
    const { workspace, tenantId, dataDir } = setup();
    await ensureTenantKeys(workspace, tenantId);
    const file = path.join(dataDir, 'secrets.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), protection: 'os-keychain' }),
    );
    const cli = openTestWorkbench(dataDir).workspace;
    const before = statesOf(cli, tenantId);
    await rejects(
      currentSigningKey(cli, tenantId),
      'keychain_unavailable',
      /encrypted with the desktop app's OS keychain/,
    );
    await rejects(
      rotateSigningKeys(cli, tenantId),
      'keychain_unavailable',
      /Open this data folder in the Token Workbench desktop app/,
    );
    expect(statesOf(cli, tenantId)).toEqual(before);
    expect((await tenantJwks(cli, tenantId)).keys).toHaveLength(2); // public parts still readable
  });

  it('refuses an unknown tenant', async () => {
    const { workspace } = setup();
    await rejects(tenantJwks(workspace, 'nope'), 'not_found', /no tenant "nope"/);
  });
});

describe('Management API form and downloads', () => {
  it('gives {kid, cert, pkcs7, current, next, previous, current_since, current_until, fingerprint, thumbprint, revoked, revoked_at}', async () => {
    const { workspace, tenantId } = setup();
    await rotateSigningKeys(workspace, tenantId);
    const [current, next, previous] = await managementKeys(workspace, tenantId);
    const views = await listSigningKeys(workspace, tenantId);
    for (const key of [current, next, previous])
      expect(ManagementSigningKeySchema.strict().parse(key)).toEqual(key);
    expect(current).toMatchObject({ current: true, next: false, previous: false, revoked: false });
    expect(next).toMatchObject({ current: false, next: true, previous: false, revoked: false });
    expect(previous).toMatchObject({ current: false, next: false, previous: true, revoked: false });
    expect(previous!.current_until).toBeDefined();
    expect(current!.cert).toMatch(/^-----BEGIN CERTIFICATE-----\r\n[\s\S]+\r\n-----END CERTIFICATE-----$/);
    expect(current!.pkcs7).toMatch(/^-----BEGIN PKCS7-----\r\n[\s\S]+\r\n-----END PKCS7-----$/);
    expect(current!.fingerprint).toBe(views[0]!.certificate.fingerprints.sha1);
    expect(current!.thumbprint).toBe(current!.fingerprint.replace(/:/g, ''));
    expect(certificateDer(current!.cert)).toEqual(certificateDer(views[0]!.cert));
    if (hasOpenssl)
      expect(openssl(['pkcs7', '-print_certs', '-noout'], current!.pkcs7)).toContain('subject=CN = ');
  });

  it('exports PEM, CER, P7B, SPKI, JWK, the whole JWKS and the fingerprint', async () => {
    const { workspace, tenantId, domain } = setup();
    const [current] = await listSigningKeys(workspace, tenantId);
    const kid = current!.kid;
    const file = (format: Parameters<typeof exportSigningKey>[3]) =>
      exportSigningKey(workspace, tenantId, kid, format);
    expect(await file('pem')).toMatchObject({
      fileName: `${domain}-${kid}.pem`,
      encoding: 'utf8',
      content: current!.cert,
    });
    const cer = await file('cer');
    expect(cer).toMatchObject({
      fileName: `${domain}-${kid}.cer`,
      encoding: 'base64',
      mediaType: 'application/pkix-cert',
    });
    expect(Buffer.from(cer.content, 'base64')).toEqual(certificateDer(current!.cert));
    expect((await file('p7b')).content).toMatch(/^-----BEGIN PKCS7-----\n/);
    expect((await file('spki')).content).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const jwks = await tenantJwks(workspace, tenantId);
    expect(JSON.parse((await file('jwk')).content)).toEqual(jwks.keys[0]);
    expect(JSON.parse((await file('jwks')).content)).toEqual(jwks);
    expect((await file('jwks')).fileName).toBe(`${domain}-jwks.json`);
    expect((await file('fingerprint')).content).toBe(
      `SHA-1 fingerprint: ${current!.certificate.fingerprints.sha1}\nSHA-256 fingerprint: ${current!.certificate.fingerprints.sha256}\n`,
    );
    if (hasOpenssl) {
      expect(
        openssl(['x509', '-inform', 'DER', '-noout', '-subject'], Buffer.from(cer.content, 'base64')),
      ).toContain(domain);
    }
  });
});

describe('crash safety', () => {
  it('a failure between storing the private key and the state write leaves the key set as it was', async () => {
    const { workspace, tenantId, dataDir } = setup();
    await ensureTenantKeys(workspace, tenantId);
    const before = statesOf(workspace, tenantId);
    const jwksBefore = await tenantJwks(workspace, tenantId);
    const update = vi.spyOn(workspace, 'update').mockImplementationOnce(() => {
      throw new Error('simulated crash before the state write');
    });
    await expect(rotateSigningKeys(workspace, tenantId)).rejects.toThrow('simulated crash');
    update.mockRestore();
    expect(vaultRefs(dataDir)).toHaveLength(2); // the new private key was removed again

    const reopened = openTestWorkbench(dataDir).workspace;
    expect(statesOf(reopened, tenantId)).toEqual(before);
    expect(await tenantJwks(reopened, tenantId)).toEqual(jwksBefore);
    const rotated = await rotateSigningKeys(reopened, tenantId);
    expect(rotated.previous).not.toBeNull();
  });

  it('when even the clean-up fails (as in a kill), only an orphan vault entry remains and everything works', async () => {
    const { workspace, tenantId, dataDir } = setup();
    await ensureTenantKeys(workspace, tenantId);
    const before = statesOf(workspace, tenantId);
    vi.spyOn(workspace, 'update').mockImplementationOnce(() => {
      throw new Error('killed');
    });
    vi.spyOn(workspace.vault, 'delete').mockImplementationOnce(() => {
      throw new Error('killed');
    });
    await expect(rotateSigningKeys(workspace, tenantId)).rejects.toThrow('killed');
    vi.restoreAllMocks();

    const reopened = openTestWorkbench(dataDir).workspace;
    expect(statesOf(reopened, tenantId)).toEqual(before);
    const known = Object.keys(before).map((kid) => secretRef.signingKey(tenantId, kid));
    const orphans = vaultRefs(dataDir).filter((ref) => !known.includes(ref));
    expect(orphans).toHaveLength(1);
    const token = await mint(reopened, tenantId);
    expect(await verifies(reopened, tenantId, token)).toBe(true);
    await rotateSigningKeys(reopened, tenantId);
    expect(await verifies(reopened, tenantId, token)).toBe(true);
  });

  it('a crash after a revocation was written leaves the key revoked (the private key is only an orphan)', async () => {
    const { workspace, tenantId, dataDir } = setup();
    const rotated = await rotateSigningKeys(workspace, tenantId);
    vi.spyOn(workspace.vault, 'delete').mockImplementationOnce(() => {
      throw new Error('killed');
    });
    const result = await revokePreviousKey(workspace, tenantId);
    vi.restoreAllMocks();
    expect(result.revoked[0]!.kid).toBe(rotated.previous!.kid);
    const reopened = openTestWorkbench(dataDir).workspace;
    expect(statesOf(reopened, tenantId)[rotated.previous!.kid]).toBe('revoked');
    expect((await tenantJwks(reopened, tenantId)).keys.map((k) => k.kid)).not.toContain(
      rotated.previous!.kid,
    );
  });
});
