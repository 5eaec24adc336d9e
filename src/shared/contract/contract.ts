import { z } from 'zod';
import {
  ApiSchema,
  CreateApiInputSchema,
  ScopeDescriptionSchema,
  ScopeValueSchema,
  UpdateApiInputSchema,
} from '../domain/api';
import {
  ApplicationSchema,
  ClientGrantSchema,
  CreateApplicationInputSchema,
  UpdateApplicationInputSchema,
} from '../domain/application';
import { TenantDomainSchema, TenantNameSchema, TenantSchema } from '../domain/tenant';
import {
  ExportResultSchema,
  ConfigFormatSchema,
  ImportInputSchema,
  ImportPlanSchema,
  ImportResultSchema,
} from '../config-as-code/schemas';
import {
  CERTIFICATE_EXPORT_FORMATS,
  ExportedFileSchema,
  KEY_CHANGE_ACTIONS,
  KEY_TYPES,
  KeyChangePreviewSchema,
  KeyChangeResultSchema,
  LibraryKeyViewSchema,
  PrivateKeyFileSchema,
  SigningKeyViewSchema,
  TenantJwksSchema,
} from '../domain/keys';
import type { Envelope } from '../errors';
import {
  DecryptResultSchema,
  DiscoveryResultSchema,
  ExpectedClaimsSchema,
  JwksFetchResultSchema,
  KeySourceSchema,
  VerifyArgsSchema,
  VerifyResultSchema,
} from '../jwt/schemas';
import type { MethodName } from './methods';

/**
 * Everything a user can do, as one map of namespaced methods. Each method takes one object of
 * arguments and returns one result; both are validated with these schemas wherever they cross a
 * boundary. Result schemas are objects that strip unknown keys, so a result can only ever carry
 * the fields listed here (no private key material slips through by accident).
 */
interface MethodSpec {
  args: z.ZodType;
  result: z.ZodType;
  /** One line for `--help` texts and docs. */
  summary: string;
}

const NoArgs = z.object({}).strict();

const StorageNoticeSchema = z.object({
  kind: z.literal('recovered'),
  /** The file that could not be read. */
  file: z.string(),
  /** Where its content was kept. */
  backupPath: z.string(),
  reason: z.string(),
  at: z.string(),
});
export type StorageNotice = z.infer<typeof StorageNoticeSchema>;

const WorkspaceStatusSchema = z.object({
  dataDir: z.string(),
  /** How private keys and secrets are kept on disk. */
  secretsAtRest: z.enum(['os-keychain', 'file-0600']),
  notices: z.array(StorageNoticeSchema),
  appVersion: z.string(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatusSchema>;

const TenantRefSchema = z.object({
  /** A tenant's id or its domain. */
  tenant: z.string().min(1, 'Tenant is required.'),
});

const ApiRefSchema = z.object({
  /** An API's id or identifier. */
  api: z.string().min(1, 'API is required.'),
});
const AppRefSchema = z.object({
  /** An application's Client ID or name. */
  app: z.string().min(1, 'Application is required.'),
});
const ScopeWithUsageSchema = z.object({
  value: z.string(),
  description: z.string(),
  granted_to: z.number().int(),
});
const ClientSecretSchema = z.object({ client_id: z.string(), client_secret: z.string() });
const GrantInputSchema = ApiRefSchema.merge(AppRefSchema).extend({
  scope: z.array(z.string()).default([]),
});

const SigningSecretSchema = z.object({ identifier: z.string(), signing_secret: z.string() });

const IssuerSettingsSchema = z.object({
  port: z.number().int(),
  host: z.string(),
  tenantId: z.string().nullable(),
  startWithApp: z.boolean(),
});
const IssuerStatusSchema = z.object({
  running: z.boolean(),
  settings: IssuerSettingsSchema,
  urls: z
    .object({ issuer: z.string(), token: z.string(), jwks: z.string(), discovery: z.string(), introspection: z.string() })
    .optional(),
  tenant: z.object({ id: z.string(), domain: z.string() }).optional(),
});
export type IssuerStatus = z.infer<typeof IssuerStatusSchema>;
const IssuerLogEntrySchema = z.object({
  time: z.string(),
  method: z.string(),
  path: z.string(),
  status: z.number().int(),
  client_id: z.string().optional(),
  audience: z.string().optional(),
  error: z.string().optional(),
  ms: z.number(),
});

/** Every JWS algorithm the encoder signs with (RFC 7518, RFC 8037). */
export const JWS_ALGORITHM_NAMES = [
  'HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA',
] as const;

const SigningKeyChoiceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('tenant'), kid: z.string().optional() }),
  z.object({ source: z.literal('library'), id: z.string().min(1, 'Choose a library key.') }),
  z.object({
    source: z.literal('pasted'),
    text: z.string().min(1, 'Paste a private key (PEM or JWK).').max(1024 * 1024, 'A key is at most 1 MiB.'),
    password: z.string().optional(),
  }),
  z.object({
    source: z.literal('secret'),
    secret: z.string().min(1, 'Enter a secret.').max(64 * 1024, 'A secret is at most 64 KiB.'),
    encoding: z.enum(['utf8', 'base64', 'base64url', 'hex']).default('utf8'),
  }),
]);

const TokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  scope: z.string().optional(),
});
const MintResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('issued'),
    client_id: z.string(),
    issuer: z.string(),
    response: TokenResponseSchema,
    header: z.record(z.string(), z.unknown()),
    payload: z.record(z.string(), z.unknown()),
  }),
  z.object({
    outcome: z.literal('refused'),
    client_id: z.string(),
    /** What the token endpoint would answer. */
    error: z.object({ status: z.number().int(), error: z.string(), error_description: z.string() }),
  }),
]);
export type MintResult = z.infer<typeof MintResultSchema>;

const TokenHistorySchema = z.object({
  enabled: z.boolean(),
  entries: z.array(
    z.object({ time: z.string(), audience: z.string(), client_id: z.string(), application: z.string(), token: z.string() }),
  ),
});

export const contract = {
  'workspace.status': {
    summary: 'Where data lives, how secrets are kept, and anything storage had to recover from.',
    args: NoArgs,
    result: WorkspaceStatusSchema,
  },
  'tenants.list': {
    summary: 'List tenants.',
    args: NoArgs,
    result: z.array(TenantSchema),
  },
  'tenants.current': {
    summary: 'The tenant every other method works on.',
    args: NoArgs,
    result: TenantSchema,
  },
  'tenants.create': {
    summary: 'Create a tenant (a random dev-xxxxxx.local domain unless one is given).',
    args: z.object({
      domain: TenantDomainSchema.optional(),
      name: TenantNameSchema.optional(),
      use: z.boolean().default(false),
    }),
    result: TenantSchema,
  },
  'tenants.rename': {
    summary: "Change a tenant's display name (its domain stays).",
    args: TenantRefSchema.extend({ name: TenantNameSchema }),
    result: TenantSchema,
  },
  'tenants.use': {
    summary: 'Switch to another tenant.',
    args: TenantRefSchema,
    result: TenantSchema,
  },
  'tenants.delete': {
    summary: 'Delete a tenant and everything in it; confirmDomain must repeat its domain.',
    args: TenantRefSchema.extend({ confirmDomain: z.string() }),
    result: z.object({ deleted: z.string() }),
  },
  'apis.list': {
    summary: "List the current tenant's APIs.",
    args: NoArgs,
    result: z.array(ApiSchema),
  },
  'apis.get': {
    summary: 'One API, by id or identifier.',
    args: ApiRefSchema,
    result: ApiSchema,
  },
  'apis.create': {
    summary: 'Create an API in the current tenant.',
    args: CreateApiInputSchema,
    result: ApiSchema,
  },
  'apis.update': {
    summary: "Change an API's settings (not its identifier or signing algorithm).",
    args: UpdateApiInputSchema,
    result: ApiSchema,
  },
  'apis.delete': {
    summary: 'Delete an API and its grants; confirmIdentifier must repeat its identifier.',
    args: ApiRefSchema.extend({ confirmIdentifier: z.string() }),
    result: z.object({ deleted: z.string() }),
  },
  'scopes.list': {
    summary: "An API's permissions, each with how many applications hold it.",
    args: ApiRefSchema,
    result: z.array(ScopeWithUsageSchema),
  },
  'scopes.add': {
    summary: 'Add a permission to an API.',
    args: ApiRefSchema.extend({ value: ScopeValueSchema, description: ScopeDescriptionSchema.default('') }),
    result: ScopeWithUsageSchema,
  },
  'scopes.update': {
    summary: "Change a permission's description.",
    args: ApiRefSchema.extend({ value: z.string().min(1, 'Permission is required.'), description: ScopeDescriptionSchema }),
    result: ScopeWithUsageSchema,
  },
  'scopes.remove': {
    summary: 'Remove a permission from an API and from every grant that holds it.',
    args: ApiRefSchema.extend({ value: z.string().min(1, 'Permission is required.') }),
    result: z.object({ removed: z.string(), removed_from_grants: z.number().int() }),
  },
  'applications.list': {
    summary: "List the current tenant's applications.",
    args: NoArgs,
    result: z.array(ApplicationSchema),
  },
  'applications.get': {
    summary: 'One application, by Client ID or name.',
    args: AppRefSchema,
    result: ApplicationSchema,
  },
  'applications.create': {
    summary: 'Create an application.',
    args: CreateApplicationInputSchema,
    result: ApplicationSchema,
  },
  'applications.update': {
    summary: 'Rename an application or change its grant types (its grants are kept).',
    args: UpdateApplicationInputSchema,
    result: ApplicationSchema,
  },
  'applications.delete': {
    summary: 'Delete an application and its grants; confirmName must repeat its name.',
    args: AppRefSchema.extend({ confirmName: z.string() }),
    result: z.object({ deleted: z.string(), grants_removed: z.number().int() }),
  },
  'applications.revealSecret': {
    summary: "Reveal an application's client secret (explicit call only).",
    args: AppRefSchema,
    result: ClientSecretSchema,
  },
  'applications.rotateSecret': {
    summary: 'Replace the client secret; the old one stops working at once.',
    args: AppRefSchema,
    result: ClientSecretSchema,
  },
  'grants.list': {
    summary: 'Client grants, optionally for one API and/or one application.',
    args: z.object({ api: z.string().optional(), app: z.string().optional() }),
    result: z.array(ClientGrantSchema),
  },
  'grants.create': {
    summary: 'Authorize an application for an API with some of its permissions.',
    args: GrantInputSchema,
    result: ClientGrantSchema,
  },
  'grants.update': {
    summary: "Replace the permissions of an application's grant.",
    args: GrantInputSchema,
    result: ClientGrantSchema,
  },
  'grants.remove': {
    summary: 'Remove the authorization of an application for an API.',
    args: ApiRefSchema.merge(AppRefSchema),
    result: z.object({ deleted: z.string() }),
  },
  'apis.revealSigningSecret': {
    summary: "Reveal an HS256 API's signing secret (explicit call only).",
    args: ApiRefSchema,
    result: SigningSecretSchema,
  },
  'apis.rotateSigningSecret': {
    summary: 'Replace the signing secret of an HS256 API; tokens signed with the old one stop verifying.',
    args: ApiRefSchema,
    result: SigningSecretSchema,
  },
  'keys.list': {
    summary: "The current tenant's signing keys: valid ones and the last three revoked.",
    args: NoArgs,
    result: z.array(SigningKeyViewSchema),
  },
  'keys.preview': {
    summary: 'What a rotate or revoke would change, for the confirmation dialog.',
    args: z.object({ action: z.enum(KEY_CHANGE_ACTIONS) }),
    result: KeyChangePreviewSchema,
  },
  'keys.rotate': {
    summary: 'Next becomes current, current becomes previous, a new next key is made.',
    args: z.object({ expectCurrentKid: z.string().optional() }),
    result: KeyChangeResultSchema,
  },
  'keys.revoke': {
    summary: 'Revoke the previous key: tokens it signed stop verifying.',
    args: z.object({ kid: z.string().optional() }),
    result: KeyChangeResultSchema,
  },
  'keys.rotateAndRevoke': {
    summary: 'Rotate and revoke the key that was current, in one step.',
    args: z.object({ expectCurrentKid: z.string().optional() }),
    result: KeyChangeResultSchema,
  },
  'keys.jwks': {
    summary: "The tenant's JWKS: current, next and previous until revoked.",
    args: NoArgs,
    result: TenantJwksSchema,
  },
  'keys.export': {
    summary: 'Download a tenant key: certificate (PEM, CER, P7B), public key (SPKI, JWK), JWKS or fingerprint.',
    args: z.object({ kid: z.string(), format: z.enum(CERTIFICATE_EXPORT_FORMATS, { error: `Format must be one of ${CERTIFICATE_EXPORT_FORMATS.join(', ')}.` }) }),
    result: ExportedFileSchema,
  },
  'library.list': {
    summary: 'Keys in the key library (public parts only).',
    args: NoArgs,
    result: z.array(LibraryKeyViewSchema),
  },
  'library.generate': {
    summary: 'Generate a key: RSA, EC, Ed25519 or an HMAC secret.',
    args: z.object({
      type: z.enum(KEY_TYPES, { error: `Key type must be one of ${KEY_TYPES.join(', ')}.` }),
      name: z.string().max(200, 'Name must be at most 200 characters.').optional(),
      kid: z.string().max(200, 'Key ID must be at most 200 characters.').optional(),
      alg: z.string().optional(),
    }),
    result: LibraryKeyViewSchema,
  },
  'library.import': {
    summary: 'Import a PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate) or JWK.',
    args: z.object({
      input: z.string().min(1, 'Paste a key or choose a file.').max(1024 * 1024, 'A key is at most 1 MiB.'),
      password: z.string().optional(),
      name: z.string().max(200, 'Name must be at most 200 characters.').optional(),
      kid: z.string().max(200, 'Key ID must be at most 200 characters.').optional(),
      alg: z.string().optional(),
    }),
    result: LibraryKeyViewSchema,
  },
  'library.update': {
    summary: "Change a library key's name, key ID or algorithm.",
    args: z.object({ id: z.string(), name: z.string().max(200).optional(), kid: z.string().max(200).optional(), alg: z.string().optional() }),
    result: LibraryKeyViewSchema,
  },
  'library.delete': {
    summary: 'Delete a library key.',
    args: z.object({ id: z.string() }),
    result: z.object({ deleted: z.string() }),
  },
  'library.export': {
    summary: 'Download the public part of a library key.',
    args: z.object({ id: z.string(), format: z.enum(CERTIFICATE_EXPORT_FORMATS) }),
    result: ExportedFileSchema,
  },
  'library.exportPrivate': {
    summary: 'Write the private key, encrypted with a password, to a file (main process only).',
    args: z.object({
      id: z.string(),
      password: z.string().min(8, 'Password must be at least 8 characters.'),
      filePath: z.string().optional(),
    }),
    result: PrivateKeyFileSchema,
  },
  'config.export': {
    summary: "Export the tenant's APIs, applications and grants (never secrets).",
    args: z.object({ format: ConfigFormatSchema }),
    result: ExportResultSchema,
  },
  'config.planImport': {
    summary: 'What an import would add, change and leave alone; changes nothing.',
    args: ImportInputSchema,
    result: ImportPlanSchema,
  },
  'config.applyImport': {
    summary: 'Apply a planned import: all of it or nothing.',
    args: z.object({ plan: ImportPlanSchema }),
    result: ImportResultSchema,
  },
  'issuer.status': {
    summary: 'Whether the local issuer runs, where, and its settings.',
    args: NoArgs,
    result: IssuerStatusSchema,
  },
  'issuer.start': {
    summary: 'Start (or restart) the local issuer.',
    args: z.object({
      port: z.number({ error: 'Port must be a number.' }).int('Port must be a whole number.').min(0, 'Port must be 0 to 65535.').max(65535, 'Port must be 0 to 65535.').optional(),
      host: z.string().min(1, 'Bind address is required.').optional(),
      tenant: z.string().optional(),
      startWithApp: z.boolean().optional(),
      allowNetworkAccess: z.boolean().optional(),
    }),
    result: IssuerStatusSchema,
  },
  'issuer.stop': {
    summary: 'Stop the local issuer.',
    args: NoArgs,
    result: IssuerStatusSchema,
  },
  'issuer.setStartWithApp': {
    summary: 'Start the local issuer whenever the app starts.',
    args: z.object({ startWithApp: z.boolean() }),
    result: IssuerStatusSchema,
  },
  'issuer.requests': {
    summary: 'The last 200 requests the local issuer answered (no secrets, no tokens).',
    args: NoArgs,
    result: z.array(IssuerLogEntrySchema),
  },
  'tokens.mint': {
    summary: "The token the token endpoint would issue to an application for an API (the API's Test Application by default).",
    args: z.object({
      api: z.string().min(1, 'API is required.'),
      app: z.string().optional(),
      claims: z.record(z.string(), z.unknown()).optional(),
      allowRegisteredOverride: z.boolean().optional(),
      lifetime: z.number({ error: 'Lifetime must be a number of seconds.' }).int('Lifetime must be a whole number of seconds.').min(0, 'Lifetime cannot be negative.').optional(),
      now: z.union([z.string(), z.number()]).optional(),
      notBeforeDelay: z.number({ error: 'Not before must be a number of seconds.' }).int().optional(),
      jti: z.union([z.boolean(), z.string()]).optional(),
      typ: z.string().optional(),
    }),
    result: MintResultSchema,
  },
  'tokens.sign': {
    summary: 'Sign any header and payload with a tenant key, a library key, a pasted private key or a secret.',
    args: z.object({
      header: z.record(z.string(), z.unknown()).optional(),
      payload: z.record(z.string(), z.unknown(), { error: 'The payload must be a JSON object.' }),
      alg: z.enum([...JWS_ALGORITHM_NAMES, 'none'], { error: `Algorithm must be one of ${JWS_ALGORITHM_NAMES.join(', ')} (or none).` }),
      key: SigningKeyChoiceSchema.optional(),
      allowUnsigned: z.boolean().optional(),
    }),
    result: z.object({ token: z.string(), header: z.record(z.string(), z.unknown()) }),
  },
  'tokens.history': {
    summary: 'The last 50 tokens minted in this tenant (only when history is on).',
    args: NoArgs,
    result: TokenHistorySchema,
  },
  'tokens.setHistoryEnabled': {
    summary: 'Keep (or stop keeping and forget) minted tokens for this tenant.',
    args: z.object({ enabled: z.boolean() }),
    result: TokenHistorySchema,
  },
  'tokens.clearHistory': {
    summary: "Forget this tenant's minted tokens.",
    args: NoArgs,
    result: TokenHistorySchema,
  },
  'debugger.verify': {
    summary: 'Verify a token against a key you give (or the workspace keys) and check its claims. Never fetches.',
    args: VerifyArgsSchema.extend({
      token: z.string().max(1024 * 1024, 'A token is at most 1 MiB.'),
      /** Tenant keys and key-library keys by kid, HS256 API secrets by aud. */
      useWorkspaceKeys: z.boolean().optional(),
    }),
    result: VerifyResultSchema,
  },
  'debugger.fetchJwks': {
    summary: 'Fetch a JWKS URL (only when asked: 5 s, 1 MiB, https except on loopback).',
    args: z.object({ url: z.string().min(1, 'Enter a JWKS URL.') }),
    result: JwksFetchResultSchema,
  },
  'debugger.discover': {
    summary: "Find an issuer's JWKS through OIDC or RFC 8414 discovery (only when asked).",
    args: z.object({ issuer: z.string().min(1, 'Enter an issuer URL.') }),
    result: DiscoveryResultSchema,
  },
  'debugger.decrypt': {
    summary: 'Decrypt a five-part JWE with a private key or secret (or a key-library key) and decode a nested token.',
    args: z.object({
      token: z.string().max(1024 * 1024, 'A token is at most 1 MiB.'),
      key: KeySourceSchema.optional(),
      libraryKeyId: z.string().optional(),
      verifyKey: KeySourceSchema.optional(),
      expected: ExpectedClaimsSchema.optional(),
      clockToleranceSec: z.number().min(0).optional(),
      now: z.union([z.number(), z.string()]).optional(),
    }),
    result: DecryptResultSchema,
  },
} as const satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type MethodArgs<M extends MethodName> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends MethodName> = z.output<Contract[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['result']>;

/** The service behind every binding: one async function per method, taking parsed arguments. */
export type WorkbenchService = {
  [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>>;
};

type Namespaces = MethodName extends `${infer N}.${string}` ? N : never;
/** `window.workbench` and the renderer's client: `workbench.apis.create({...})`. */
export type WorkbenchApi = {
  [N in Namespaces]: {
    [M in MethodName as M extends `${N}.${infer F}` ? F : never]: (
      args: MethodArgs<M>,
    ) => Promise<MethodResult<M>>;
  };
};

/**
 * What `window.workbench` (the preload) exposes: the same tree, but each function resolves to an
 * envelope, because errors thrown across contextBridge lose their code and field. The renderer's
 * client unwraps envelopes into results or WorkbenchErrors, for IPC and HTTP alike.
 */
export type WorkbenchBridge = {
  [N in Namespaces]: {
    [M in MethodName as M extends `${N}.${infer F}` ? F : never]: (
      args: MethodArgs<M>,
    ) => Promise<Envelope<MethodResult<M>>>;
  };
};
