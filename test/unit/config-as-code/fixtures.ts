import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { invoke } from '../../../src/main/dispatch';
import {
  applyImport,
  planImport,
  type ImportInput,
  type ImportResult,
} from '../../../src/main/config-as-code';
import { SECRETS_FILE, WORKSPACE_FILE } from '../../../src/main/workspace';
import { WorkbenchError } from '../../../src/shared/errors';
import { openTestWorkbench, type TestWorkbench } from '../../helpers/service';

export const ORDERS = 'https://orders.example.com/api';
export const BILLING = 'https://billing.example.com';

/**
 * A tenant as a person would build it: two APIs with permissions and settings (one HS256), two
 * applications of our own besides the two test applications, and grants.
 */
export async function buildTenant(bench: TestWorkbench = openTestWorkbench()) {
  const { service } = bench;
  const orders = await invoke(service, 'apis.create', { name: 'Orders', identifier: ORDERS });
  await invoke(service, 'scopes.add', { api: ORDERS, value: 'read:orders', description: 'Read orders' });
  await invoke(service, 'scopes.add', { api: ORDERS, value: 'write:orders', description: 'Write orders' });
  await invoke(service, 'apis.update', {
    api: ORDERS,
    token_lifetime: 3600,
    token_lifetime_for_web: 600,
    allow_offline_access: true,
    enforce_policies: true,
    token_dialect: 'access_token_authz',
  });
  const billing = await invoke(service, 'apis.create', {
    name: 'Billing',
    identifier: BILLING,
    signing_alg: 'HS256',
  });
  await invoke(service, 'scopes.add', { api: BILLING, value: 'bill:read', description: '' });
  const worker = await invoke(service, 'applications.create', {
    name: 'Worker',
    app_type: 'non_interactive',
  });
  const portal = await invoke(service, 'applications.create', { name: 'Portal', app_type: 'regular_web' });
  await invoke(service, 'grants.create', {
    app: 'Worker',
    api: ORDERS,
    scope: ['read:orders', 'write:orders'],
  });
  await invoke(service, 'grants.create', { app: 'Worker', api: BILLING, scope: ['bill:read'] });
  await invoke(service, 'grants.create', { app: 'Portal', api: ORDERS, scope: ['read:orders'] });
  await invoke(service, 'grants.update', {
    app: 'Orders (Test Application)',
    api: ORDERS,
    scope: ['read:orders'],
  });
  return { ...bench, orders, billing, worker, portal };
}

/** The bytes of workspace.json and secrets.json: what "nothing changed" means. */
export function snapshot(bench: TestWorkbench): { workspace: string; secrets: string } {
  const read = (name: string) => fs.readFileSync(path.join(bench.dataDir, `${name}.json`), 'utf8');
  return { workspace: read(WORKSPACE_FILE), secrets: read(SECRETS_FILE) };
}

/** Plans and applies; checks that applying changed what the plan said it would. */
export function importAll(bench: TestWorkbench, input: ImportInput): ImportResult {
  const plan = planImport(bench.workspace, input);
  const result = applyImport(bench.workspace, plan);
  expect(result.added.apis).toBe(plan.apis.added.length);
  return result;
}

export async function useEmptyTenant(bench: TestWorkbench) {
  return invoke(bench.service, 'tenants.create', { use: true });
}

export function yamlInput(content: string, fileName = 'tenant.yaml'): ImportInput {
  return { format: 'yaml', fileName, content };
}

export function jsonInput(value: unknown, fileName = 'tenant.json'): ImportInput {
  return {
    format: 'json',
    fileName,
    content: typeof value === 'string' ? value : JSON.stringify(value, null, 2),
  };
}

export function directoryInput(files: Record<string, unknown>, root = 'config'): ImportInput {
  return {
    format: 'directory',
    root,
    files: Object.entries(files).map(([p, v]) => ({
      path: p,
      content: typeof v === 'string' ? v : JSON.stringify(v, null, 2),
    })),
  };
}

/** The WorkbenchError a call throws (fails the test when it does not throw one). */
export function thrown(call: () => unknown): WorkbenchError {
  try {
    call();
  } catch (error) {
    if (error instanceof WorkbenchError) return error;
    throw error;
  }
  throw new Error('expected a WorkbenchError, nothing was thrown');
}
