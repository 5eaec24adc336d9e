import { z } from 'zod';

/** DOMAIN.md §3. `non_interactive` is what the dashboard calls Machine to Machine. */
export const APP_TYPES = ['non_interactive', 'regular_web', 'spa', 'native'] as const;
export type AppType = (typeof APP_TYPES)[number];

export const APP_TYPE_LABELS: Record<AppType, string> = {
  non_interactive: 'Machine to Machine',
  regular_web: 'Regular Web',
  spa: 'Single Page',
  native: 'Native',
};

export const GRANT_TYPES = ['client_credentials', 'authorization_code', 'implicit', 'refresh_token', 'password'] as const;

export const APPLICATION_NAME_MAX = 200;

export const ApplicationNameSchema = z
  .string({ error: 'Name is required.' })
  .trim()
  .min(1, 'Name is required.')
  .max(APPLICATION_NAME_MAX, `Name must be at most ${APPLICATION_NAME_MAX} characters.`)
  .refine((v) => !/[<>]/.test(v), 'Name cannot contain the characters < or >.');

export const ApplicationSchema = z.object({
  client_id: z.string(),
  name: z.string(),
  app_type: z.enum(APP_TYPES),
  grant_types: z.array(z.string()),
  created_at: z.string(),
});
export type Application = z.infer<typeof ApplicationSchema>;

export const ClientGrantSchema = z.object({
  id: z.string(),
  client_id: z.string(),
  audience: z.string(),
  scope: z.array(z.string()),
});
export type ClientGrant = z.infer<typeof ClientGrantSchema>;

export const CreateApplicationInputSchema = z.object({
  name: ApplicationNameSchema,
  app_type: z.enum(APP_TYPES, { error: 'Application Type must be Machine to Machine, Regular Web, Single Page or Native.' }),
});

export const UpdateApplicationInputSchema = z.object({
  app: z.string().min(1, 'Application is required.'),
  name: ApplicationNameSchema.optional(),
  grant_types: z
    .array(z.enum(GRANT_TYPES, { error: `Grant types must be among ${GRANT_TYPES.join(', ')}.` }))
    .optional(),
});
