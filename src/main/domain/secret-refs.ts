/** Where each secret lives in the vault; deleting a tenant removes everything under its prefix. */
export const secretRef = {
  tenantPrefix: (tenantId: string) => `tenant:${tenantId}:`,
  apiSigningSecret: (tenantId: string, apiId: string) => `tenant:${tenantId}:api:${apiId}:signing_secret`,
  /** PKCS#8 PEM of a tenant signing key. */
  signingKey: (tenantId: string, kid: string) => `tenant:${tenantId}:signing_key:${kid}`,
  /** Private part of a key-library key (keys shared by every tenant). */
  libraryKey: (id: string) => `library:${id}:private`,
  clientSecret: (tenantId: string, clientId: string) => `tenant:${tenantId}:client:${clientId}:secret`,
};
