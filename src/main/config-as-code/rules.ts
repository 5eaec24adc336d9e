import { z } from 'zod';
import {
  ApiIdentifierSchema,
  ApiNameSchema,
  ScopeDescriptionSchema,
  ScopeValueSchema,
  SigningAlgorithmSchema,
  TokenLifetimeForWebSchema,
  TokenLifetimeSchema,
  TOKEN_DIALECTS,
} from '../../shared/domain/api';
import {
  ApplicationNameSchema,
  CreateApplicationInputSchema,
  UpdateApplicationInputSchema,
} from '../../shared/domain/application';
import { at, reasonFor, refuse, warning } from './errors';
import type { ConfigFormat, SourceItem, Where } from '../../shared/config-as-code/schemas';

/**
 * The field rules of imported objects: the same shared schemas the UI and the contract use, with
 * messages that also say what is wrong when a value has the wrong type.
 */

function text(label: string) {
  return z.string({
    error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`),
  });
}

function flag(label: string) {
  return z.boolean({ error: `${label} must be true or false.` });
}

const ScopeItemSchema = z.object(
  {
    value: text('Permission').pipe(ScopeValueSchema),
    description: text('Description').pipe(ScopeDescriptionSchema).optional(),
  },
  { error: 'Each permission must be an object with a value and a description.' },
);

export const FileApiSchema = z.object({
  name: text('Name').pipe(ApiNameSchema),
  identifier: text('Identifier').pipe(ApiIdentifierSchema),
  signing_alg: SigningAlgorithmSchema.optional(),
  token_lifetime: TokenLifetimeSchema.optional(),
  token_lifetime_for_web: TokenLifetimeForWebSchema.optional(),
  allow_offline_access: flag('Allow Offline Access').optional(),
  skip_consent_for_verifiable_first_party_clients: flag('Allow Skipping User Consent').optional(),
  enforce_policies: flag('Enable RBAC').optional(),
  token_dialect: z
    .enum(TOKEN_DIALECTS, { error: `token_dialect must be one of ${TOKEN_DIALECTS.join(', ')}.` })
    .optional(),
  scopes: z.array(ScopeItemSchema, { error: 'Permissions (scopes) must be a list.' }).optional(),
});
export type FileApi = z.output<typeof FileApiSchema>;

const grantTypesSchema = UpdateApplicationInputSchema.shape.grant_types.unwrap();

export const FileClientSchema = z.object({
  /** Only Management API JSON matches applications by client_id. */
  client_id: text('client_id').min(1, 'client_id cannot be empty.').optional(),
  name: text('Name').pipe(ApplicationNameSchema),
  app_type: CreateApplicationInputSchema.shape.app_type.optional(),
  grant_types: z.array(grantTypesSchema.element, { error: 'Grant types must be a list.' }).optional(),
});
export type FileClient = z.output<typeof FileClientSchema>;

export const FileGrantSchema = z.object({
  client_id: text('client_id').min(1, 'client_id is required.'),
  audience: text('audience').min(1, 'audience is required.'),
  scope: z.array(text('Each scope'), { error: 'scope must be a list of permissions.' }).optional(),
});
export type FileGrant = z.output<typeof FileGrantSchema>;

export type ItemKind = 'resourceServers' | 'clients' | 'clientGrants';

interface FieldCatalogue {
  imported: readonly string[];
  /** Read-only or id fields of the real service: dropped without a word. */
  silent: readonly string[];
  secret?: { field: string; why: string };
}

function catalogue(kind: ItemKind, format: ConfigFormat): FieldCatalogue {
  switch (kind) {
    case 'resourceServers':
      return {
        imported: Object.keys(FileApiSchema.shape),
        silent: ['id', 'is_system'],
        secret: { field: 'signing_secret', why: 'a new HS256 API gets its own secret' },
      };
    case 'clients': {
      // deploy-cli files refer to applications by name; an exported client_id (--export_ids) is ignored.
      const imported = Object.keys(FileClientSchema.shape).filter(
        (k) => format === 'json' || k !== 'client_id',
      );
      return {
        imported,
        silent: format === 'json' ? [] : ['client_id'],
        secret: { field: 'client_secret', why: 'a new application gets its own secret' },
      };
    }
    case 'clientGrants':
      return { imported: Object.keys(FileGrantSchema.shape), silent: ['id'] };
  }
}

const KIND_NOUN: Record<ItemKind, string> = {
  resourceServers: 'an API (resource server)',
  clients: 'an application (client)',
  clientGrants: 'a client grant',
};

/**
 * Keeps the fields that are imported and says which others are not. Returns undefined for an
 * entry that is skipped whole (the system API, an empty directory file).
 */
export function cleanItem(
  kind: ItemKind,
  format: ConfigFormat,
  where: Where,
  raw: unknown,
  warnings: string[],
): SourceItem | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    refuse(where, `must be an object describing ${KIND_NOUN[kind]}.`);
  }
  const record = raw as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 0 && format === 'directory') return undefined; // deploy-cli skips empty files
  if (kind === 'resourceServers' && record.is_system === true) {
    const name = typeof record.name === 'string' ? ` (${record.name})` : '';
    warnings.push(warning(where, `the system API${name} is never imported; skipped.`));
    return undefined;
  }
  const fields = catalogue(kind, format);
  const value: Record<string, unknown> = {};
  const unsupported: string[] = [];
  for (const key of keys) {
    if (fields.imported.includes(key)) value[key] = record[key];
    else if (fields.secret?.field === key) {
      warnings.push(warning(at(where, key), `secrets are never imported (${fields.secret.why}); ignored.`));
    } else if (!fields.silent.includes(key)) unsupported.push(key);
  }
  if (unsupported.length > 0) {
    const list = unsupported.join(', ');
    const verb = unsupported.length === 1 ? 'is' : 'are';
    warnings.push(warning(where, `${list} ${verb} not supported by Token Workbench; ignored.`));
  }
  return { where, value };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function check<T extends z.ZodType>(schema: T, item: SourceItem): z.output<T> {
  const parsed = schema.safeParse(item.value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue === undefined) refuse(item.where, 'is not valid.');
  const path = issue.path as PropertyKey[];
  refuse(at(item.where, ...path), reasonFor(issue.message, valueAt(item.value, path)));
}

export const validateApi = (item: SourceItem): FileApi => check(FileApiSchema, item);
export const validateClient = (item: SourceItem): FileClient => check(FileClientSchema, item);
export const validateGrant = (item: SourceItem): FileGrant => check(FileGrantSchema, item);
