import { z } from 'zod';
import { ScopeSchema, SIGNING_ALGORITHMS, TOKEN_DIALECTS } from '../../shared/domain/api';
import { APP_TYPES } from '../../shared/domain/application';
import { StoredLibraryKeySchema } from '../keys/library-schema';
import type { Migration } from './versioned-document';

/**
 * The on-disk shape of `workspace.json`. Field names follow the Management API so that exports
 * read like the real service's. Secrets are not here: they live in `secrets.json`.
 */
export const WORKSPACE_SCHEMA_VERSION = 1;

export const StoredApiSchema = z.object({
  id: z.string(),
  name: z.string(),
  identifier: z.string(),
  signing_alg: z.enum(SIGNING_ALGORITHMS),
  token_lifetime: z.number().int(),
  token_lifetime_for_web: z.number().int(),
  allow_offline_access: z.boolean(),
  skip_consent_for_verifiable_first_party_clients: z.boolean(),
  enforce_policies: z.boolean(),
  token_dialect: z.enum(TOKEN_DIALECTS),
  scopes: z.array(ScopeSchema),
  created_at: z.string(),
  updated_at: z.string(),
});
export type StoredApi = z.infer<typeof StoredApiSchema>;


export const StoredApplicationSchema = z.object({
  client_id: z.string(),
  name: z.string(),
  app_type: z.enum(APP_TYPES),
  grant_types: z.array(z.string()),
  created_at: z.string(),
});
export type StoredApplication = z.infer<typeof StoredApplicationSchema>;

export const StoredClientGrantSchema = z.object({
  id: z.string(),
  client_id: z.string(),
  audience: z.string(),
  scope: z.array(z.string()),
});
export type StoredClientGrant = z.infer<typeof StoredClientGrantSchema>;

/**
 * A tenant signing key as stored (public parts only; the private key is in the vault under
 * `secretRef.signingKey`). src/main/keys owns its rules.
 */
export const StoredSigningKeySchema = z.object({
  kid: z.string(),
  state: z.enum(['next', 'current', 'previous', 'revoked']),
  /** Self-signed certificate, PEM. */
  cert: z.string(),
  created_at: z.string(),
  current_since: z.string().optional(),
  current_until: z.string().optional(),
  revoked_at: z.string().optional(),
});
export type StoredSigningKey = z.infer<typeof StoredSigningKeySchema>;

/** A token minted on the Test tab, kept only when the tenant's history is turned on. */
export const StoredMintedTokenSchema = z.object({
  time: z.string(),
  audience: z.string(),
  client_id: z.string(),
  application: z.string(),
  token: z.string(),
});
export const TOKEN_HISTORY_LIMIT = 50;

export const StoredTenantSchema = z.object({
  id: z.string(),
  domain: z.string(),
  name: z.string(),
  created_at: z.string(),
  apis: z.array(StoredApiSchema),
  applications: z.array(StoredApplicationSchema),
  client_grants: z.array(StoredClientGrantSchema),
  signing_keys: z.array(StoredSigningKeySchema),
  /** Opt-in, off by default: minted tokens are credentials too. */
  token_history_enabled: z.boolean().default(false),
  token_history: z.array(StoredMintedTokenSchema).default([]),
});
export type StoredTenant = z.infer<typeof StoredTenantSchema>;

/** The local issuer's last settings, so it starts the same way next time. */
export const IssuerSettingsSchema = z.object({
  port: z.number().int().min(0).max(65535),
  host: z.string(),
  /** A tenant id; null means the current tenant. */
  tenantId: z.string().nullable(),
  startWithApp: z.boolean(),
});
export type IssuerSettings = z.infer<typeof IssuerSettingsSchema>;
export const DEFAULT_ISSUER_SETTINGS: IssuerSettings = {
  port: 4466,
  host: '127.0.0.1',
  tenantId: null,
  startWithApp: false,
};

export const WorkspaceDocumentSchema = z.object({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  currentTenantId: z.string().nullable(),
  tenants: z.array(StoredTenantSchema),
  settings: z
    .object({ issuer: IssuerSettingsSchema.default(DEFAULT_ISSUER_SETTINGS) })
    .default({ issuer: DEFAULT_ISSUER_SETTINGS }),
  /** Keys for debugging and minting, shared by every tenant; private parts are in the vault. */
  key_library: z.array(StoredLibraryKeySchema).default([]),
});
export type WorkspaceDocument = z.infer<typeof WorkspaceDocumentSchema>;

export function emptyWorkspace(): WorkspaceDocument {
  return {
    schemaVersion: WORKSPACE_SCHEMA_VERSION,
    currentTenantId: null,
    tenants: [],
    settings: { issuer: DEFAULT_ISSUER_SETTINGS },
    key_library: [],
  };
}

/**
 * Migrations, oldest first. Version 0 is the unversioned pre-release file, whose tenants were an
 * object keyed by domain and whose APIs had no timestamps.
 */
export const WORKSPACE_MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    description: 'tenants keyed by domain become a list; APIs gain created_at/updated_at; apps and grants lists',
    migrate(document) {
      const byDomain = (document.tenants ?? {}) as Record<string, Record<string, unknown>>;
      const epoch = new Date(0).toISOString();
      const tenants: Record<string, unknown>[] = Object.entries(byDomain).map(([domain, tenant]) => ({
        applications: [],
        client_grants: [],
        signing_keys: [],
        ...tenant,
        domain,
        apis: ((tenant.apis ?? []) as Record<string, unknown>[]).map((api) => ({
          created_at: epoch,
          updated_at: epoch,
          ...api,
        })),
      }));
      const current = document.currentTenant as string | undefined;
      const currentTenantId = tenants.find((t) => t.domain === current)?.id ?? tenants[0]?.id ?? null;
      return { tenants, currentTenantId };
    },
  },
];
