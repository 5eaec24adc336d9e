import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyImport, planImport, type ImportInput } from '../../../src/main/config-as-code';
import { locateJsonError } from '../../../src/main/config-as-code/formats/json-text';
import { invoke } from '../../../src/main/dispatch';
import { buildTenant, directoryInput, jsonInput, ORDERS, snapshot, thrown, yamlInput } from './fixtures';

type Bench = Awaited<ReturnType<typeof buildTenant>>;

/** Refused with exactly this message, as 'invalid_body', and workspace.json and secrets.json unchanged. */
async function expectRefusal(
  input: ImportInput | ((bench: Bench) => ImportInput),
  message: string | ((bench: Bench) => string),
  setup?: (bench: Bench) => Promise<unknown>,
) {
  const bench = await buildTenant();
  await setup?.(bench);
  const before = snapshot(bench);
  const error = thrown(() => planImport(bench.workspace, typeof input === 'function' ? input(bench) : input));
  expect(error.toJSON()).toEqual({
    code: 'invalid_body',
    message: typeof message === 'function' ? message(bench) : message,
  });
  expect(snapshot(bench)).toEqual(before);
}

const api = (fields: Record<string, unknown>) => ({ name: 'New', identifier: 'https://new', ...fields });
/** Two good APIs, then the one under test at resourceServers[2]. */
const third = (fields: Record<string, unknown>) =>
  yamlInput(
    stringify({
      resourceServers: [api({ identifier: 'https://a' }), api({ identifier: 'https://b' }), api(fields)],
    }),
  );

describe('files that do not parse', () => {
  it.each([
    [
      'a YAML flow sequence left open',
      yamlInput('resourceServers:\n  - name: [Orders\n    identifier: x\n'),
      'tenant.yaml: line 3, column 5: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].',
    ],
    [
      'a YAML key given twice',
      yamlInput('resourceServers:\n  - name: A\n    name: B\n'),
      'tenant.yaml: line 3, column 5: not valid YAML: Map keys must be unique.',
    ],
    [
      'a YAML tag deploy-cli resolves and we do not',
      yamlInput('resourceServers: !include apis.yaml\n'),
      'tenant.yaml: line 1, column 18: not valid YAML: Unresolved tag: !include.',
    ],
    [
      'an unquoted ##KEY## (a YAML comment)',
      yamlInput('resourceServers:\n  - name: A\n    identifier: ##ENV## # the API\n'),
      'tenant.yaml: resourceServers[0].identifier: put ##ENV## in quotes ("##ENV##"): unquoted, YAML reads it as a comment and the value is empty.',
    ],
    [
      'a JSON trailing comma',
      jsonInput('{\n  "resourceServers": [\n    ,\n  ]\n}'),
      'tenant.json: line 3, column 5: not valid JSON: expected a value, found ",".',
    ],
    [
      'a JSON file cut short',
      jsonInput('{\n  "resourceServers": [\n'),
      'tenant.json: line 3, column 1: not valid JSON: expected a value, found the end of the file.',
    ],
    [
      'a JSON property name without quotes',
      jsonInput('{\n  resourceServers: []\n}', 'export.json'),
      'export.json: line 2, column 3: not valid JSON: expected a property name in double quotes, found "r".',
    ],
    [
      'a broken file in a directory',
      directoryInput({ 'clients/A.json': '{"name": "A",}' }),
      'clients/A.json: line 1, column 14: not valid JSON: expected a property name in double quotes, found "}".',
    ],
  ])('%s', async (_label, input, message) => {
    await expectRefusal(input, message);
  });

  it('locates every JSON syntax error that JSON.parse finds, and no other', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.json().map((s) => s.slice(0, Math.max(0, s.length - 1))),
      fc
        .tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', ':', '\n', 'x', '\\'))
        .map(([s, n, c]) => {
          const at = s.length === 0 ? 0 : n % s.length;
          return s.slice(0, at) + c + s.slice(at);
        }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const problem = locateJsonError(text);
        expect(problem === undefined).toBe(parses);
        if (problem !== undefined) expect(problem.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('files of the wrong shape', () => {
  it.each([
    [
      'a list at the top',
      yamlInput('- a\n- b\n'),
      'tenant.yaml: the file must hold an object with resourceServers, clients and clientGrants lists.',
    ],
    [
      'resourceServers not a list',
      yamlInput('resourceServers:\n  name: A\n'),
      'tenant.yaml: resourceServers: must be a list.',
    ],
    [
      'a client that is not an object',
      yamlInput('clients:\n  - Worker\n'),
      'tenant.yaml: clients[0]: must be an object describing an application (client).',
    ],
    [
      'a directory file holding a list',
      directoryInput({ 'grants/A.json': [] }),
      'grants/A.json: the file must hold one JSON object.',
    ],
  ])('%s', async (_label, input, message) => {
    await expectRefusal(input, message);
  });
});

describe('APIs breaking a rule of the UI', () => {
  const limit = (field: string) => `tenant.yaml: resourceServers[2].${field}`;
  it.each([
    [
      { token_lifetime: 2_592_001 },
      `${limit('token_lifetime')}: Token Expiration must be at most 2592000 seconds (30 days).`,
    ],
    [{ token_lifetime: -1 }, `${limit('token_lifetime')}: Token Expiration cannot be negative.`],
    [
      { token_lifetime: 1.5 },
      `${limit('token_lifetime')}: Token Expiration must be a whole number of seconds.`,
    ],
    [
      { token_lifetime: '##LIFETIME##' },
      `${limit('token_lifetime')}: Token Expiration must be a whole number of seconds (placeholders such as ##KEY## are kept as they are, never substituted).`,
    ],
    [
      { token_lifetime_for_web: 2_592_001 },
      `${limit('token_lifetime_for_web')}: Token Expiration For Browser Flows must be at most 2592000 seconds (30 days).`,
    ],
    [
      { token_lifetime: 100, token_lifetime_for_web: 200 },
      `${limit('token_lifetime_for_web')}: Token Expiration For Browser Flows (200) cannot be greater than Token Expiration (100).`,
    ],
    [{ name: 'n'.repeat(201) }, `${limit('name')}: Name must be at most 200 characters.`],
    [{ name: '' }, `${limit('name')}: Name is required.`],
    [{ name: undefined }, `${limit('name')}: Name is required.`],
    [{ name: 42 }, `${limit('name')}: Name must be text.`],
    [{ name: 'a <b>' }, `${limit('name')}: Name cannot contain the characters < or >.`],
    [{ identifier: 'i'.repeat(601) }, `${limit('identifier')}: Identifier must be at most 600 characters.`],
    [{ identifier: 'https://x ' }, `${limit('identifier')}: Identifier cannot start or end with spaces.`],
    [
      { signing_alg: 'none' },
      `${limit('signing_alg')}: Signing Algorithm must be one of RS256, PS256, HS256.`,
    ],
    [
      { token_dialect: 'jwt' },
      `${limit('token_dialect')}: token_dialect must be one of access_token, access_token_authz, rfc9068_profile, rfc9068_profile_authz.`,
    ],
    [
      { allow_offline_access: 'yes' },
      `${limit('allow_offline_access')}: Allow Offline Access must be true or false.`,
    ],
    [{ scopes: 'read' }, `${limit('scopes')}: Permissions (scopes) must be a list.`],
    [
      { scopes: [{ value: 'openid', description: '' }] },
      `${limit('scopes[0].value')}: "openid" is a reserved scope and cannot be used as a custom permission.`,
    ],
    [
      { scopes: [{ value: 'p'.repeat(281) }] },
      `${limit('scopes[0].value')}: Permission must be at most 280 characters.`,
    ],
    [
      { scopes: [{ value: 'read orders' }] },
      `${limit('scopes[0].value')}: Permission cannot contain spaces.`,
    ],
    [{ scopes: [{ value: '' }] }, `${limit('scopes[0].value')}: Permission is required.`],
    [
      { scopes: [{ value: 'ok', description: 'd'.repeat(501) }] },
      `${limit('scopes[0].description')}: Description must be at most 500 characters.`,
    ],
    [
      { scopes: [{ value: 'read:x' }, { value: 'read:x' }] },
      `${limit('scopes[1].value')}: The permission "read:x" already exists in this API.`,
    ],
    [
      { identifier: 'https://a' },
      `${limit('identifier')}: "https://a" is also the identifier of resourceServers[0].`,
    ],
  ])('refuses %j', async (fields, message) => {
    await expectRefusal(third(fields), message);
  });

  it('accepts the bounds: 0 and 2592000 seconds, 200-character names, 280-character permissions', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      third({
        name: 'n'.repeat(200),
        identifier: 'i'.repeat(600),
        token_lifetime: 2_592_000,
        token_lifetime_for_web: 0,
        scopes: [{ value: 'p'.repeat(280), description: 'd'.repeat(500) }],
      }),
    );
    expect(plan.apis.added).toHaveLength(3);
  });

  it('refuses a lifetime below the browser-flow lifetime an existing API keeps', async () => {
    await expectRefusal(
      yamlInput(
        stringify({ resourceServers: [{ name: 'Orders', identifier: ORDERS, token_lifetime: 300 }] }),
      ),
      'tenant.yaml: resourceServers[0].token_lifetime: Token Expiration For Browser Flows (600) cannot be greater than Token Expiration (300).',
    );
  });

  it('refuses a new signing algorithm for an existing API', async () => {
    await expectRefusal(
      yamlInput(
        stringify({ resourceServers: [{ name: 'Orders', identifier: ORDERS, signing_alg: 'HS256' }] }),
      ),
      `tenant.yaml: resourceServers[0].signing_alg: Signing Algorithm cannot be changed after creation (${ORDERS} uses RS256).`,
    );
  });

  it('refuses an identifier given twice across directory files', async () => {
    await expectRefusal(
      directoryInput({
        'resource-servers/A.json': api({ name: 'A', identifier: 'https://dup' }),
        'resource-servers/B.json': api({ name: 'B', identifier: 'https://dup' }),
      }),
      'resource-servers/B.json: identifier: "https://dup" is also the identifier of resource-servers/A.json.',
    );
  });
});

describe('applications breaking a rule', () => {
  it.each([
    [
      { name: 'A', app_type: 'resource_server' },
      'tenant.yaml: clients[0].app_type: Application Type must be Machine to Machine, Regular Web, Single Page or Native.',
    ],
    [{ name: 'A' }, 'tenant.yaml: clients[0].app_type: Application Type is required for a new application.'],
    [
      { name: 'A', app_type: 'spa', grant_types: ['urn:ietf:params:oauth:grant-type:device_code'] },
      'tenant.yaml: clients[0].grant_types[0]: Grant types must be among client_credentials, authorization_code, implicit, refresh_token, password.',
    ],
    [{ name: '   ', app_type: 'spa' }, 'tenant.yaml: clients[0].name: Name is required.'],
    [
      { name: 'n'.repeat(201), app_type: 'spa' },
      'tenant.yaml: clients[0].name: Name must be at most 200 characters.',
    ],
  ])('refuses %j', async (client, message) => {
    await expectRefusal(yamlInput(stringify({ clients: [client] })), message);
  });

  it('refuses two applications with one name in a deploy-cli file', async () => {
    await expectRefusal(
      yamlInput(
        stringify({
          clients: [
            { name: 'Dup', app_type: 'spa' },
            { name: 'Dup', app_type: 'native' },
          ],
        }),
      ),
      'tenant.yaml: clients[1].name: "Dup" is also the name of clients[0]; grants refer to applications by name, so each name must be unique.',
    );
  });

  it('refuses a name that several applications of the tenant share', async () => {
    await expectRefusal(
      yamlInput(stringify({ clients: [{ name: 'Worker', app_type: 'non_interactive' }] })),
      'tenant.yaml: clients[0].name: 2 applications in this tenant are named "Worker", so the name cannot tell which one to update; give them different names first.',
      (bench) => invoke(bench.service, 'applications.create', { name: 'Worker', app_type: 'spa' }),
    );
  });

  it('refuses one client_id given twice in JSON', async () => {
    await expectRefusal(
      jsonInput({
        clients: [
          { client_id: 'abc', name: 'A', app_type: 'spa' },
          { client_id: 'abc', name: 'B', app_type: 'spa' },
        ],
      }),
      'tenant.json: clients[1].client_id: "abc" is also the client_id of clients[0].',
    );
  });

  it('refuses two JSON entries that update the same application', async () => {
    await expectRefusal(
      (bench) =>
        jsonInput({ clients: [{ client_id: bench.worker.client_id, name: 'Renamed' }, { name: 'Worker' }] }),
      (bench) =>
        `tenant.json: clients[1]: updates the same application ("Worker", ${bench.worker.client_id}) as clients[0].`,
    );
  });
});

describe('grants naming what does not exist', () => {
  it('an API that is neither in the file nor in the tenant', async () => {
    await expectRefusal(
      directoryInput({
        'grants/Worker-Orders.json': { client_id: 'Worker', audience: 'https://nope', scope: [] },
      }),
      'grants/Worker-Orders.json: audience "https://nope" is not an API in this file or tenant.',
    );
  });

  it('an application that is neither in the file nor in the tenant', async () => {
    await expectRefusal(
      yamlInput(stringify({ clientGrants: [{ client_id: 'Nope', audience: ORDERS, scope: [] }] })),
      'tenant.yaml: clientGrants[0]: client_id "Nope" is not an application in this file or tenant.',
    );
  });

  it('an application by a client_id in deploy-cli formats, which name applications', async () => {
    await expectRefusal(
      (bench) =>
        yamlInput(
          stringify({ clientGrants: [{ client_id: bench.worker.client_id, audience: ORDERS, scope: [] }] }),
        ),
      (bench) =>
        `tenant.yaml: clientGrants[0]: client_id "${bench.worker.client_id}" is not an application in this file or tenant.`,
    );
  });

  it('an application name several applications share', async () => {
    await expectRefusal(
      yamlInput(stringify({ clientGrants: [{ client_id: 'Worker', audience: ORDERS, scope: [] }] })),
      'tenant.yaml: clientGrants[0]: client_id "Worker" names 2 applications; give them different names so that the name tells them apart.',
      (bench) => invoke(bench.service, 'applications.create', { name: 'Worker', app_type: 'spa' }),
    );
  });

  it('a permission the API does not define', async () => {
    await expectRefusal(
      yamlInput(
        stringify({
          clientGrants: [{ client_id: 'Worker', audience: ORDERS, scope: ['read:orders', 'delete:orders'] }],
        }),
      ),
      `tenant.yaml: clientGrants[0]: scope "delete:orders" is not a permission of ${ORDERS}.`,
    );
  });

  it('a permission the same file removes from the API', async () => {
    await expectRefusal(
      yamlInput(
        stringify({
          resourceServers: [
            { name: 'Orders', identifier: ORDERS, scopes: [{ value: 'read:orders', description: '' }] },
          ],
          clientGrants: [{ client_id: 'Worker', audience: ORDERS, scope: ['write:orders'] }],
        }),
      ),
      `tenant.yaml: clientGrants[0]: scope "write:orders" is not a permission of ${ORDERS}.`,
    );
  });

  it('a second grant for the same application and API', async () => {
    await expectRefusal(
      yamlInput(
        stringify({
          clientGrants: [
            { client_id: 'Worker', audience: ORDERS, scope: [] },
            { client_id: 'Worker', audience: ORDERS, scope: ['read:orders'] },
          ],
        }),
      ),
      `tenant.yaml: clientGrants[1]: "Worker" already has a grant for ${ORDERS} in clientGrants[0].`,
    );
  });

  it('a grant without an audience', async () => {
    await expectRefusal(
      yamlInput(stringify({ clientGrants: [{ client_id: 'Worker', scope: [] }] })),
      'tenant.yaml: clientGrants[0].audience: audience is required.',
    );
  });
});

describe('applyImport checks the plan it is given', () => {
  it('refuses a plan whose document was changed after planning, and writes nothing', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      yamlInput(stringify({ resourceServers: [api({ token_lifetime: 60 })] })),
    );
    plan.document.resourceServers[0]!.value.token_lifetime = 2_592_001;
    const before = snapshot(bench);
    expect(thrown(() => applyImport(bench.workspace, plan)).toJSON()).toEqual({
      code: 'invalid_body',
      message:
        'tenant.yaml: resourceServers[0].token_lifetime: Token Expiration must be at most 2592000 seconds (30 days).',
    });
    expect(snapshot(bench)).toEqual(before);
  });

  it('refuses something that is not a plan', async () => {
    const bench = await buildTenant();
    const before = snapshot(bench);
    const error = thrown(() => applyImport(bench.workspace, { format: 'yaml' } as never));
    expect(error.toJSON()).toEqual({
      code: 'invalid_body',
      message: 'This is not an import plan. Plan the import again.',
    });
    expect(snapshot(bench)).toEqual(before);
  });
});
