import type {
  StoredApi,
  StoredApplication,
  StoredClientGrant,
  StoredTenant,
} from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { describeWhere } from './errors';
import { merge, type IdSource, type Merged, type Outcome } from './merge';
import { parseImportInput } from './parse';
import type {
  ApiPlanItem,
  ApplicationPlanItem,
  GrantPlanItem,
  ImportDocument,
  ImportInput,
  ImportPlan,
  PlanSection,
} from '../../shared/config-as-code/schemas';

/** Ids a plan never shows: new entries are only counted and named. */
export function previewIds(): IdSource {
  let grants = 0;
  return {
    now: new Date().toISOString(),
    apiId: (identifier) => `new-api:${identifier}`,
    clientId: (index) => `new-client:${index}`,
    grantId: () => `new-grant:${(grants += 1)}`,
  };
}

function emptySection<T>(): PlanSection<T> {
  return { added: [], changed: [], unchanged: [], notInFile: [] };
}

function file(outcome: Outcome<unknown>): string | null {
  return outcome.where === null ? null : describeWhere(outcome.where);
}

function place<T>(section: PlanSection<T>, isNew: boolean, item: T & { fields: string[] }): void {
  if (isNew) section.added.push(item);
  else if (item.fields.length > 0) section.changed.push(item);
  else section.unchanged.push(item);
}

const API_FIELDS = [
  'name',
  'token_lifetime',
  'token_lifetime_for_web',
  'allow_offline_access',
  'skip_consent_for_verifiable_first_party_clients',
  'enforce_policies',
  'token_dialect',
] as const;

function scopeChanges(before: StoredApi | undefined, after: StoredApi): ApiPlanItem['scopes'] {
  const old = new Map(before?.scopes.map((s) => [s.value, s.description]));
  const now = new Set(after.scopes.map((s) => s.value));
  return {
    added: after.scopes.filter((s) => !old.has(s.value)).map((s) => s.value),
    changed: after.scopes
      .filter((s) => old.has(s.value) && old.get(s.value) !== s.description)
      .map((s) => s.value),
    removed: [...old.keys()].filter((v) => !now.has(v)),
  };
}

function planApis(merged: Merged, tenant: StoredTenant): PlanSection<ApiPlanItem> {
  const section = emptySection<ApiPlanItem>();
  for (const outcome of merged.apis) {
    const { before, after } = outcome;
    const scopes = scopeChanges(before, after);
    const fields: string[] = before === undefined ? [] : API_FIELDS.filter((k) => before[k] !== after[k]);
    if (before !== undefined && scopes.added.length + scopes.changed.length + scopes.removed.length > 0)
      fields.push('scopes');
    place(section, before === undefined, {
      identifier: after.identifier,
      name: after.name,
      source: file(outcome),
      fields,
      scopes,
    });
  }
  const named = new Set(merged.apis.map((o) => o.before?.id));
  for (const api of tenant.apis) {
    if (named.has(api.id)) continue;
    section.notInFile.push({
      identifier: api.identifier,
      name: api.name,
      source: null,
      fields: [],
      scopes: { added: [], changed: [], removed: [] },
    });
  }
  return section;
}

function applicationFields(before: StoredApplication, after: StoredApplication): string[] {
  const fields: string[] = [];
  if (before.name !== after.name) fields.push('name');
  if (before.app_type !== after.app_type) fields.push('app_type');
  if (before.grant_types !== after.grant_types) fields.push('grant_types');
  return fields;
}

function planApplications(merged: Merged, tenant: StoredTenant): PlanSection<ApplicationPlanItem> {
  const section = emptySection<ApplicationPlanItem>();
  for (const outcome of merged.applications) {
    const { before, after } = outcome;
    place(section, before === undefined, {
      client_id: before === undefined ? null : after.client_id,
      name: after.name,
      source: file(outcome),
      fields: before === undefined ? [] : applicationFields(before, after),
    });
  }
  const named = new Set(merged.applications.map((o) => o.before?.client_id));
  for (const app of tenant.applications) {
    if (!named.has(app.client_id))
      section.notInFile.push({ client_id: app.client_id, name: app.name, source: null, fields: [] });
  }
  return section;
}

interface GrantNames {
  /** client_id → name, after the import. */
  names: Map<string, string>;
  /** client_ids that exist before the import. */
  existing: Set<string>;
}

function grantItem(outcome: Outcome<StoredClientGrant>, apps: GrantNames): GrantPlanItem {
  const { before, after } = outcome;
  const name = apps.names.get(after.client_id) ?? after.client_id;
  const old = new Set(before?.scope ?? []);
  const now = new Set(after.scope);
  const scope = {
    added: after.scope.filter((s) => !old.has(s)),
    removed: (before?.scope ?? []).filter((s) => !now.has(s)),
  };
  return {
    application: name,
    client_id: apps.existing.has(after.client_id) ? after.client_id : null,
    audience: after.audience,
    source: file(outcome),
    fields: before !== undefined && scope.added.length + scope.removed.length > 0 ? ['scope'] : [],
    scope,
  };
}

function planGrants(merged: Merged, tenant: StoredTenant): PlanSection<GrantPlanItem> {
  const section = emptySection<GrantPlanItem>();
  const apps: GrantNames = {
    names: new Map(merged.next.applications.map((a) => [a.client_id, a.name])),
    existing: new Set(tenant.applications.map((a) => a.client_id)),
  };
  for (const outcome of merged.grants) place(section, outcome.before === undefined, grantItem(outcome, apps));
  const touched = new Set(merged.grants.map((o) => o.before?.id));
  for (const grant of tenant.client_grants) {
    if (touched.has(grant.id)) continue;
    section.notInFile.push(grantItem({ where: null, before: grant, after: grant }, apps));
  }
  return section;
}

/** Plans a parsed document against a tenant; `applyImport` calls it again inside its write. */
export function planDocument(
  document: ImportDocument,
  warnings: string[],
  tenant: StoredTenant,
  ids: IdSource,
): { plan: ImportPlan; merged: Merged } {
  const merged = merge(document, tenant, ids);
  const apis = planApis(merged, tenant);
  const applications = planApplications(merged, tenant);
  const grants = planGrants(merged, tenant);
  const hasChanges = [apis, applications, grants].some((s) => s.added.length + s.changed.length > 0);
  return {
    plan: {
      format: document.format,
      source: document.source,
      tenant: { id: tenant.id, domain: tenant.domain },
      apis,
      applications,
      grants,
      hasChanges,
      warnings,
      document,
    },
    merged,
  };
}

/**
 * Parses and checks the whole input against the current tenant and says what an import would add,
 * change and leave alone. Refuses (WorkbenchError 'invalid_body', naming the file, the path in it
 * and the reason) anything that does not parse or breaks a rule. Changes nothing.
 */
export function planImport(workspace: Workspace, input: ImportInput): ImportPlan {
  const { document, warnings } = parseImportInput(input);
  return planDocument(document, warnings, workspace.tenant(), previewIds()).plan;
}
