import type { StoredTenant } from '../storage/workspace-schema';

/**
 * The discovery document (OIDC Discovery and RFC 8414 serve the same one, DOMAIN.md §7). Validators
 * such as express-oauth2-jwt-bearer require `issuer` to equal the tokens' `iss` exactly.
 */
export function discoveryDocument(issuer: string, tenant: StoredTenant): Record<string, unknown> {
  const scopes = new Set<string>(['openid']);
  for (const api of tenant.apis) for (const scope of api.scopes) scopes.add(scope.value);
  return {
    issuer,
    token_endpoint: `${issuer}oauth/token`,
    jwks_uri: `${issuer}.well-known/jwks.json`,
    introspection_endpoint: `${issuer}oauth/introspect`,
    grant_types_supported: ['client_credentials'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    id_token_signing_alg_values_supported: ['HS256', 'RS256', 'PS256'],
    token_endpoint_auth_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['token'],
    subject_types_supported: ['public'],
    scopes_supported: [...scopes],
  };
}
