import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportResources,
  parseImportInput,
  type ConfigFormat,
  type ImportInput,
} from '../../../src/main/config-as-code';
import { planDocument, previewIds } from '../../../src/main/config-as-code/plan';
import type { StoredApi, StoredApplication, StoredTenant } from '../../../src/main/storage/workspace-schema';
import { RESERVED_SCOPES, SIGNING_ALGORITHMS, TOKEN_DIALECTS } from '../../../src/shared/domain/api';
import { APP_TYPES, GRANT_TYPES } from '../../../src/shared/domain/application';

/** Text as people type it, with the characters formats care about: quotes, #, :, <, ..., unicode. */
const text = (min: number, max: number) =>
  fc.string({
    minLength: min,
    maxLength: max,
    unit: fc.constantFrom(
      'a',
      'Z',
      '0',
      ' ',
      '#',
      ':',
      '"',
      "'",
      '/',
      '.',
      '-',
      '\\',
      '*',
      '{',
      'é',
      '😀',
      '\t',
    ),
  });

const apiName = text(1, 20).filter((s) => !/[<>]/.test(s));
const appName = text(1, 20).filter((s) => s.trim() === s && s.length > 0 && !/[<>]/.test(s));
const identifier = fc
  .oneof(text(1, 30), fc.constantFrom('https://##ENV##.example.com/api'))
  .filter((s) => s.trim() === s && s !== '');
const scopeValue = fc
  .string({ minLength: 1, maxLength: 12, unit: fc.constantFrom('r', 'w', ':', '#', '*', '/', '.', 'é') })
  .filter((s) => !(RESERVED_SCOPES as readonly string[]).includes(s));

const api = fc
  .record({
    name: apiName,
    identifier,
    signing_alg: fc.constantFrom(...SIGNING_ALGORITHMS),
    token_lifetime: fc.integer({ min: 0, max: 2_592_000 }),
    web: fc.integer({ min: 0, max: 2_592_000 }),
    allow_offline_access: fc.boolean(),
    skip_consent_for_verifiable_first_party_clients: fc.boolean(),
    enforce_policies: fc.boolean(),
    token_dialect: fc.constantFrom(...TOKEN_DIALECTS),
    scopes: fc.uniqueArray(fc.record({ value: scopeValue, description: text(0, 15) }), {
      selector: (s) => s.value,
      maxLength: 5,
    }),
  })
  .map(({ web, ...a }): Omit<StoredApi, 'id' | 'created_at' | 'updated_at'> => ({
    ...a,
    token_lifetime_for_web: Math.min(web, a.token_lifetime),
  }));

const app = fc.record({
  name: appName,
  app_type: fc.constantFrom(...APP_TYPES),
  grant_types: fc.uniqueArray(fc.constantFrom(...GRANT_TYPES), { maxLength: 5 }),
});

const tenant = fc
  .record({
    apis: fc.uniqueArray(api, { selector: (a) => a.identifier, maxLength: 4 }),
    apps: fc.uniqueArray(app, { selector: (a) => a.name, maxLength: 4 }),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(fc.boolean(), { maxLength: 5 })), { maxLength: 8 }),
  })
  .map(({ apis, apps, picks }): StoredTenant => {
    const storedApis = apis.map((a, i) => ({
      ...a,
      id: `${i}`.padStart(24, '0'),
      created_at: '',
      updated_at: '',
    }));
    const storedApps: StoredApplication[] = apps.map((a, i) => ({
      ...a,
      client_id: `${i}`.padStart(32, 'c'),
      created_at: '',
    }));
    const grants = new Map<string, StoredTenant['client_grants'][number]>();
    for (const [appIndex, apiIndex, chosen] of picks) {
      const a = storedApps[appIndex % Math.max(1, storedApps.length)];
      const r = storedApis[apiIndex % Math.max(1, storedApis.length)];
      if (a === undefined || r === undefined) continue;
      const scope = r.scopes.filter((_, i) => chosen[i] === true).map((s) => s.value);
      grants.set(`${a.client_id} ${r.identifier}`, {
        id: `cgr_${grants.size}`,
        client_id: a.client_id,
        audience: r.identifier,
        scope,
      });
    }
    return {
      id: 't1',
      domain: 'a.local',
      name: 'a',
      created_at: '',
      apis: storedApis,
      applications: storedApps,
      client_grants: [...grants.values()],
      signing_keys: [],
      token_history_enabled: false,
      token_history: [],
    };
  });

function inputOf(format: ConfigFormat, source: StoredTenant): ImportInput {
  const files = exportResources(source, format).files;
  return format === 'directory'
    ? { format, root: 'cfg', files }
    : { format, fileName: files[0]!.path, content: files[0]!.content };
}

function importInto(target: StoredTenant, input: ImportInput): StoredTenant {
  const { document, warnings } = parseImportInput(input);
  expect(warnings).toEqual([]);
  const { plan, merged } = planDocument(document, warnings, target, previewIds());
  expect(plan.apis.changed).toEqual([]);
  return { ...target, ...merged.next };
}

const empty = (): StoredTenant => ({
  id: 't2',
  domain: 'b.local',
  name: 'b',
  created_at: '',
  apis: [],
  applications: [],
  client_grants: [],
  signing_keys: [],
  token_history_enabled: false,
  token_history: [],
});

describe('any tenant survives a round trip', () => {
  it('generates tenants with APIs, applications and grants', () => {
    const samples = fc.sample(tenant, { numRuns: 60, seed: 1 });
    expect(samples.filter((t) => t.client_grants.some((g) => g.scope.length > 0)).length).toBeGreaterThan(10);
  });

  it.each(['yaml', 'directory'] as const)(
    '%s: export, import into an empty tenant, export again: same files',
    (format) => {
      fc.assert(
        fc.property(tenant, (source) => {
          const imported = importInto(empty(), inputOf(format, source));
          expect(exportResources(imported, format).files).toEqual(exportResources(source, format).files);
          // And importing the export into the tenant it came from changes nothing.
          const again = planDocument(
            parseImportInput(inputOf(format, source)).document,
            [],
            source,
            previewIds(),
          ).plan;
          expect(again.hasChanges).toBe(false);
        }),
        { numRuns: 60 },
      );
    },
  );

  it('json: the same objects, ids aside', () => {
    fc.assert(
      fc.property(tenant, (source) => {
        const imported = importInto(empty(), inputOf('json', source));
        const strip = (t: StoredTenant) => {
          const names = new Map(t.applications.map((a) => [a.client_id, a.name]));
          return {
            apis: t.apis.map(({ id: _id, created_at: _c, updated_at: _u, ...a }) => a),
            apps: t.applications.map(({ client_id: _id, created_at: _c, ...a }) => a),
            grants: t.client_grants.map(({ id: _id, client_id, ...g }) => ({
              app: names.get(client_id),
              ...g,
            })),
          };
        };
        expect(strip(imported)).toEqual(strip(source));
      }),
      { numRuns: 60 },
    );
  });
});
