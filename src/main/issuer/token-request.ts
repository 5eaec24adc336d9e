import { oauthError, type OAuthErrorResponse } from '../tokens/oauth-error';

/** A token request after parsing: client authentication and the grant's parameters. */
export interface TokenRequest {
  grantType: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  /** Basic authentication was used: a 401 then carries WWW-Authenticate. */
  usedBasic: boolean;
}

export type Parameters = Map<string, string[]>;

export function parametersFromForm(body: string): Parameters {
  const params: Parameters = new Map();
  for (const [key, value] of new URLSearchParams(body)) params.set(key, [...(params.get(key) ?? []), value]);
  return params;
}

/** JSON bodies: strings only; an array stands for a repeated parameter. */
export function parametersFromJson(body: unknown): Parameters | OAuthErrorResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return oauthError(400, 'invalid_request', 'The request body must be a JSON object.');
  }
  const params: Parameters = new Map();
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') params.set(key, [value]);
    else if (Array.isArray(value)) params.set(key, value.map(String));
    else return oauthError(400, 'invalid_request', `Parameter ${key} must be a string.`);
  }
  return params;
}

/** RFC 6749 §2.3.1: Basic credentials are form-urlencoded before base64. */
function parseBasic(header: string): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    const id = decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
    const secret = decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' '));
    return { id, secret };
  } catch {
    return undefined;
  }
}

function single(params: Parameters, name: string): string | undefined | OAuthErrorResponse {
  const values = params.get(name);
  if (values === undefined) return undefined;
  if (values.length > 1)
    return oauthError(400, 'invalid_request', `Parameter ${name} was sent more than once.`);
  return values[0];
}

/** OAuth errors carry a status; introspection answers and requests never do. */
function isError(value: unknown): value is OAuthErrorResponse {
  return typeof value === 'object' && value !== null && 'error_description' in value && 'status' in value;
}

/** Client authentication from HTTP Basic or the body (RFC 6749 §2.3.1); both at once is refused. */
export function readClientCredentials(
  params: Parameters,
  authorization: string | undefined,
): { clientId: string; clientSecret: string; usedBasic: boolean } | OAuthErrorResponse {
  const bodyId = single(params, 'client_id');
  if (isError(bodyId)) return bodyId;
  const bodySecret = single(params, 'client_secret');
  if (isError(bodySecret)) return bodySecret;
  let clientId = bodyId;
  let clientSecret = bodySecret;
  const usedBasic = authorization !== undefined && /^Basic\s/i.test(authorization);
  if (usedBasic) {
    const basic = parseBasic(authorization);
    if (basic === undefined)
      return oauthError(
        401,
        'invalid_client',
        'The Authorization header is not valid HTTP Basic credentials.',
      );
    if (clientSecret !== undefined) {
      return oauthError(
        400,
        'invalid_request',
        'Use one client authentication method: HTTP Basic or client_secret in the body, not both.',
      );
    }
    if (clientId !== undefined && clientId !== basic.id) {
      return oauthError(
        400,
        'invalid_request',
        'client_id in the body does not match the HTTP Basic credentials.',
      );
    }
    clientId = basic.id;
    clientSecret = basic.secret;
  }
  if (clientId === undefined || clientId === '')
    return oauthError(400, 'invalid_request', 'Missing required parameter: client_id.');
  if (clientSecret === undefined || clientSecret === '') {
    return oauthError(
      401,
      'invalid_client',
      'Client authentication is required: send client_secret or HTTP Basic credentials.',
    );
  }
  return { clientId, clientSecret, usedBasic };
}

/** Turns parameters and the Authorization header into a token request, or the RFC 6749 error. */
export function readTokenRequest(
  params: Parameters,
  authorization: string | undefined,
): TokenRequest | OAuthErrorResponse {
  const values: Record<string, string | undefined> = {};
  for (const name of ['grant_type', 'audience']) {
    const value = single(params, name);
    if (isError(value)) return value;
    values[name] = value;
  }
  if (values.grant_type === undefined || values.grant_type === '') {
    return oauthError(400, 'invalid_request', 'Missing required parameter: grant_type.');
  }
  if (values.grant_type !== 'client_credentials') {
    return oauthError(
      400,
      'unsupported_grant_type',
      `Unsupported grant type: ${values.grant_type}. This issuer supports client_credentials.`,
    );
  }
  const credentials = readClientCredentials(params, authorization);
  if (isError(credentials)) return credentials;
  if (values.audience === undefined || values.audience === '') {
    return oauthError(400, 'invalid_request', 'Missing required parameter: audience.');
  }
  return { grantType: values.grant_type, audience: values.audience, ...credentials };
}

export { isError as isOAuthError };
