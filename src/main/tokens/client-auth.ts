import { timingSafeEqual } from 'node:crypto';
import { secretRef } from '../domain/secret-refs';
import type { StoredApplication, StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  // Constant time for equal lengths; the length itself is no secret (client secrets are 64 characters).
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The application whose client_id and secret these are, or undefined (unknown client or wrong secret alike). */
export function authenticateClient(
  workspace: Workspace,
  tenant: StoredTenant,
  clientId: string,
  clientSecret: string,
): StoredApplication | undefined {
  const app = tenant.applications.find((a) => a.client_id === clientId);
  const expected =
    app === undefined ? undefined : workspace.vault.get(secretRef.clientSecret(tenant.id, app.client_id));
  if (app === undefined || expected === undefined || !sameSecret(clientSecret, expected)) return undefined;
  return app;
}
