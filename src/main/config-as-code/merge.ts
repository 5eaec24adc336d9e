import { API_LIMITS } from '../../shared/domain/api';
import { defaultGrantTypes } from '../domain/applications';
import type { StoredApi, StoredApplication, StoredClientGrant } from '../storage/workspace-schema';
import { at, describeWhere, refuse } from './errors';
import type { Resources } from './model';
import { validateApi, validateClient, validateGrant, type FileApi, type FileClient } from './rules';
import type { ImportDocument, Where } from '../../shared/config-as-code/schemas';

/**
 * Lays an import document over a tenant: matches every entry to what it updates, checks every rule
 * that needs more than one field (lifetimes, uniqueness, references) and computes the tenant's
 * APIs, applications and grants as they would be afterwards. Pure: the workspace is not touched.
 */

/** Where new ids come from: placeholders for a plan, real (pre-allocated) ids when applying. */
export interface IdSource {
  now: string;
  apiId(identifier: string): string;
  /** `index` is the application's position in the document's clients. */
  clientId(index: number): string;
  grantId(): string;
}

export interface Outcome<T> {
  /** Null for what the tenant gets without the file naming it (a grant losing a removed scope). */
  where: Where | null;
  before: T | undefined;
  after: T;
}

export interface Merged {
  next: Resources;
  /** One per file entry, in file order. */
  apis: Outcome<StoredApi>[];
  applications: Outcome<StoredApplication>[];
  /** File grants first, then tenant grants that the file changes indirectly. */
  grants: Outcome<StoredClientGrant>[];
}

/** `resourceServers[1]` within the same file, `resource-servers/A.json` across files. */
function other(where: Where, previous: Where): string {
  return previous.file === where.file && previous.path !== '' ? previous.path : describeWhere(previous);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((v) => set.has(v));
}

// ---------------------------------------------------------------- APIs

const API_SETTINGS = [
  'name',
  'token_lifetime',
  'token_lifetime_for_web',
  'allow_offline_access',
  'skip_consent_for_verifiable_first_party_clients',
  'enforce_policies',
  'token_dialect',
] as const;

function fileScopes(
  file: FileApi,
  where: Where,
  before: StoredApi | undefined,
): StoredApi['scopes'] | undefined {
  if (file.scopes === undefined) return undefined;
  const seen = new Set<string>();
  const previous = new Map(before?.scopes.map((s) => [s.value, s.description]));
  return file.scopes.map((scope, index) => {
    if (seen.has(scope.value)) {
      refuse(
        at(where, 'scopes', index, 'value'),
        `The permission "${scope.value}" already exists in this API.`,
      );
    }
    seen.add(scope.value);
    // A permission without a description keeps the one it has.
    return { value: scope.value, description: scope.description ?? previous.get(scope.value) ?? '' };
  });
}

function sameScopes(a: StoredApi['scopes'], b: StoredApi['scopes']): boolean {
  const byValue = new Map(a.map((s) => [s.value, s.description]));
  return a.length === b.length && b.every((s) => byValue.get(s.value) === s.description);
}

function mergeApi(file: FileApi, where: Where, before: StoredApi | undefined, ids: IdSource): StoredApi {
  const scopes = fileScopes(file, where, before);
  let after: StoredApi;
  if (before === undefined) {
    const lifetime = file.token_lifetime ?? API_LIMITS.tokenLifetimeDefault;
    after = {
      id: ids.apiId(file.identifier),
      name: file.name,
      identifier: file.identifier,
      signing_alg: file.signing_alg ?? 'RS256',
      token_lifetime: lifetime,
      // Our choice: a new API's browser-flow default never exceeds the lifetime the file sets.
      token_lifetime_for_web:
        file.token_lifetime_for_web ?? Math.min(API_LIMITS.tokenLifetimeForWebDefault, lifetime),
      allow_offline_access: file.allow_offline_access ?? false,
      skip_consent_for_verifiable_first_party_clients:
        file.skip_consent_for_verifiable_first_party_clients ?? false,
      enforce_policies: file.enforce_policies ?? false,
      token_dialect: file.token_dialect ?? 'access_token',
      scopes: scopes ?? [],
      created_at: ids.now,
      updated_at: ids.now,
    };
  } else {
    if (file.signing_alg !== undefined && file.signing_alg !== before.signing_alg) {
      refuse(
        at(where, 'signing_alg'),
        `Signing Algorithm cannot be changed after creation (${before.identifier} uses ${before.signing_alg}).`,
      );
    }
    after = {
      ...before,
      scopes: scopes !== undefined && !sameScopes(before.scopes, scopes) ? scopes : before.scopes,
    };
    for (const key of API_SETTINGS) {
      const value = file[key];
      if (value !== undefined) (after as Record<string, unknown>)[key] = value;
    }
    const changed = after.scopes !== before.scopes || API_SETTINGS.some((key) => after[key] !== before[key]);
    after = changed ? { ...after, updated_at: ids.now } : before;
  }
  if (after.token_lifetime_for_web > after.token_lifetime) {
    refuse(
      at(where, file.token_lifetime_for_web !== undefined ? 'token_lifetime_for_web' : 'token_lifetime'),
      `Token Expiration For Browser Flows (${after.token_lifetime_for_web}) cannot be greater than Token Expiration (${after.token_lifetime}).`,
    );
  }
  return after;
}

function mergeApis(document: ImportDocument, tenant: Resources, ids: IdSource): Outcome<StoredApi>[] {
  const existing = new Map(tenant.apis.map((a) => [a.identifier, a]));
  const seen = new Map<string, Where>();
  return document.resourceServers.map((item) => {
    const file = validateApi(item);
    const previous = seen.get(file.identifier);
    if (previous !== undefined) {
      refuse(
        at(item.where, 'identifier'),
        `"${file.identifier}" is also the identifier of ${other(item.where, previous)}.`,
      );
    }
    seen.set(file.identifier, item.where);
    const before = existing.get(file.identifier);
    return { where: item.where, before, after: mergeApi(file, item.where, before, ids) };
  });
}

// ---------------------------------------------------------------- applications

function mergeApplication(
  file: FileClient,
  where: Where,
  before: StoredApplication | undefined,
  id: () => string,
  now: string,
) {
  if (before === undefined) {
    if (file.app_type === undefined)
      refuse(at(where, 'app_type'), 'Application Type is required for a new application.');
    return {
      client_id: id(),
      name: file.name,
      app_type: file.app_type,
      grant_types:
        file.grant_types === undefined ? defaultGrantTypes(file.app_type) : [...new Set(file.grant_types)],
      created_at: now,
    };
  }
  const grantTypes =
    file.grant_types === undefined || sameSet(before.grant_types, file.grant_types)
      ? before.grant_types
      : [...new Set(file.grant_types)];
  const after = {
    ...before,
    name: file.name,
    app_type: file.app_type ?? before.app_type,
    grant_types: grantTypes,
  };
  const changed =
    after.name !== before.name ||
    after.app_type !== before.app_type ||
    after.grant_types !== before.grant_types;
  return changed ? after : before;
}

function mergeApplications(
  document: ImportDocument,
  tenant: Resources,
  ids: IdSource,
): Outcome<StoredApplication>[] {
  const byClientId = new Map(tenant.applications.map((a) => [a.client_id, a]));
  const byName = groupBy(tenant.applications, (a) => a.name);
  const fileClientIds = new Map<string, Where>();
  const fileNames = new Map<string, Where>();
  const claimed = new Map<string, Where>();
  const byNameFormats = document.format !== 'json';
  return document.clients.map((item, index) => {
    const file = validateClient(item);
    let before: StoredApplication | undefined;
    if (file.client_id !== undefined) {
      const previous = fileClientIds.get(file.client_id);
      if (previous !== undefined) {
        refuse(
          at(item.where, 'client_id'),
          `"${file.client_id}" is also the client_id of ${other(item.where, previous)}.`,
        );
      }
      fileClientIds.set(file.client_id, item.where);
      before = byClientId.get(file.client_id);
    }
    if (byNameFormats) {
      const previous = fileNames.get(file.name);
      if (previous !== undefined) {
        refuse(
          at(item.where, 'name'),
          `"${file.name}" is also the name of ${other(item.where, previous)}; grants refer to applications by name, so each name must be unique.`,
        );
      }
      fileNames.set(file.name, item.where);
    }
    if (before === undefined) {
      const named = byName.get(file.name) ?? [];
      if (named.length > 1) {
        refuse(
          at(item.where, 'name'),
          `${named.length} applications in this tenant are named "${file.name}", so the name cannot tell which one to update; give them different names first.`,
        );
      }
      before = named[0];
    }
    if (before !== undefined) {
      const previous = claimed.get(before.client_id);
      if (previous !== undefined) {
        refuse(
          item.where,
          `updates the same application ("${before.name}", ${before.client_id}) as ${other(item.where, previous)}.`,
        );
      }
      claimed.set(before.client_id, item.where);
    }
    const after = mergeApplication(file, item.where, before, () => ids.clientId(index), ids.now);
    return { where: item.where, before, after };
  });
}

// ---------------------------------------------------------------- grants

interface GrantContext {
  document: ImportDocument;
  apis: Map<string, StoredApi>;
  /** JSON only: the client_ids written in the file, to the application each became. */
  fileClientIds: Map<string, StoredApplication>;
  appsById: Map<string, StoredApplication>;
  appsByName: Map<string, StoredApplication[]>;
}

function resolveApplication(ref: string, where: Where, context: GrantContext): StoredApplication {
  if (context.document.format === 'json') {
    const found = context.fileClientIds.get(ref) ?? context.appsById.get(ref);
    if (found !== undefined) return found;
  }
  const named = context.appsByName.get(ref.trim()) ?? [];
  if (named.length > 1) {
    refuse(
      where,
      `client_id "${ref}" names ${named.length} applications; give them different names so that the name tells them apart.`,
    );
  }
  const app = named[0];
  if (app === undefined) refuse(where, `client_id "${ref}" is not an application in this file or tenant.`);
  return app;
}

const grantKey = (clientId: string, audience: string) => `${clientId}\u0000${audience}`;

function mergeGrants(
  document: ImportDocument,
  tenant: Resources,
  next: Pick<Resources, 'apis' | 'applications'>,
  fileClientIds: Map<string, StoredApplication>,
  ids: IdSource,
): Outcome<StoredClientGrant>[] {
  const context: GrantContext = {
    document,
    apis: new Map(next.apis.map((a) => [a.identifier, a])),
    fileClientIds,
    appsById: new Map(next.applications.map((a) => [a.client_id, a])),
    appsByName: groupBy(next.applications, (a) => a.name),
  };
  const existing = new Map(tenant.client_grants.map((g) => [grantKey(g.client_id, g.audience), g]));
  const definedByAudience = new Map<string, Set<string>>();
  const defined = (audience: string): Set<string> => {
    let values = definedByAudience.get(audience);
    if (values === undefined) {
      values = new Set(context.apis.get(audience)?.scopes.map((s) => s.value));
      definedByAudience.set(audience, values);
    }
    return values;
  };
  const seen = new Map<string, Where>();
  const outcomes: Outcome<StoredClientGrant>[] = document.clientGrants.map((item) => {
    const file = validateGrant(item);
    const app = resolveApplication(file.client_id, item.where, context);
    const api = context.apis.get(file.audience);
    if (api === undefined)
      refuse(item.where, `audience "${file.audience}" is not an API in this file or tenant.`);
    const key = grantKey(app.client_id, api.identifier);
    const previous = seen.get(key);
    if (previous !== undefined) {
      refuse(
        item.where,
        `"${app.name}" already has a grant for ${api.identifier} in ${other(item.where, previous)}.`,
      );
    }
    seen.set(key, item.where);
    const scopes = defined(api.identifier);
    const unknown = file.scope?.find((s) => !scopes.has(s));
    if (unknown !== undefined)
      refuse(item.where, `scope "${unknown}" is not a permission of ${api.identifier}.`);
    const before = existing.get(key);
    const scope = file.scope === undefined ? undefined : [...new Set(file.scope)];
    let after: StoredClientGrant;
    if (before === undefined) {
      after = { id: ids.grantId(), client_id: app.client_id, audience: api.identifier, scope: scope ?? [] };
    } else {
      // Without a scope list the grant keeps its own, less any permission the API no longer has.
      const wanted = scope ?? before.scope.filter((s) => scopes.has(s));
      after = sameSet(before.scope, wanted) ? before : { ...before, scope: wanted };
    }
    return { where: item.where, before, after };
  });
  // Tenant grants the file does not name still lose the permissions their API no longer defines.
  for (const grant of tenant.client_grants) {
    const key = grantKey(grant.client_id, grant.audience);
    if (seen.has(key)) continue;
    const scopes = defined(grant.audience);
    const kept = grant.scope.filter((s) => scopes.has(s));
    if (kept.length !== grant.scope.length)
      outcomes.push({ where: null, before: grant, after: { ...grant, scope: kept } });
  }
  return outcomes;
}

// ---------------------------------------------------------------- all of it

/** Existing entries in their places (updated), then new ones in file order. */
function combine<T>(current: readonly T[], outcomes: readonly Outcome<T>[]): T[] {
  const replaced = new Map<T, T>();
  const added: T[] = [];
  for (const o of outcomes) {
    if (o.before === undefined) added.push(o.after);
    else replaced.set(o.before, o.after);
  }
  return [...current.map((item) => replaced.get(item) ?? item), ...added];
}

export function merge(document: ImportDocument, tenant: Resources, ids: IdSource): Merged {
  const apis = mergeApis(document, tenant, ids);
  const applications = mergeApplications(document, tenant, ids);
  const nextApis = combine(tenant.apis, apis);
  const nextApplications = combine(tenant.applications, applications);
  const fileClientIds = new Map<string, StoredApplication>();
  if (document.format === 'json') {
    document.clients.forEach((item, index) => {
      const written = item.value.client_id;
      const outcome = applications[index];
      if (typeof written === 'string' && outcome !== undefined) fileClientIds.set(written, outcome.after);
    });
  }
  const grants = mergeGrants(
    document,
    tenant,
    { apis: nextApis, applications: nextApplications },
    fileClientIds,
    ids,
  );
  return {
    next: {
      apis: nextApis,
      applications: nextApplications,
      client_grants: combine(tenant.client_grants, grants),
    },
    apis,
    applications,
    grants,
  };
}
