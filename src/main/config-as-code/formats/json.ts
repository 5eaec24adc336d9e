import type { Resources, RawDocument } from '../model';
import { readTopLevel } from '../model';
import { parseJsonText } from './json-text';

/**
 * Management API JSON: `{ resourceServers, clients, clientGrants }`, each object as the Management
 * API v2 returns it (with ids), minus secrets.
 */

export const JSON_FILE_NAME = 'tenant.json';

export function writeManagementJson(resources: Resources): string {
  const document = {
    resourceServers: resources.apis.map((api) => ({
      id: api.id,
      name: api.name,
      identifier: api.identifier,
      signing_alg: api.signing_alg,
      token_lifetime: api.token_lifetime,
      token_lifetime_for_web: api.token_lifetime_for_web,
      allow_offline_access: api.allow_offline_access,
      skip_consent_for_verifiable_first_party_clients: api.skip_consent_for_verifiable_first_party_clients,
      enforce_policies: api.enforce_policies,
      token_dialect: api.token_dialect,
      scopes: api.scopes.map((s) => ({ value: s.value, description: s.description })),
    })),
    clients: resources.applications.map((app) => ({
      client_id: app.client_id,
      name: app.name,
      app_type: app.app_type,
      grant_types: [...app.grant_types],
    })),
    clientGrants: resources.client_grants.map((grant) => ({
      id: grant.id,
      client_id: grant.client_id,
      audience: grant.audience,
      scope: [...grant.scope],
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function readManagementJson(fileName: string, content: string): RawDocument {
  return readTopLevel(fileName, parseJsonText(fileName, content));
}
