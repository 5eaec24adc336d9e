import { z } from 'zod';

/** Limits of an API (resource server), DOMAIN.md §2. */
export const API_LIMITS = {
  nameMax: 200,
  identifierMax: 600,
  tokenLifetimeMax: 2_592_000,
  tokenLifetimeDefault: 86_400,
  tokenLifetimeForWebDefault: 7_200,
  scopeValueMax: 280,
  scopeDescriptionMax: 500,
} as const;

export const SIGNING_ALGORITHMS = ['RS256', 'PS256', 'HS256'] as const;
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];

export const TOKEN_DIALECTS = [
  'access_token',
  'access_token_authz',
  'rfc9068_profile',
  'rfc9068_profile_authz',
] as const;
export type TokenDialect = (typeof TOKEN_DIALECTS)[number];

/** Refused as custom scopes: they belong to OIDC and the user profile. */
export const RESERVED_SCOPES = [
  'address',
  'created_at',
  'email',
  'email_verified',
  'family_name',
  'given_name',
  'identities',
  'name',
  'nickname',
  'offline_access',
  'openid',
  'phone',
  'picture',
  'profile',
] as const;

export const ApiNameSchema = z
  .string({ error: 'Name is required.' })
  .min(1, 'Name is required.')
  .max(API_LIMITS.nameMax, `Name must be at most ${API_LIMITS.nameMax} characters.`)
  .refine((v) => !/[<>]/.test(v), 'Name cannot contain the characters < or >.');

/** Compared exactly: `https://x` and `https://x/` are two identifiers. Never trimmed. */
export const ApiIdentifierSchema = z
  .string({ error: 'Identifier is required.' })
  .min(1, 'Identifier is required.')
  .max(API_LIMITS.identifierMax, `Identifier must be at most ${API_LIMITS.identifierMax} characters.`)
  .refine((v) => v.trim() === v, 'Identifier cannot start or end with spaces.');

export const SigningAlgorithmSchema = z.enum(SIGNING_ALGORITHMS, {
  error: `Signing Algorithm must be one of ${SIGNING_ALGORITHMS.join(', ')}.`,
});

export const ScopeSchema = z.object({
  value: z.string(),
  description: z.string(),
});
export type Scope = z.infer<typeof ScopeSchema>;

/** An API as every contract result shows it: never its signing secret. */
export const ApiSchema = z.object({
  id: z.string(),
  name: z.string(),
  identifier: z.string(),
  signing_alg: SigningAlgorithmSchema,
  token_lifetime: z.number().int(),
  token_lifetime_for_web: z.number().int(),
  allow_offline_access: z.boolean(),
  skip_consent_for_verifiable_first_party_clients: z.boolean(),
  enforce_policies: z.boolean(),
  token_dialect: z.enum(TOKEN_DIALECTS),
  scopes: z.array(ScopeSchema),
  is_system: z.boolean(),
});
export type Api = z.infer<typeof ApiSchema>;

export const CreateApiInputSchema = z.object({
  name: ApiNameSchema,
  identifier: ApiIdentifierSchema,
  signing_alg: SigningAlgorithmSchema.default('RS256'),
});
export type CreateApiInput = z.input<typeof CreateApiInputSchema>;

const wholeSeconds = (label: string) =>
  z
    .number({ error: `${label} must be a whole number of seconds.` })
    .int(`${label} must be a whole number of seconds.`)
    .min(0, `${label} cannot be negative.`)
    .max(API_LIMITS.tokenLifetimeMax, `${label} must be at most ${API_LIMITS.tokenLifetimeMax} seconds (30 days).`);

export const TokenLifetimeSchema = wholeSeconds('Token Expiration');
export const TokenLifetimeForWebSchema = wholeSeconds('Token Expiration For Browser Flows');

/** Settings that may change after creation; identifier and signing algorithm may not. */
export const UpdateApiInputSchema = z
  .object({
    api: z.string().min(1, 'API is required.'),
    name: ApiNameSchema.optional(),
    token_lifetime: TokenLifetimeSchema.optional(),
    token_lifetime_for_web: TokenLifetimeForWebSchema.optional(),
    allow_offline_access: z.boolean().optional(),
    skip_consent_for_verifiable_first_party_clients: z.boolean().optional(),
    enforce_policies: z.boolean().optional(),
    token_dialect: z.enum(TOKEN_DIALECTS).optional(),
    identifier: z.undefined({ error: 'Identifier cannot be changed after creation.' }).optional(),
    signing_alg: z.undefined({ error: 'Signing Algorithm cannot be changed after creation.' }).optional(),
  })
  .strict();
export type UpdateApiInput = z.input<typeof UpdateApiInputSchema>;

export const ScopeValueSchema = z
  .string({ error: 'Permission is required.' })
  .min(1, 'Permission is required.')
  .max(API_LIMITS.scopeValueMax, `Permission must be at most ${API_LIMITS.scopeValueMax} characters.`)
  // Scopes travel space-separated in tokens and requests.
  .refine((v) => !/\s/.test(v), 'Permission cannot contain spaces.')
  .superRefine((v, ctx) => {
    if ((RESERVED_SCOPES as readonly string[]).includes(v)) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is a reserved scope and cannot be used as a custom permission.` });
    }
  });

export const ScopeDescriptionSchema = z
  .string()
  .max(API_LIMITS.scopeDescriptionMax, `Description must be at most ${API_LIMITS.scopeDescriptionMax} characters.`);

/** `access_token` + RBAC flags ↔ the dialect, as the dashboard's switches set it. */
export function dialectOf(profile: 'auth0' | 'rfc9068', permissionsInToken: boolean): TokenDialect {
  const base = profile === 'auth0' ? 'access_token' : 'rfc9068_profile';
  return permissionsInToken ? (`${base}_authz` as TokenDialect) : base;
}

export function profileOf(dialect: TokenDialect): { profile: 'auth0' | 'rfc9068'; permissionsInToken: boolean } {
  return { profile: dialect.startsWith('rfc9068') ? 'rfc9068' : 'auth0', permissionsInToken: dialect.endsWith('_authz') };
}
