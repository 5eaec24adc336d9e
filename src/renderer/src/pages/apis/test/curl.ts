import type { IssuerStatus } from '../../../../../shared/contract/contract';

/** What the command shows instead of the secret: a shell variable, so the secret stays off screen. */
export const CLIENT_SECRET_VARIABLE = '$CLIENT_SECRET';

/** Single quotes for the shell; a quote inside becomes '\'' */
export const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * The client-credentials request as the token endpoint takes it (DOMAIN.md §4). Form-encoded with
 * `--data-urlencode`, so identifiers with `&`, `+` or spaces reach the endpoint intact. The
 * placeholder is in double quotes so that the shell expands `$CLIENT_SECRET`.
 */
export function clientCredentialsCurl(args: {
  tokenUrl: string;
  clientId: string;
  /** The revealed secret, or undefined for the `$CLIENT_SECRET` placeholder. */
  clientSecret: string | undefined;
  audience: string;
}): string {
  const secret =
    args.clientSecret === undefined
      ? `"client_secret=${CLIENT_SECRET_VARIABLE}"`
      : shellQuote(`client_secret=${args.clientSecret}`);
  return [
    `curl --request POST --url ${shellQuote(args.tokenUrl)} \\`,
    `  --header 'content-type: application/x-www-form-urlencoded' \\`,
    `  --data-urlencode grant_type=client_credentials \\`,
    `  --data-urlencode ${shellQuote(`client_id=${args.clientId}`)} \\`,
    `  --data-urlencode ${secret} \\`,
    `  --data-urlencode ${shellQuote(`audience=${args.audience}`)}`,
  ].join('\n');
}

export type TokenEndpoint =
  | { state: 'running'; url: string }
  /** It runs, but for another tenant: this tenant's applications and APIs are unknown there. */
  | { state: 'other-tenant'; url: string; domain: string | undefined }
  /** Not running: the address it will have once started with its saved settings. */
  | { state: 'stopped'; url: string; anyPort: boolean };

/** Same rule as the issuer's own URL: IPv6 literals in brackets, a wildcard bind reached on loopback. */
function issuerBaseUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port === 0 ? 'PORT' : port}/`;
}

export function tokenEndpointOf(status: IssuerStatus, tenantId: string | undefined): TokenEndpoint {
  if (status.running && status.urls !== undefined) {
    if (status.tenant !== undefined && tenantId !== undefined && status.tenant.id !== tenantId) {
      return { state: 'other-tenant', url: status.urls.token, domain: status.tenant.domain };
    }
    return { state: 'running', url: status.urls.token };
  }
  return {
    state: 'stopped',
    url: `${issuerBaseUrl(status.settings.host, status.settings.port)}oauth/token`,
    // Port 0: the system picks a free port when the issuer starts.
    anyPort: status.settings.port === 0,
  };
}
