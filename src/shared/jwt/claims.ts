import type { ClaimCategory, ClaimRow, JsonObject } from './schemas';
import { describeTimeClaim, formatNumericDate, TIME_CLAIMS, type TimeZoneMode } from './time';

export interface ClaimDescription {
  category: ClaimCategory;
  description: string;
}

const d = (category: ClaimCategory, description: string): ClaimDescription => ({ category, description });

/**
 * One line for each claim users meet in access and ID tokens. Registered claims first (RFC 7519
 * §4.1), then OpenID Connect Core §2 and §5.1, RFC 9068 and its neighbours, Auth0, and the usual
 * claims of other identity providers.
 */
export const CLAIM_DESCRIPTIONS: Readonly<Record<string, ClaimDescription>> = {
  // RFC 7519
  iss: d(
    'registered',
    'Issuer: who created and signed the token (compared exactly, trailing slash included).',
  ),
  sub: d(
    'registered',
    'Subject: whom the token is about (a user id, or "{client_id}@clients" for an application).',
  ),
  aud: d(
    'registered',
    'Audience: the API(s) the token is meant for; an API must reject tokens not addressed to it.',
  ),
  exp: d('registered', 'Expiration time: the token must not be accepted on or after this time.'),
  nbf: d('registered', 'Not before: the token must not be accepted before this time.'),
  iat: d('registered', 'Issued at: when the token was created.'),
  jti: d('registered', 'JWT ID: a unique identifier of this token, used to detect replays.'),
  // OpenID Connect
  auth_time: d('oidc', 'Authentication time: when the user last authenticated.'),
  nonce: d(
    'oidc',
    'Nonce: the value the client sent in the authentication request, to bind the ID token to it.',
  ),
  acr: d('oidc', 'Authentication context class reference: how strongly the user was authenticated.'),
  amr: d('oidc', 'Authentication methods references: the methods used (pwd, mfa, otp, …).'),
  azp: d('oidc', 'Authorized party: the client (application) the token was issued to.'),
  at_hash: d('oidc', 'Access token hash: binds this ID token to the access token issued with it.'),
  c_hash: d('oidc', 'Code hash: binds this ID token to the authorization code issued with it.'),
  s_hash: d('oidc', 'State hash (FAPI): binds this ID token to the state value.'),
  sid: d('oidc', 'Session ID: the session at the issuer, used for logout.'),
  name: d('oidc', "End-user's full name."),
  given_name: d('oidc', "End-user's given (first) name."),
  family_name: d('oidc', "End-user's family (last) name."),
  middle_name: d('oidc', "End-user's middle name."),
  nickname: d('oidc', "End-user's casual name."),
  preferred_username: d(
    'oidc',
    'Shorthand name the end-user wishes to be referred to by (not unique, not stable).',
  ),
  profile: d('oidc', "URL of the end-user's profile page."),
  picture: d('oidc', "URL of the end-user's profile picture."),
  website: d('oidc', "URL of the end-user's web page or blog."),
  email: d('oidc', "End-user's e-mail address (not necessarily verified, not unique)."),
  email_verified: d('oidc', 'Whether the issuer verified the e-mail address.'),
  gender: d('oidc', "End-user's gender."),
  birthdate: d('oidc', "End-user's birthday (YYYY-MM-DD or YYYY)."),
  zoneinfo: d('oidc', "End-user's time zone (e.g. Europe/Paris)."),
  locale: d('oidc', "End-user's locale (e.g. en-US)."),
  phone_number: d('oidc', "End-user's phone number."),
  phone_number_verified: d('oidc', 'Whether the issuer verified the phone number.'),
  address: d('oidc', "End-user's postal address (JSON object)."),
  updated_at: d('oidc', "When the end-user's information was last updated."),
  events: d('oidc', 'Security event(s) carried by a logout or security event token.'),
  // RFC 9068 and neighbours
  client_id: d('rfc9068', 'Client ID: the application the access token was issued to (RFC 9068, RFC 8693).'),
  scope: d('rfc9068', 'Scope: the permissions granted, space-separated (RFC 8693 §4.2, RFC 9068).'),
  groups: d('rfc9068', 'Groups the subject belongs to (RFC 9068 §2.2.3.1, from SCIM).'),
  roles: d('rfc9068', 'Roles of the subject (RFC 9068 §2.2.3.1, from SCIM).'),
  entitlements: d('rfc9068', 'Entitlements of the subject (RFC 9068 §2.2.3.1, from SCIM).'),
  act: d('rfc9068', 'Actor: who acts on behalf of the subject (token exchange, RFC 8693 §4.1).'),
  may_act: d('rfc9068', 'Who may act on behalf of the subject (RFC 8693 §4.4).'),
  cnf: d('rfc9068', 'Confirmation: the key the token is bound to (RFC 7800; DPoP "jkt", mTLS "x5t#S256").'),
  // Auth0
  gty: d('auth0', 'Auth0 grant type the token came from (client-credentials, password, refresh_token, …).'),
  permissions: d('auth0', 'Auth0 RBAC permissions granted for this API (token dialects with authz).'),
  org_id: d('auth0', 'Auth0 organization ID the user logged in through.'),
  org_name: d('auth0', 'Auth0 organization name the user logged in through.'),
  // other identity providers
  scp: d('provider', 'Scopes (Microsoft Entra ID, Okta): the delegated permissions granted.'),
  cid: d('provider', 'Client ID (Okta).'),
  uid: d('provider', 'User ID (Okta).'),
  ver: d('provider', 'Token version (Microsoft Entra ID, Okta).'),
  tid: d('provider', 'Tenant ID (Microsoft Entra ID).'),
  oid: d('provider', 'Object ID of the user or service principal (Microsoft Entra ID).'),
  appid: d('provider', 'Application ID of the client (Microsoft Entra ID v1).'),
  upn: d('provider', 'User principal name (Microsoft Entra ID).'),
  idp: d('provider', 'Identity provider that authenticated the subject (Microsoft Entra ID).'),
  realm_access: d('provider', 'Realm roles (Keycloak).'),
  resource_access: d('provider', 'Client roles per client (Keycloak).'),
  typ: d('provider', 'Token type as a claim (Keycloak: Bearer, ID, Refresh).'),
  session_state: d('provider', 'Session state (Keycloak).'),
};

/** One line for each JOSE header parameter (RFC 7515 §4.1, RFC 7516 §4.1, RFC 7518 §4.6-4.8, RFC 7797). */
export const HEADER_DESCRIPTIONS: Readonly<Record<string, string>> = {
  alg: 'Algorithm that signs the token (JWS) or protects the content key (JWE).',
  typ: 'Media type of the whole token: JWT, or at+jwt for an RFC 9068 access token.',
  cty: 'Content type of the payload; JWT means a nested token.',
  kid: 'Key ID: which key of the issuer (in its JWKS) signed the token.',
  jku: 'JWK Set URL provided by the token; not trusted, never fetched.',
  jwk: 'Public key provided by the token; not trusted, never used to verify.',
  x5u: 'Certificate URL provided by the token; not trusted, never fetched.',
  x5c: 'Certificate chain provided by the token; not trusted, never used to verify.',
  x5t: 'SHA-1 thumbprint of the signing certificate (base64url).',
  'x5t#S256': 'SHA-256 thumbprint of the signing certificate (base64url).',
  crit: 'Extensions the verifier must understand, or else reject the token.',
  enc: 'Content encryption algorithm (JWE).',
  zip: 'Compression of the plaintext before encryption (JWE).',
  epk: 'Ephemeral public key of the sender (JWE ECDH-ES).',
  apu: 'Agreement PartyUInfo (JWE ECDH-ES).',
  apv: 'Agreement PartyVInfo (JWE ECDH-ES).',
  iv: 'Initialization vector of the key wrap (JWE AES-GCM key wrap).',
  tag: 'Authentication tag of the key wrap (JWE AES-GCM key wrap).',
  p2s: 'Salt for PBES2 (JWE password-based encryption).',
  p2c: 'Iteration count for PBES2 (JWE password-based encryption).',
  b64: 'false: the payload is not base64url-encoded (RFC 7797).',
  url: 'URL the request is meant for (ACME, RFC 8555).',
  nonce: 'Anti-replay nonce (ACME, DPoP).',
};

export function describeClaim(name: string): ClaimDescription {
  const known = Object.prototype.hasOwnProperty.call(CLAIM_DESCRIPTIONS, name)
    ? CLAIM_DESCRIPTIONS[name]
    : undefined;
  if (known) return known;
  if (/^https?:\/\//i.test(name) || name.includes('/') || name.includes(':')) {
    return d('custom', 'Custom claim (namespaced, as Auth0 Actions add them).');
  }
  return d('custom', 'Custom claim.');
}

export function describeHeaderParam(name: string): string {
  return Object.prototype.hasOwnProperty.call(HEADER_DESCRIPTIONS, name)
    ? HEADER_DESCRIPTIONS[name]!
    : 'Custom header parameter.';
}

export interface ClaimTableOptions {
  /** Seconds since the epoch. */
  now: number;
  timeZone?: TimeZoneMode;
}

/** The "Claims" table: every claim of the payload in order, with its description and, for time claims, the date. */
export function describeClaims(payload: JsonObject | null, options: ClaimTableOptions): ClaimRow[] {
  if (!payload) return [];
  const rows: ClaimRow[] = [];
  for (const name of Object.keys(payload)) {
    const value = payload[name];
    const { category, description } = describeClaim(name);
    let time: ClaimRow['time'] = null;
    if (TIME_CLAIMS.includes(name) && typeof value === 'number') {
      const iso = formatNumericDate(value, options.timeZone ?? 'local');
      if (iso !== null) time = { iso, relative: describeTimeClaim(name, value, options.now) };
    }
    rows.push({ name, value, category, description, time });
  }
  return rows;
}

export interface HeaderRow {
  name: string;
  value: unknown;
  description: string;
}

export function describeHeader(header: JsonObject | null): HeaderRow[] {
  if (!header) return [];
  return Object.keys(header).map((name) => ({
    name,
    value: header[name],
    description: describeHeaderParam(name),
  }));
}
