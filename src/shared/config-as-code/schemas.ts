import { z } from 'zod';

/**
 * The plain-JSON shapes that config-as-code hands to the contract: export results, import inputs,
 * import plans and import results. Every public type of this folder is inferred from here, so the
 * contract can validate them where they cross a boundary.
 */

export const CONFIG_FORMATS = ['json', 'yaml', 'directory'] as const;
export const ConfigFormatSchema = z.enum(CONFIG_FORMATS, {
  error: `Format must be one of ${CONFIG_FORMATS.join(', ')}.`,
});
export type ConfigFormat = z.infer<typeof ConfigFormatSchema>;

/** One file of an export, or of a directory being imported; `path` is relative, with `/`. */
export const ConfigFileSchema = z.object({
  path: z.string(),
  content: z.string(),
});
export type ConfigFile = z.infer<typeof ConfigFileSchema>;

const TenantRefSchema = z.object({ id: z.string(), domain: z.string() });

const CountsSchema = z.object({
  apis: z.number().int(),
  applications: z.number().int(),
  grants: z.number().int(),
});

export const ExportResultSchema = z.object({
  format: ConfigFormatSchema,
  tenant: TenantRefSchema,
  /** One file for json and yaml; one per API, application and grant for directory. */
  files: z.array(ConfigFileSchema),
  counts: CountsSchema,
  /** Things a person should know about the files (e.g. two applications with one name). */
  warnings: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ImportInputSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('json'), fileName: z.string().min(1), content: z.string() }),
  z.object({ format: z.literal('yaml'), fileName: z.string().min(1), content: z.string() }),
  z.object({ format: z.literal('directory'), root: z.string().min(1), files: z.array(ConfigFileSchema) }),
]);
export type ImportInput = z.infer<typeof ImportInputSchema>;

/** Where something is: a file and a path inside it (`resourceServers[2].token_lifetime`, or ''). */
export const WhereSchema = z.object({ file: z.string(), path: z.string() });
export type Where = z.infer<typeof WhereSchema>;

/** One object of the input, as read (known fields only), with where it came from. */
export const SourceItemSchema = z.object({ where: WhereSchema, value: z.record(z.string(), z.unknown()) });
export type SourceItem = z.infer<typeof SourceItemSchema>;

/**
 * The parsed input, format-neutral: what `applyImport` checks and applies again. Values are
 * reduced to the fields Token Workbench imports, so secrets found in a file never travel on.
 */
export const ImportDocumentSchema = z.object({
  format: ConfigFormatSchema,
  /** The file name, or the directory's root. */
  source: z.string(),
  resourceServers: z.array(SourceItemSchema),
  clients: z.array(SourceItemSchema),
  clientGrants: z.array(SourceItemSchema),
});
export type ImportDocument = z.infer<typeof ImportDocumentSchema>;

const ScopeChangesSchema = z.object({
  added: z.array(z.string()),
  /** Description changed. */
  changed: z.array(z.string()),
  /** Removed from the API, and from every grant that held them. */
  removed: z.array(z.string()),
});

export const ApiPlanItemSchema = z.object({
  identifier: z.string(),
  name: z.string(),
  /** `tenant.yaml: resourceServers[0]`; null for what the file does not mention. */
  source: z.string().nullable(),
  /** Changed field names (Management API names); empty unless changed. */
  fields: z.array(z.string()),
  scopes: ScopeChangesSchema,
});
export type ApiPlanItem = z.infer<typeof ApiPlanItemSchema>;

export const ApplicationPlanItemSchema = z.object({
  /** Null for an application the import creates (it gets a new client_id). */
  client_id: z.string().nullable(),
  name: z.string(),
  source: z.string().nullable(),
  fields: z.array(z.string()),
});
export type ApplicationPlanItem = z.infer<typeof ApplicationPlanItemSchema>;

export const GrantPlanItemSchema = z.object({
  /** The application's name (after the import). */
  application: z.string(),
  client_id: z.string().nullable(),
  audience: z.string(),
  source: z.string().nullable(),
  fields: z.array(z.string()),
  scope: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
});
export type GrantPlanItem = z.infer<typeof GrantPlanItemSchema>;

function section<T extends z.ZodType>(item: T) {
  return z.object({
    added: z.array(item),
    changed: z.array(item),
    /** In the file and identical in the tenant. */
    unchanged: z.array(item),
    /** In the tenant, not in the file: left as they are (an import never deletes). */
    notInFile: z.array(item),
  });
}

export const ImportPlanSchema = z.object({
  format: ConfigFormatSchema,
  source: z.string(),
  tenant: TenantRefSchema,
  apis: section(ApiPlanItemSchema),
  applications: section(ApplicationPlanItemSchema),
  grants: section(GrantPlanItemSchema),
  hasChanges: z.boolean(),
  /** Fields and entries that are not imported, each with its file and path. */
  warnings: z.array(z.string()),
  /** What `applyImport` applies; it re-checks all of it against the tenant as it is then. */
  document: ImportDocumentSchema,
});
export type ImportPlan = z.infer<typeof ImportPlanSchema>;
export type PlanSection<T> = { added: T[]; changed: T[]; unchanged: T[]; notInFile: T[] };

export const ImportResultSchema = z.object({
  tenant: TenantRefSchema,
  added: CountsSchema,
  changed: CountsSchema,
  unchanged: CountsSchema,
  /** What the import created, with the ids they got. */
  created: z.object({
    apis: z.array(z.object({ id: z.string(), identifier: z.string(), name: z.string() })),
    applications: z.array(z.object({ client_id: z.string(), name: z.string() })),
  }),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
