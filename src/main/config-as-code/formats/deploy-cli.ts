import type { StoredApi, StoredApplication, StoredClientGrant } from '../../storage/workspace-schema';
import type { Resources } from '../model';

/**
 * The object shapes auth0-deploy-cli writes for APIs, applications and grants: no ids, grants name
 * their application, key order as its exporter leaves it (name and identifier or client_id and
 * audience first, then the rest alphabetically) and records sorted by name.
 */

export interface DeployCliResourceServer {
  name: string;
  identifier: string;
  allow_offline_access: boolean;
  enforce_policies: boolean;
  scopes: { value: string; description: string }[];
  signing_alg: string;
  skip_consent_for_verifiable_first_party_clients: boolean;
  token_dialect: string;
  token_lifetime: number;
  token_lifetime_for_web: number;
}

export interface DeployCliClient {
  name: string;
  app_type: string;
  grant_types: string[];
}

export interface DeployCliGrant {
  /** The application's name. */
  client_id: string;
  audience: string;
  scope: string[];
}

export function deployCliResourceServer(api: StoredApi): DeployCliResourceServer {
  return {
    name: api.name,
    identifier: api.identifier,
    allow_offline_access: api.allow_offline_access,
    enforce_policies: api.enforce_policies,
    scopes: api.scopes.map((s) => ({ value: s.value, description: s.description })),
    signing_alg: api.signing_alg,
    skip_consent_for_verifiable_first_party_clients: api.skip_consent_for_verifiable_first_party_clients,
    token_dialect: api.token_dialect,
    token_lifetime: api.token_lifetime,
    token_lifetime_for_web: api.token_lifetime_for_web,
  };
}

export function deployCliClient(app: StoredApplication): DeployCliClient {
  return { name: app.name, app_type: app.app_type, grant_types: [...app.grant_types] };
}

/** deploy-cli compares with `>`: code-point order, not locale order. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface DeployCliRecords {
  resourceServers: DeployCliResourceServer[];
  clients: DeployCliClient[];
  /** Each with the API's name, which the directory layout puts in the file name. */
  clientGrants: { grant: DeployCliGrant; apiName: string }[];
}

/** A tenant's resources as deploy-cli records, sorted the way deploy-cli sorts them. */
export function deployCliRecords(resources: Resources): DeployCliRecords {
  const appNames = new Map(resources.applications.map((a) => [a.client_id, a.name]));
  const apiNames = new Map(resources.apis.map((a) => [a.identifier, a.name]));
  const grants = resources.client_grants.map((g: StoredClientGrant) => ({
    grant: { client_id: appNames.get(g.client_id) ?? g.client_id, audience: g.audience, scope: [...g.scope] },
    apiName: apiNames.get(g.audience) ?? g.audience,
  }));
  return {
    // Identifiers break ties between APIs of one name, so that the order (and with it which one is
    // "Orders (2).json") depends on nothing but the APIs themselves.
    resourceServers: resources.apis
      .map(deployCliResourceServer)
      .sort((a, b) => byCodePoint(a.name, b.name) || byCodePoint(a.identifier, b.identifier)),
    clients: resources.applications.map(deployCliClient).sort((a, b) => byCodePoint(a.name, b.name)),
    clientGrants: grants.sort(
      (a, b) =>
        byCodePoint(a.grant.client_id, b.grant.client_id) || byCodePoint(a.grant.audience, b.grant.audience),
    ),
  };
}

/** Names shared by several applications: a deploy-cli file cannot tell them apart. */
export function ambiguousApplicationNames(resources: Resources): string[] {
  const counts = new Map<string, number>();
  for (const app of resources.applications) counts.set(app.name, (counts.get(app.name) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([name]) => name);
}

export function duplicateNameWarnings(resources: Resources): string[] {
  return ambiguousApplicationNames(resources).map(
    (name) =>
      `Several applications are named "${name}": deploy-cli files refer to applications by name, so this export cannot be imported until they have different names.`,
  );
}
