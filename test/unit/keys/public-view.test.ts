import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSigningCertificate, parseCertificate } from '../../../src/main/keys/certificate';
import { KEY_TYPES } from '../../../src/main/keys/generate';
import {
  exportLibraryKey,
  generateLibraryKey,
  getLibraryKey,
  importLibraryKey,
  listLibraryKeys,
  memoryKeyLibraryStore,
  updateLibraryKey,
  type KeyLibrary,
} from '../../../src/main/keys/key-library';
import {
  CERTIFICATE_EXPORT_FORMATS,
  ExportedFileSchema,
  findPrivateMarkers,
  KEY_CHANGE_ACTIONS,
  KeyChangePreviewSchema,
  KeyChangeResultSchema,
  LibraryKeyViewSchema,
  ManagementSigningKeySchema,
  SigningKeyViewSchema,
  TenantJwksSchema,
} from '../../../src/main/keys/public-view';
import {
  exportSigningKey,
  getSigningKey,
  listSigningKeys,
  managementKeys,
  previewKeyChange,
  revokePreviousKey,
  rotateAndRevoke,
  rotateSigningKeys,
  tenantJwks,
} from '../../../src/main/keys/tenant-keys';
import { openTestWorkbench } from '../../helpers/service';
import { testRsaKeyPool } from './helpers';

const keySource = vi.hoisted(() => ({ draw: undefined as undefined | (() => unknown) }));
vi.mock('../../../src/main/keys/generate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/main/keys/generate')>();
  return {
    ...original,
    // Tenant keys come from the fixture pool: this walk is about shapes, not prime generation.
    generateRsaKeyPair: async () => keySource.draw!(),
  };
});
beforeAll(() => {
  keySource.draw = testRsaKeyPool();
});

describe('no public view ever carries private key material', () => {
  it('finds planted markers (the walker works)', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(findPrivateMarkers({ a: [{ b: privateKey.export({ type: 'pkcs8', format: 'pem' }) }] })).toEqual([
      '$.a.0.b (PEM private key)',
    ]);
    expect(findPrivateMarkers({ a: 'x-----BEGIN ENCRYPTED PRIVATE KEY-----' })).toHaveLength(1);
    expect(findPrivateMarkers({ jwk: privateKey.export({ format: 'jwk' }) })).toEqual([
      '$.jwk.d (JWK member)',
    ]);
    for (const member of ['p', 'q', 'dp', 'dq', 'qi', 'k'])
      expect(findPrivateMarkers({ [member]: 'x' })).toHaveLength(1);
    expect(findPrivateMarkers(Buffer.from('-----BEGIN PRIVATE KEY-----'))).toHaveLength(1);
    expect(findPrivateMarkers({ keys: [{ kty: 'RSA', n: 'x', e: 'AQAB' }], list: ['d'] })).toEqual([]);
  });

  it('walks every result of the tenant-key and key-library functions over keys of every kind', async () => {
    const { workspace } = openTestWorkbench();
    const tenantId = workspace.read().tenants[0]!.id;
    const results: [string, unknown, { parse(v: unknown): unknown }?][] = [];
    const record = (name: string, value: unknown, schema?: { parse(v: unknown): unknown }) =>
      results.push([name, value, schema]);

    // Tenant keys through every state.
    record('listSigningKeys (new)', await listSigningKeys(workspace, tenantId));
    for (const action of KEY_CHANGE_ACTIONS.filter((a) => a !== 'revoke')) {
      record(
        `previewKeyChange ${action}`,
        await previewKeyChange(workspace, tenantId, action),
        KeyChangePreviewSchema,
      );
    }
    record('rotateSigningKeys', await rotateSigningKeys(workspace, tenantId), KeyChangeResultSchema);
    record(
      'previewKeyChange revoke',
      await previewKeyChange(workspace, tenantId, 'revoke'),
      KeyChangePreviewSchema,
    );
    record(
      'rotateSigningKeys (revokes previous)',
      await rotateSigningKeys(workspace, tenantId),
      KeyChangeResultSchema,
    );
    record('revokePreviousKey', await revokePreviousKey(workspace, tenantId), KeyChangeResultSchema);
    record('rotateAndRevoke', await rotateAndRevoke(workspace, tenantId), KeyChangeResultSchema);
    record('rotateSigningKeys (again)', await rotateSigningKeys(workspace, tenantId), KeyChangeResultSchema);
    const views = await listSigningKeys(workspace, tenantId);
    expect(views.map((v) => v.state)).toEqual([
      'current',
      'next',
      'previous',
      'revoked',
      'revoked',
      'revoked',
    ]);
    for (const view of views) {
      record(`listSigningKeys ${view.state}`, view, SigningKeyViewSchema);
      record(
        `getSigningKey ${view.state}`,
        await getSigningKey(workspace, tenantId, view.kid),
        SigningKeyViewSchema,
      );
      for (const format of CERTIFICATE_EXPORT_FORMATS) {
        record(
          `exportSigningKey ${view.state} ${format}`,
          await exportSigningKey(workspace, tenantId, view.kid, format),
          ExportedFileSchema,
        );
      }
    }
    for (const key of await managementKeys(workspace, tenantId))
      record('managementKeys', key, ManagementSigningKeySchema);
    record('tenantJwks', await tenantJwks(workspace, tenantId), TenantJwksSchema);

    // The key library with a key of every kind, generated and imported.
    const lib: KeyLibrary = { store: memoryKeyLibraryStore(), vault: workspace.vault };
    // RSA-3072/4096 views have the shape of RSA-2048's; generate.test.ts makes those (slowly) once.
    for (const type of KEY_TYPES.filter((t) => t !== 'RSA-3072' && t !== 'RSA-4096'))
      record(`generateLibraryKey ${type}`, await generateLibraryKey(lib, { type }), LibraryKeyViewSchema);
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const cert = await createSigningCertificate({ domain: 'walk.local', privateKey, publicKey });
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    record(
      'importLibraryKey key+cert',
      await importLibraryKey(lib, { input: pkcs8 + cert }),
      LibraryKeyViewSchema,
    );
    record(
      'importLibraryKey cert',
      await importLibraryKey(lib, { input: cert, kid: 'cert-only' }),
      LibraryKeyViewSchema,
    );
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    record(
      'importLibraryKey private JWK',
      await importLibraryKey(lib, { input: JSON.stringify(ec.privateKey.export({ format: 'jwk' })) }),
    );
    for (const view of listLibraryKeys(lib)) {
      record(`listLibraryKeys ${view.label}`, view, LibraryKeyViewSchema);
      record(`getLibraryKey ${view.label}`, getLibraryKey(lib, view.id), LibraryKeyViewSchema);
      record(
        `updateLibraryKey ${view.label}`,
        updateLibraryKey(lib, { id: view.id, name: `${view.name}!` }),
        LibraryKeyViewSchema,
      );
      for (const format of view.public_exports) {
        record(
          `exportLibraryKey ${view.label} ${format}`,
          exportLibraryKey(lib, view.id, format),
          ExportedFileSchema,
        );
      }
    }
    record('parseCertificate', parseCertificate(cert));

    expect(results.length).toBeGreaterThan(100);
    const kinds = new Set(listLibraryKeys(lib).map((k) => k.label));
    expect([...kinds].sort()).toEqual(
      ['EC P-256', 'EC P-384', 'EC P-521', 'Ed25519', 'HMAC 256', 'HMAC 384', 'HMAC 512', 'RSA 2048'].sort(),
    );
    for (const [name, value, schema] of results) {
      expect(findPrivateMarkers(value, name)).toEqual([]);
      if (schema !== undefined) schema.parse(value);
    }
  });
});
