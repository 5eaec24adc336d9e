import { WorkbenchError } from '../../shared/errors';
import { newId } from '../domain/ids';
import { secretRef } from '../domain/secret-refs';
import type { Workspace } from '../workspace';
import type { IdSource, Merged } from './merge';
import { planDocument } from './plan';
import { ImportPlanSchema, type ImportPlan, type ImportResult } from '../../shared/config-as-code/schemas';

/** Real ids, drawn once per new entry, so that secrets can be stored before the workspace write. */
interface Allocation {
  ids: IdSource;
  /** The same ids; asking for one that was not drawn before means the tenant changed meanwhile. */
  fixed(): IdSource;
}

function stale(): WorkbenchError {
  return new WorkbenchError(
    'conflict',
    'The tenant changed since this import was planned. Plan it again to see what it would do now.',
  );
}

function allocate(): Allocation {
  const apiIds = new Map<string, string>();
  const clientIds = new Map<number, string>();
  const now = new Date().toISOString();
  const memo = <K>(map: Map<K, string>, key: K, make: () => string): string => {
    const found = map.get(key);
    if (found !== undefined) return found;
    const made = make();
    map.set(key, made);
    return made;
  };
  const fixed = <K>(map: Map<K, string>, key: K): string => {
    const found = map.get(key);
    if (found === undefined) throw stale();
    return found;
  };
  return {
    ids: {
      now,
      apiId: (identifier) => memo(apiIds, identifier, newId.api),
      clientId: (index) => memo(clientIds, index, newId.clientId),
      grantId: newId.clientGrant,
    },
    fixed: () => ({
      now,
      apiId: (identifier) => fixed(apiIds, identifier),
      clientId: (index) => fixed(clientIds, index),
      grantId: newId.clientGrant,
    }),
  };
}

/** Vault entries that the import's new applications and new HS256 APIs need. */
function secretsNeeded(merged: Merged, tenantId: string): { ref: string; make: () => string }[] {
  return [
    ...merged.applications
      .filter((o) => o.before === undefined)
      .map((o) => ({ ref: secretRef.clientSecret(tenantId, o.after.client_id), make: newId.clientSecret })),
    ...merged.apis
      .filter((o) => o.before === undefined && o.after.signing_alg === 'HS256')
      .map((o) => ({ ref: secretRef.apiSigningSecret(tenantId, o.after.id), make: newId.signingSecret })),
  ];
}

/** JSON with sorted keys: two plans compare equal whatever order their keys crossed a boundary in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** What a person agreed to: the additions and changes, not what stays as it is. */
function actions(plan: ImportPlan): string {
  return canonical(
    [plan.apis, plan.applications, plan.grants].map((section) => ({
      added: section.added,
      changed: section.changed,
    })),
  );
}

function count(plan: ImportPlan, key: 'added' | 'changed' | 'unchanged') {
  return {
    apis: plan.apis[key].length,
    applications: plan.applications[key].length,
    grants: plan.grants[key].length,
  };
}

/**
 * Applies a plan from `planImport` in one workspace write: all of it or nothing. The plan's document
 * is checked and planned again inside the write; if that would now do something other than what
 * the plan says (another window or the CLI changed the tenant), nothing is written and a 'conflict'
 * asks for a new plan. Secrets of new applications and HS256 APIs are stored first.
 */
export function applyImport(workspace: Workspace, untrusted: ImportPlan): ImportResult {
  const parsed = ImportPlanSchema.safeParse(untrusted);
  if (!parsed.success)
    throw new WorkbenchError('invalid_body', 'This is not an import plan. Plan the import again.');
  const plan = parsed.data;
  const tenant = workspace.tenant();
  if (tenant.id !== plan.tenant.id) {
    throw new WorkbenchError(
      'conflict',
      `This import was planned for ${plan.tenant.domain}, but the current tenant is ${tenant.domain}. Plan it again.`,
    );
  }
  const allocation = allocate();
  const first = planDocument(plan.document, plan.warnings, tenant, allocation.ids);
  if (actions(first.plan) !== actions(plan)) throw stale();
  if (!first.plan.hasChanges) return result(first.plan, first.merged);

  const secrets = secretsNeeded(first.merged, tenant.id).map(({ ref, make }) => [ref, make()] as const);
  workspace.vault.setMany(secrets);
  let final: ReturnType<typeof planDocument>;
  try {
    final = workspace.updateCurrentTenant((draft) => {
      if (draft.id !== tenant.id) throw stale();
      const again = planDocument(plan.document, plan.warnings, draft, allocation.fixed());
      if (actions(again.plan) !== actions(plan)) throw stale();
      draft.apis = again.merged.next.apis;
      draft.applications = again.merged.next.applications;
      draft.client_grants = again.merged.next.client_grants;
      return again;
    });
  } catch (error) {
    if (secrets.length > 0) workspace.vault.delete(secrets.map(([ref]) => ref));
    throw error;
  }
  const used = new Set(secretsNeeded(final.merged, tenant.id).map((s) => s.ref));
  const unused = secrets.map(([ref]) => ref).filter((ref) => !used.has(ref));
  if (unused.length > 0) workspace.vault.delete(unused);

  return result(final.plan, final.merged);
}

function result(plan: ImportPlan, merged: Merged): ImportResult {
  return {
    tenant: plan.tenant,
    added: count(plan, 'added'),
    changed: count(plan, 'changed'),
    unchanged: count(plan, 'unchanged'),
    created: {
      apis: merged.apis
        .filter((o) => o.before === undefined)
        .map((o) => ({ id: o.after.id, identifier: o.after.identifier, name: o.after.name })),
      applications: merged.applications
        .filter((o) => o.before === undefined)
        .map((o) => ({ client_id: o.after.client_id, name: o.after.name })),
    },
  };
}
