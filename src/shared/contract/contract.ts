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
import type { Envelope } from '../errors';
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
