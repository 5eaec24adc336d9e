import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportResources, exportTenant, type ConfigFormat } from '../../../src/main/config-as-code';
import { sanitizeFileName } from '../../../src/main/config-as-code/formats/file-names';
import { invoke } from '../../../src/main/dispatch';
import { secretRef } from '../../../src/main/domain/secret-refs';
import type { StoredTenant } from '../../../src/main/storage/workspace-schema';
import { BILLING, buildTenant, ORDERS } from './fixtures';

const FORMATS: ConfigFormat[] = ['json', 'yaml', 'directory'];

function allText(format: ConfigFormat, files: { path: string; content: string }[]): string {
  return files.map((f) => `${format}:${f.path}\n${f.content}`).join('\n');
}

describe('export: tenant.yaml', () => {
  it('has the deploy-cli shape: resourceServers without ids, clients, clientGrants naming the application', async () => {
    const { workspace } = await buildTenant();
    const result = exportTenant(workspace, 'yaml');
    expect(result.files.map((f) => f.path)).toEqual(['tenant.yaml']);
    expect(result.counts).toEqual({ apis: 2, applications: 4, grants: 5 });
    const doc = parse(result.files[0]!.content) as Record<string, unknown[]>;
    expect(Object.keys(doc)).toEqual(['resourceServers', 'clients', 'clientGrants']);
    expect(doc.resourceServers).toEqual([
      {
        name: 'Billing',
        identifier: BILLING,
        allow_offline_access: false,
        enforce_policies: false,
        scopes: [{ value: 'bill:read', description: '' }],
        signing_alg: 'HS256',
        skip_consent_for_verifiable_first_party_clients: false,
        token_dialect: 'access_token',
        token_lifetime: 86400,
        token_lifetime_for_web: 7200,
      },
      {
        name: 'Orders',
        identifier: ORDERS,
        allow_offline_access: true,
        enforce_policies: true,
        scopes: [
          { value: 'read:orders', description: 'Read orders' },
          { value: 'write:orders', description: 'Write orders' },
        ],
        signing_alg: 'RS256',
        skip_consent_for_verifiable_first_party_clients: false,
        token_dialect: 'access_token_authz',
        token_lifetime: 3600,
        token_lifetime_for_web: 600,
      },
    ]);
    expect(doc.clients).toEqual([
      {
        name: 'Billing (Test Application)',
        app_type: 'non_interactive',
        grant_types: ['client_credentials'],
      },
      { name: 'Orders (Test Application)', app_type: 'non_interactive', grant_types: ['client_credentials'] },
      {
        name: 'Portal',
        app_type: 'regular_web',
        grant_types: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'],
      },
      { name: 'Worker', app_type: 'non_interactive', grant_types: ['client_credentials'] },
    ]);
    expect(doc.clientGrants).toEqual([
      { client_id: 'Billing (Test Application)', audience: BILLING, scope: [] },
      { client_id: 'Orders (Test Application)', audience: ORDERS, scope: ['read:orders'] },
      { client_id: 'Portal', audience: ORDERS, scope: ['read:orders'] },
      { client_id: 'Worker', audience: BILLING, scope: ['bill:read'] },
      { client_id: 'Worker', audience: ORDERS, scope: ['read:orders', 'write:orders'] },
    ]);
  });

  it('writes no id, client_id value or grant id anywhere', async () => {
    const { workspace, worker, orders } = await buildTenant();
    const text = exportTenant(workspace, 'yaml').files[0]!.content;
    expect(text).not.toContain(worker.client_id);
    expect(text).not.toContain(orders.id);
    expect(text).not.toMatch(/cgr_/);
  });
});

describe('export: Management API JSON', () => {
  it('uses the Management API objects and field names, with ids', async () => {
    const { workspace, worker, orders } = await buildTenant();
    const result = exportTenant(workspace, 'json');
    expect(result.files.map((f) => f.path)).toEqual(['tenant.json']);
    const doc = JSON.parse(result.files[0]!.content) as {
      resourceServers: Record<string, unknown>[];
      clients: Record<string, unknown>[];
      clientGrants: Record<string, unknown>[];
    };
    expect(Object.keys(doc)).toEqual(['resourceServers', 'clients', 'clientGrants']);
    expect(doc.resourceServers[0]).toEqual({
      id: orders.id,
      name: 'Orders',
      identifier: ORDERS,
      signing_alg: 'RS256',
      token_lifetime: 3600,
      token_lifetime_for_web: 600,
      allow_offline_access: true,
      skip_consent_for_verifiable_first_party_clients: false,
      enforce_policies: true,
      token_dialect: 'access_token_authz',
      scopes: [
        { value: 'read:orders', description: 'Read orders' },
        { value: 'write:orders', description: 'Write orders' },
      ],
    });
    expect(doc.clients).toContainEqual({
      client_id: worker.client_id,
      name: 'Worker',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
    });
    expect(doc.clientGrants).toContainEqual({
      id: expect.stringMatching(/^cgr_[A-Za-z0-9]{16}$/),
      client_id: worker.client_id,
      audience: ORDERS,
      scope: ['read:orders', 'write:orders'],
    });
    expect(doc.clientGrants).toHaveLength(5);
  });
});

describe('export: deploy-cli directory', () => {
  it('writes one file per API, application and grant, named as deploy-cli names them', async () => {
    const { workspace } = await buildTenant();
    const result = exportTenant(workspace, 'directory');
    expect(result.files.map((f) => f.path)).toEqual([
      'resource-servers/Billing.json',
      'resource-servers/Orders.json',
      'clients/Billing (Test Application).json',
      'clients/Orders (Test Application).json',
      'clients/Portal.json',
      'clients/Worker.json',
      'grants/Billing (Test Application)-Billing.json',
      'grants/Orders (Test Application)-Orders.json',
      'grants/Portal-Orders.json',
      'grants/Worker-Billing.json',
      'grants/Worker-Orders.json',
    ]);
    const file = (p: string) => result.files.find((f) => f.path === p)!.content;
    expect(file('grants/Worker-Orders.json')).toBe(
      '{\n  "client_id": "Worker",\n  "audience": "https://orders.example.com/api",\n  "scope": [\n    "read:orders",\n    "write:orders"\n  ]\n}\n',
    );
    expect(JSON.parse(file('clients/Worker.json'))).toEqual({
      name: 'Worker',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
    });
    expect(JSON.parse(file('resource-servers/Orders.json'))).not.toHaveProperty('id');
  });

  it('sanitizes file names like deploy-cli and keeps names that collide apart', async () => {
    const bench = await buildTenant();
    await invoke(bench.service, 'apis.create', { name: 'Orders: v2/beta?', identifier: 'https://v2' });
    await invoke(bench.service, 'apis.create', { name: 'orders', identifier: 'https://lower' });
    await invoke(bench.service, 'applications.create', { name: 'Worker', app_type: 'spa' });
    const result = exportTenant(bench.workspace, 'directory');
    const paths = result.files.map((f) => f.path);
    expect(paths).toContain('resource-servers/Orders- v2-beta-.json');
    expect(paths).toContain('resource-servers/orders (2).json');
    expect(paths).toContain('clients/Worker (2).json');
    expect(paths).toContain('clients/Orders- v2-beta- (Test Application).json');
    expect(result.warnings).toEqual([
      'Several applications are named "Worker": deploy-cli files refer to applications by name, so this export cannot be imported until they have different names.',
    ]);
  });

  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['..', '-'],
    ['CON', '-'],
    ['com1.txt', '-'],
    ['trailing. ', 'trailing-'],
    ['tab\there', 'tab-here'],
    ['é'.repeat(200), 'é'.repeat(127)],
  ])('sanitizes %j to %j', (input, output) => {
    expect(sanitizeFileName(input)).toBe(output);
  });
});

describe('export: what never leaves', () => {
  it.each(FORMATS)('%s holds no client secret and no signing secret', async (format) => {
    const bench = await buildTenant();
    const { service, workspace } = bench;
    const secrets: string[] = [];
    for (const app of await invoke(service, 'applications.list', {})) {
      secrets.push(
        (await invoke(service, 'applications.revealSecret', { app: app.client_id })).client_secret,
      );
    }
    const tenant = workspace.tenant();
    secrets.push(workspace.vault.get(secretRef.apiSigningSecret(tenant.id, bench.billing.id))!);
    expect(secrets).toHaveLength(5);
    const text = allText(format, exportTenant(workspace, format).files);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/secret/i);
  });

  it.each(FORMATS)('%s leaves out the system API and grants for it', (format) => {
    const api = {
      id: 'a'.repeat(24),
      name: 'Auth0 Management API',
      identifier: 'https://dev.local/api/v2/',
      signing_alg: 'RS256',
      token_lifetime: 86400,
      token_lifetime_for_web: 7200,
      allow_offline_access: false,
      skip_consent_for_verifiable_first_party_clients: false,
      enforce_policies: false,
      token_dialect: 'access_token',
      scopes: [],
      created_at: '',
      updated_at: '',
      is_system: true,
    };
    const tenant = {
      id: 't',
      domain: 'dev.local',
      name: 'dev',
      created_at: '',
      apis: [api],
      applications: [
        {
          client_id: 'c'.repeat(32),
          name: 'App',
          app_type: 'non_interactive',
          grant_types: [],
          created_at: '',
        },
      ],
      client_grants: [{ id: 'cgr_x', client_id: 'c'.repeat(32), audience: api.identifier, scope: [] }],
      signing_keys: [],
      token_history_enabled: false,
      token_history: [],
    } as StoredTenant;
    const result = exportResources(tenant, format);
    expect(result.counts).toEqual({ apis: 0, applications: 1, grants: 0 });
    expect(allText(format, result.files)).not.toContain('Management API');
    expect(allText(format, result.files)).not.toContain('api/v2');
  });
});
