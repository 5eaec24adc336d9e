/** Where each secret lives in the vault; deleting a tenant removes everything under its prefix. */
export const secretRef = {
  tenantPrefix: (tenantId: string) => `tenant:${tenantId}:`,
  apiSigningSecret: (tenantId: string, apiId: string) => `tenant:${tenantId}:api:${apiId}:signing_secret`,
  clientSecret: (tenantId: string, clientId: string) => `tenant:${tenantId}:client:${clientId}:secret`,
};
