import { describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { applyImport, exportTenant, planImport } from '../../../src/main/config-as-code';
import { invoke } from '../../../src/main/dispatch';
import { secretRef } from '../../../src/main/domain/secret-refs';
import { openWorkspace } from '../../../src/main/workspace';
import {
  BILLING,
  buildTenant,
  directoryInput,
  importAll,
  jsonInput,
  ORDERS,
  snapshot,
  thrown,
  useEmptyTenant,
  yamlInput,
} from './fixtures';

const INVENTORY = 'https://inventory.example.com';

/** The fixture tenant, edited the way a person edits an exported tenant.yaml. */
const EDITED = stringify({
  resourceServers: [
    {
      name: 'Orders API',
      identifier: ORDERS,
      token_lifetime: 7200,
      scopes: [
        { value: 'read:orders', description: 'Read all orders' },
        { value: 'write:orders', description: 'Write orders' },
        { value: 'cancel:orders', description: 'Cancel orders' },
      ],
    },
    {
      name: 'Inventory',
      identifier: INVENTORY,
      signing_alg: 'HS256',
      token_lifetime: 600,
      scopes: [{ value: 'read:stock', description: 'Read stock' }],
    },
  ],
  clients: [
    { name: 'Worker', app_type: 'non_interactive', grant_types: ['client_credentials'] },
    { name: 'Reporter', app_type: 'non_interactive' },
  ],
  clientGrants: [
    { client_id: 'Worker', audience: ORDERS, scope: ['read:orders', 'cancel:orders'] },
    { client_id: 'Portal', audience: ORDERS, scope: ['read:orders'] },
    { client_id: 'Reporter', audience: INVENTORY, scope: ['read:stock'] },
  ],
});

describe('planImport', () => {
  it('lists what is added, changed (with field names), unchanged and not in the file', async () => {
    const bench = await buildTenant();
    const before = snapshot(bench);
    const plan = planImport(bench.workspace, yamlInput(EDITED));
    expect(snapshot(bench)).toEqual(before);
    expect(plan.hasChanges).toBe(true);

    expect(plan.apis.changed).toEqual([
      {
        identifier: ORDERS,
        name: 'Orders API',
        source: 'tenant.yaml: resourceServers[0]',
        fields: ['name', 'token_lifetime', 'scopes'],
        scopes: { added: ['cancel:orders'], changed: ['read:orders'], removed: [] },
      },
    ]);
    expect(plan.apis.added).toEqual([
      {
        identifier: INVENTORY,
        name: 'Inventory',
        source: 'tenant.yaml: resourceServers[1]',
        fields: [],
        scopes: { added: ['read:stock'], changed: [], removed: [] },
      },
    ]);
    expect(plan.apis.unchanged).toEqual([]);
    expect(plan.apis.notInFile.map((a) => a.identifier)).toEqual([BILLING]);

    expect(plan.applications.unchanged).toEqual([
      { client_id: bench.worker.client_id, name: 'Worker', source: 'tenant.yaml: clients[0]', fields: [] },
    ]);
    expect(plan.applications.added).toEqual([
      { client_id: null, name: 'Reporter', source: 'tenant.yaml: clients[1]', fields: [] },
    ]);
    expect(plan.applications.notInFile.map((a) => a.name)).toEqual([
      'Orders (Test Application)',
      'Billing (Test Application)',
      'Portal',
    ]);

    expect(plan.grants.changed).toEqual([
      {
        application: 'Worker',
        client_id: bench.worker.client_id,
        audience: ORDERS,
        source: 'tenant.yaml: clientGrants[0]',
        fields: ['scope'],
        scope: { added: ['cancel:orders'], removed: ['write:orders'] },
      },
    ]);
    expect(plan.grants.unchanged.map((g) => [g.application, g.audience])).toEqual([['Portal', ORDERS]]);
    expect(plan.grants.added).toEqual([
      {
        application: 'Reporter',
        client_id: null,
        audience: INVENTORY,
        source: 'tenant.yaml: clientGrants[2]',
        fields: [],
        scope: { added: ['read:stock'], removed: [] },
      },
    ]);
    expect(plan.grants.notInFile.map((g) => [g.application, g.audience])).toEqual([
      ['Orders (Test Application)', ORDERS],
      ['Billing (Test Application)', BILLING],
      ['Worker', BILLING],
    ]);
    expect(plan.warnings).toEqual([]);
    // The plan is plain JSON.
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('a permission left out of an API is removed from it and from every grant, also grants not in the file', async () => {
    const bench = await buildTenant();
    const yaml = stringify({
      resourceServers: [
        {
          name: 'Orders',
          identifier: ORDERS,
          scopes: [{ value: 'read:orders', description: 'Read orders' }],
        },
      ],
    });
    const plan = planImport(bench.workspace, yamlInput(yaml));
    expect(plan.apis.changed[0]).toMatchObject({ fields: ['scopes'], scopes: { removed: ['write:orders'] } });
    expect(plan.grants.changed).toEqual([
      {
        application: 'Worker',
        client_id: bench.worker.client_id,
        audience: ORDERS,
        source: null,
        fields: ['scope'],
        scope: { added: [], removed: ['write:orders'] },
      },
    ]);
    applyImport(bench.workspace, plan);
    expect(await invoke(bench.service, 'grants.list', { app: 'Worker', api: ORDERS })).toMatchObject([
      { scope: ['read:orders'] },
    ]);
  });

  it('leaves fields a file does not mention as they are', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      yamlInput(stringify({ resourceServers: [{ name: 'Orders', identifier: ORDERS }] })),
    );
    expect(plan.hasChanges).toBe(false);
    expect(plan.apis.unchanged).toHaveLength(1);
  });

  it('matches applications by client_id in JSON, so a rename keeps the application and its grants', async () => {
    const bench = await buildTenant();
    const doc = JSON.parse(exportTenant(bench.workspace, 'json').files[0]!.content) as {
      clients: { client_id: string; name: string }[];
    };
    doc.clients.find((c) => c.client_id === bench.worker.client_id)!.name = 'Batch Worker';
    const plan = planImport(bench.workspace, jsonInput(doc));
    expect(plan.applications.changed).toEqual([
      {
        client_id: bench.worker.client_id,
        name: 'Batch Worker',
        source: 'tenant.json: clients[2]',
        fields: ['name'],
      },
    ]);
    expect(plan.grants.changed).toEqual([]);
    applyImport(bench.workspace, plan);
    const grants = await invoke(bench.service, 'grants.list', { app: 'Batch Worker' });
    expect(grants.map((g) => g.audience).sort()).toEqual([BILLING, ORDERS]);
  });

  it('matches JSON applications by name when their client_id is not in this tenant', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      jsonInput({
        clients: [
          {
            client_id: 'x'.repeat(32),
            name: 'Worker',
            app_type: 'non_interactive',
            grant_types: ['client_credentials', 'password'],
          },
        ],
        clientGrants: [{ client_id: 'x'.repeat(32), audience: BILLING, scope: [] }],
      }),
    );
    expect(plan.applications.changed).toEqual([
      {
        client_id: bench.worker.client_id,
        name: 'Worker',
        source: 'tenant.json: clients[0]',
        fields: ['grant_types'],
      },
    ]);
    expect(plan.grants.changed).toMatchObject([
      { application: 'Worker', audience: BILLING, scope: { removed: ['bill:read'] } },
    ]);
  });

  it('warns about what it does not import, and never carries a secret from the file into the plan', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      jsonInput({
        tenant: { friendly_name: 'x' },
        resourceServers: [
          { name: 'Auth0 Management API', identifier: 'https://x/api/v2/', is_system: true },
          {
            id: 'whatever',
            name: 'Orders',
            identifier: ORDERS,
            signing_secret: 'file-signing-secret-value',
            token_encryption: {},
          },
        ],
        clients: [{ name: 'Worker', client_secret: 'file-client-secret-value', callbacks: [], logo_uri: '' }],
      }),
    );
    expect(plan.warnings).toEqual([
      'tenant.json: tenant: not imported (Token Workbench imports resourceServers, clients and clientGrants); ignored.',
      'tenant.json: resourceServers[0]: the system API (Auth0 Management API) is never imported; skipped.',
      'tenant.json: resourceServers[1].signing_secret: secrets are never imported (a new HS256 API gets its own secret); ignored.',
      'tenant.json: resourceServers[1]: token_encryption is not supported by Token Workbench; ignored.',
      'tenant.json: clients[0].client_secret: secrets are never imported (a new application gets its own secret); ignored.',
      'tenant.json: clients[0]: callbacks, logo_uri are not supported by Token Workbench; ignored.',
    ]);
    expect(JSON.stringify(plan)).not.toMatch(/file-(client|signing)-secret-value/);
    expect(plan.apis.unchanged.map((a) => a.identifier)).toEqual([ORDERS]);
  });

  it('skips the system API of a Management API export and the grants for it', async () => {
    const bench = await buildTenant();
    const management = 'https://dev-acme.eu.auth0.com/api/v2/';
    const plan = planImport(
      bench.workspace,
      jsonInput({
        resourceServers: [
          {
            id: 'x',
            name: 'Auth0 Management API',
            identifier: management,
            is_system: true,
            scopes: [{ value: 'read:users' }],
          },
        ],
        clientGrants: [
          { id: 'cgr_1', client_id: bench.worker.client_id, audience: management, scope: ['read:users'] },
          { id: 'cgr_2', client_id: bench.worker.client_id, audience: ORDERS, scope: ['read:orders'] },
        ],
      }),
    );
    expect(plan.warnings).toEqual([
      'tenant.json: resourceServers[0]: the system API (Auth0 Management API) is never imported; skipped.',
      'tenant.json: clientGrants[0]: grants for the system API are never imported; skipped.',
    ]);
    expect(plan.grants.changed).toMatchObject([
      { application: 'Worker', audience: ORDERS, scope: { removed: ['write:orders'] } },
    ]);
  });

  it('reads YAML merge keys the way deploy-cli (js-yaml) does', async () => {
    const bench = await buildTenant();
    const yaml = [
      'x-defaults: &defaults',
      '  token_lifetime: 1800',
      '  token_lifetime_for_web: 900',
      'resourceServers:',
      '  - <<: *defaults',
      '    name: Orders',
      `    identifier: ${ORDERS}`,
      '',
    ].join('\n');
    const plan = planImport(bench.workspace, yamlInput(yaml));
    expect(plan.apis.changed).toMatchObject([
      { identifier: ORDERS, fields: ['token_lifetime', 'token_lifetime_for_web'] },
    ]);
    expect(plan.warnings).toEqual([
      'tenant.yaml: x-defaults: not imported (Token Workbench imports resourceServers, clients and clientGrants); ignored.',
    ]);
  });

  it('keeps ##KEY## placeholders as they are, in and out', async () => {
    const bench = await buildTenant();
    await useEmptyTenant(bench);
    const identifier = 'https://##ENV##.myapp.com/api/v1';
    const yaml = [
      'resourceServers:',
      '  - name: "##PREFIX## API"',
      `    identifier: "${identifier}"`,
      '    scopes:',
      '      - value: "update:account"',
      '        description: "##DESCRIPTION##"',
      'clients:',
      '  - name: "My M2M ##ENV##"',
      '    app_type: non_interactive',
      'clientGrants:',
      '  - client_id: "My M2M ##ENV##"',
      `    audience: "${identifier}"`,
      '    scope: ["update:account"]',
      '',
    ].join('\n');
    importAll(bench, yamlInput(yaml));
    const api = await invoke(bench.service, 'apis.get', { api: identifier });
    expect(api).toMatchObject({
      name: '##PREFIX## API',
      scopes: [{ value: 'update:account', description: '##DESCRIPTION##' }],
    });
    expect((await invoke(bench.service, 'grants.list', { app: 'My M2M ##ENV##' }))[0]).toMatchObject({
      audience: identifier,
    });
    for (const format of ['yaml', 'json', 'directory'] as const) {
      const text = exportTenant(bench.workspace, format)
        .files.map((f) => f.path + f.content)
        .join('\n');
      for (const key of ['##ENV##', '##PREFIX##', '##DESCRIPTION##']) expect(text).toContain(key);
    }
    const exported = exportTenant(bench.workspace, 'yaml').files[0]!.content;
    expect(exported).toContain('identifier: https://##ENV##.myapp.com/api/v1');
    expect(exported).toContain('description: "##DESCRIPTION##"');
  });
});

describe('applyImport', () => {
  it('applies all of it in one write, and a second plan of the same file has nothing to do', async () => {
    const bench = await buildTenant();
    const result = importAll(bench, yamlInput(EDITED));
    expect(result.added).toEqual({ apis: 1, applications: 1, grants: 1 });
    expect(result.changed).toEqual({ apis: 1, applications: 0, grants: 1 });
    expect(result.unchanged).toEqual({ apis: 0, applications: 1, grants: 1 });
    const { service, workspace } = bench;
    expect(await invoke(service, 'apis.get', { api: ORDERS })).toMatchObject({
      name: 'Orders API',
      token_lifetime: 7200,
      token_lifetime_for_web: 600,
      enforce_policies: true,
    });
    const inventory = await invoke(service, 'apis.get', { api: INVENTORY });
    // A new API's browser-flow default stays within its lifetime.
    expect(inventory).toMatchObject({
      signing_alg: 'HS256',
      token_lifetime: 600,
      token_lifetime_for_web: 600,
    });
    expect(result.created.apis).toEqual([{ id: inventory.id, identifier: INVENTORY, name: 'Inventory' }]);
    const tenant = workspace.tenant();
    expect(workspace.vault.get(secretRef.apiSigningSecret(tenant.id, inventory.id))).toMatch(
      /^[A-Za-z0-9_-]{43}$/,
    );
    const reporter = await invoke(service, 'applications.get', { app: 'Reporter' });
    expect(reporter.grant_types).toEqual(['client_credentials']);
    expect(result.created.applications).toEqual([{ client_id: reporter.client_id, name: 'Reporter' }]);
    expect(
      (await invoke(service, 'applications.revealSecret', { app: 'Reporter' })).client_secret,
    ).toHaveLength(64);
    expect(await invoke(service, 'grants.list', { app: 'Worker', api: ORDERS })).toMatchObject([
      { scope: ['read:orders', 'cancel:orders'] },
    ]);
    // The import does not make test applications: the Management API does not either.
    expect((await invoke(service, 'applications.list', {})).map((a) => a.name)).not.toContain(
      'Inventory (Test Application)',
    );

    const again = planImport(workspace, yamlInput(EDITED));
    expect(again.hasChanges).toBe(false);
  });

  it('writes nothing when there is nothing to do', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      yamlInput(exportTenant(bench.workspace, 'yaml').files[0]!.content),
    );
    const before = snapshot(bench);
    const result = applyImport(bench.workspace, plan);
    expect(result.unchanged).toEqual({ apis: 2, applications: 4, grants: 5 });
    expect(result.added).toEqual({ apis: 0, applications: 0, grants: 0 });
    expect(snapshot(bench)).toEqual(before);
  });

  it('goes ahead when the tenant changed without changing what the plan does (last write wins per object)', async () => {
    const bench = await buildTenant();
    const plan = planImport(bench.workspace, yamlInput(EDITED));
    await invoke(bench.service, 'apis.update', { api: ORDERS, name: 'Renamed meanwhile' });
    await invoke(bench.service, 'applications.create', { name: 'Unrelated', app_type: 'spa' });
    applyImport(bench.workspace, plan);
    expect((await invoke(bench.service, 'apis.get', { api: ORDERS })).name).toBe('Orders API');
    expect((await invoke(bench.service, 'applications.get', { app: 'Unrelated' })).app_type).toBe('spa');
  });

  it('refuses a plan made before the tenant changed what it would do, and writes nothing', async () => {
    const bench = await buildTenant();
    const plan = planImport(bench.workspace, yamlInput(EDITED));
    // Someone created the application the plan would add: the file now means theirs.
    await invoke(bench.service, 'applications.create', { name: 'Reporter', app_type: 'non_interactive' });
    const before = snapshot(bench);
    const error = thrown(() => applyImport(bench.workspace, plan));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'The tenant changed since this import was planned. Plan it again to see what it would do now.',
    );
    expect(snapshot(bench)).toEqual(before);
  });

  it('refuses a plan for another tenant', async () => {
    const bench = await buildTenant();
    const plan = planImport(bench.workspace, yamlInput(EDITED));
    const other = await useEmptyTenant(bench);
    const before = snapshot(bench);
    const error = thrown(() => applyImport(bench.workspace, plan));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      `This import was planned for ${plan.tenant.domain}, but the current tenant is ${other.domain}. Plan it again.`,
    );
    expect(snapshot(bench)).toEqual(before);
  });

  it('re-checks the rules when applying: a grant whose API was deleted meanwhile is refused', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      directoryInput({ 'grants/Worker-Billing.json': { client_id: 'Worker', audience: BILLING, scope: [] } }),
    );
    await invoke(bench.service, 'apis.delete', { api: BILLING, confirmIdentifier: BILLING });
    const before = snapshot(bench);
    const error = thrown(() => applyImport(bench.workspace, plan));
    expect(error.toJSON()).toEqual({
      code: 'invalid_body',
      message: `grants/Worker-Billing.json: audience "${BILLING}" is not an API in this file or tenant.`,
    });
    expect(snapshot(bench)).toEqual(before);
  });

  it('a change by another process just before the write: unrelated ones are kept, conflicting ones stop it all', async () => {
    const bench = await buildTenant();
    const cli = openWorkspace({ dataDir: bench.dataDir }); // a second process on the same files
    const original = bench.workspace.updateCurrentTenant.bind(bench.workspace);
    let meanwhile: () => void = () => {};
    bench.workspace.updateCurrentTenant = ((change: Parameters<typeof original>[0]) => {
      meanwhile();
      return original(change);
    }) as typeof original;

    // Unrelated: another application created between the plan's check and its write survives.
    meanwhile = () =>
      cli.updateCurrentTenant(
        (t) =>
          void t.applications.push({
            ...t.applications[0]!,
            client_id: 'z'.repeat(32),
            name: 'From the CLI',
          }),
      );
    applyImport(bench.workspace, planImport(bench.workspace, yamlInput(EDITED)));
    expect((await invoke(bench.service, 'applications.list', {})).map((a) => a.name)).toContain(
      'From the CLI',
    );
    expect(await invoke(bench.service, 'apis.get', { api: INVENTORY })).toBeTruthy();

    // Conflicting: the grant the plan changes was changed meanwhile; nothing is written, new secrets are removed.
    const yaml = stringify({
      clients: [{ name: 'Second', app_type: 'non_interactive' }],
      clientGrants: [{ client_id: 'Portal', audience: ORDERS, scope: [] }],
    });
    const plan = planImport(bench.workspace, yamlInput(yaml));
    meanwhile = () =>
      cli.updateCurrentTenant((t) => {
        t.client_grants = t.client_grants.filter(
          (g) => !(g.audience === ORDERS && g.scope.join() === 'read:orders'),
        );
      });
    const secretsBefore = snapshot(bench).secrets;
    const stored = vi.spyOn(bench.workspace.vault, 'setMany');
    const error = thrown(() => applyImport(bench.workspace, plan));
    expect(stored.mock.calls.map(([entries]) => entries.length)).toEqual([1]);
    expect(error.code).toBe('conflict');
    expect((await invoke(bench.service, 'applications.list', {})).map((a) => a.name)).not.toContain('Second');
    // The secret stored for "Second" before the write was taken back.
    expect(snapshot(bench).secrets).toBe(secretsBefore);
  });
});
