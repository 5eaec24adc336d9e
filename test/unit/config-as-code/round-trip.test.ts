import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportTenant,
  planImport,
  readImportInput,
  writeExport,
  type ExportResult,
} from '../../../src/main/config-as-code';
import { invoke } from '../../../src/main/dispatch';
import { secretRef } from '../../../src/main/domain/secret-refs';
import { tempDataDir } from '../../helpers/temp-dir';
import { BILLING, buildTenant, importAll, jsonInput, ORDERS, useEmptyTenant, yamlInput } from './fixtures';

type Doc = {
  resourceServers: Record<string, unknown>[];
  clients: Record<string, unknown>[];
  clientGrants: Record<string, unknown>[];
};

/** Management API JSON without the ids a new tenant gives out: grants name their application. */
function withoutIds(content: string): unknown {
  const doc = JSON.parse(content) as Doc;
  const names = new Map(doc.clients.map((c) => [c.client_id, c.name]));
  return {
    resourceServers: doc.resourceServers.map(({ id: _id, ...rest }) => rest),
    clients: doc.clients.map(({ client_id: _clientId, ...rest }) => rest),
    clientGrants: doc.clientGrants.map(({ id: _id, client_id, ...rest }) => ({
      client: names.get(client_id),
      ...rest,
    })),
  };
}

async function expectWorkingSecrets(bench: Awaited<ReturnType<typeof buildTenant>>) {
  const { service, workspace } = bench;
  for (const app of await invoke(service, 'applications.list', {})) {
    const { client_secret } = await invoke(service, 'applications.revealSecret', { app: app.client_id });
    expect(client_secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
  }
  const tenant = workspace.tenant();
  const billing = tenant.apis.find((a) => a.identifier === BILLING)!;
  expect(workspace.vault.get(secretRef.apiSigningSecret(tenant.id, billing.id))).toMatch(
    /^[A-Za-z0-9_-]{43}$/,
  );
}

describe('round trip into an empty tenant', () => {
  it('yaml: export, import, export again gives the same tenant.yaml', async () => {
    const bench = await buildTenant();
    const first = exportTenant(bench.workspace, 'yaml').files[0]!.content;
    const source = bench.workspace.tenant().id;
    const target = await useEmptyTenant(bench);

    const plan = planImport(bench.workspace, yamlInput(first));
    expect(plan.tenant.id).toBe(target.id);
    expect(plan.apis.added.map((a) => a.identifier)).toEqual([BILLING, ORDERS]);
    expect(plan.applications.added).toHaveLength(4);
    expect(plan.grants.added).toHaveLength(5);
    const result = importAll(bench, yamlInput(first));
    expect(result.added).toEqual({ apis: 2, applications: 4, grants: 5 });

    expect(exportTenant(bench.workspace, 'yaml').files[0]!.content).toBe(first);
    // The source tenant is untouched, the new one has fresh ids and its own secrets.
    const imported = bench.workspace.tenant();
    expect(imported.id).not.toBe(source);
    expect(imported.apis.find((a) => a.identifier === ORDERS)!.id).not.toBe(bench.orders.id);
    expect(imported.applications.find((a) => a.name === 'Worker')!.client_id).not.toBe(
      bench.worker.client_id,
    );
    await expectWorkingSecrets(bench);
    expect(result.created.applications.map((a) => a.name).sort()).toEqual([
      'Billing (Test Application)',
      'Orders (Test Application)',
      'Portal',
      'Worker',
    ]);
  });

  it('json: export, import, export again gives the same objects (with new ids)', async () => {
    const bench = await buildTenant();
    const first = exportTenant(bench.workspace, 'json').files[0]!.content;
    await useEmptyTenant(bench);
    importAll(bench, jsonInput(first));
    const second = exportTenant(bench.workspace, 'json').files[0]!.content;
    expect(second).not.toBe(first);
    expect(withoutIds(second)).toEqual(withoutIds(first));
    await expectWorkingSecrets(bench);
  });

  it('directory: written to disk, read back, imported and exported again gives the same files', async () => {
    const bench = await buildTenant();
    const first = exportTenant(bench.workspace, 'directory');
    const dir = path.join(tempDataDir('tw-export-'), 'tenant-config');
    writeExport(first, dir);
    expect(fs.readdirSync(dir).sort()).toEqual(['clients', 'grants', 'resource-servers']);
    expect(fs.readFileSync(path.join(dir, 'grants', 'Worker-Orders.json'), 'utf8')).toBe(
      first.files.find((f) => f.path === 'grants/Worker-Orders.json')!.content,
    );

    await useEmptyTenant(bench);
    const input = readImportInput(dir);
    expect(input.format).toBe('directory');
    importAll(bench, input);
    const second: ExportResult = exportTenant(bench.workspace, 'directory');
    expect(second.files).toEqual(first.files);
    await expectWorkingSecrets(bench);
  });

  it('yaml file on disk: detected by its extension and imported', async () => {
    const bench = await buildTenant();
    const exported = exportTenant(bench.workspace, 'yaml');
    const file = path.join(tempDataDir('tw-export-'), 'out', 'tenant.yml');
    expect(writeExport(exported, file)).toEqual([file]);
    await useEmptyTenant(bench);
    const input = readImportInput(file);
    expect(input).toMatchObject({ format: 'yaml', fileName: 'tenant.yml' });
    importAll(bench, input);
    expect(exportTenant(bench.workspace, 'yaml').files[0]!.content).toBe(exported.files[0]!.content);
  });
});

describe('importing a tenant into itself', () => {
  it.each(['json', 'yaml', 'directory'] as const)(
    '%s: everything is unchanged and nothing is written',
    async (format) => {
      const bench = await buildTenant();
      const exported = exportTenant(bench.workspace, format);
      const input =
        format === 'directory'
          ? ({ format, root: 'config', files: exported.files } as const)
          : ({ format, fileName: exported.files[0]!.path, content: exported.files[0]!.content } as const);
      const plan = planImport(bench.workspace, input);
      expect(plan.hasChanges).toBe(false);
      expect(plan.apis.unchanged).toHaveLength(2);
      expect(plan.applications.unchanged).toHaveLength(4);
      expect(plan.grants.unchanged).toHaveLength(5);
      expect([plan.apis.notInFile, plan.applications.notInFile, plan.grants.notInFile].flat()).toEqual([]);
    },
  );
});
