/** A token endpoint error as RFC 6749 §5.2 and DOMAIN.md §4 give it. */
export interface OAuthErrorResponse {
  status: 400 | 401 | 403 | 413 | 415 | 429 | 500;
  error: 'invalid_request' | 'invalid_client' | 'access_denied' | 'unauthorized_client' | 'unsupported_grant_type' | 'server_error';
  error_description: string;
}

export function oauthError(
  status: OAuthErrorResponse['status'],
  error: OAuthErrorResponse['error'],
  error_description: string,
): OAuthErrorResponse {
  return { status, error, error_description };
}
