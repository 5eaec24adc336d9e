import { z } from 'zod';

/** A tenant domain is a host name: it becomes the issuer `https://{domain}/`. */
export const TENANT_DOMAIN_PATTERN = /^(?=.{3,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
export const TENANT_NAME_MAX = 100;

export const TenantDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    TENANT_DOMAIN_PATTERN,
    'Domain must be a host name such as dev-acme.local: lowercase letters, digits, dots and hyphens, 3 to 253 characters.',
  );

export const TenantNameSchema = z
  .string()
  .trim()
  .min(1, 'Name is required.')
  .max(TENANT_NAME_MAX, `Name must be at most ${TENANT_NAME_MAX} characters.`)
  .refine((v) => !/[<>]/.test(v), 'Name cannot contain < or >.');

export const TenantSchema = z.object({
  id: z.string(),
  domain: z.string(),
  name: z.string(),
  /** `https://{domain}/`, always with the trailing slash (DOMAIN.md §1). */
  issuer: z.string(),
  created_at: z.string(),
  current: z.boolean(),
});
export type Tenant = z.infer<typeof TenantSchema>;

export function issuerForDomain(domain: string): string {
  return `https://${domain}/`;
}
