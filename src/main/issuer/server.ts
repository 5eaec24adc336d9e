import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { WorkbenchError } from '../../shared/errors';
import { currentSigningKey } from '../keys/current-key';
import type { StoredTenant } from '../storage/workspace-schema';
import { clientCredentialsGrant, type SigningKeys } from '../tokens/client-credentials';
import { oauthError, type OAuthErrorResponse } from '../tokens/oauth-error';
import type { Workspace } from '../workspace';
import { discoveryDocument } from './discovery';
import { BodyTooLarge, pathOf, readBody, send, type Answer, type Exchange, type Handler, type RouteTable } from './http';
import { RequestLog } from './request-log';
import {
  isOAuthError,
  parametersFromForm,
  parametersFromJson,
  readTokenRequest,
  type Parameters,
} from './token-request';

/** RFC 6749 requests are small; anything larger is refused before it is parsed. */
export const TOKEN_BODY_LIMIT = 64 * 1024;

export interface IssuerOptions {
  workspace: Workspace;
  /** The tenant served, by id; read live from the workspace on every request. */
  tenantId: string;
  host: string;
  /** 0 picks a free port. */
  port: number;
  log?: RequestLog;
  keys?: SigningKeys;
}

export interface RunningIssuer {
  /** `http://127.0.0.1:4466/`: the `iss` of its tokens and of its discovery document. */
  issuer: string;
  host: string;
  port: number;
  tenantId: string;
  log: RequestLog;
  server: Server;
  close(): Promise<void>;
}

const tenantKeys: SigningKeys = { currentTenantKey: currentSigningKey };

// The token endpoint needs only the light current-key module; the certificate code behind the JWKS
// and downloads, and the verifier behind introspection, load on their first request (startup time).
let certificateModule: Promise<typeof import('../keys/tenant-keys')> | undefined;
const certificates = () => (certificateModule ??= import('../keys/tenant-keys'));
let introspectionModule: Promise<typeof import('./introspection')> | undefined;
const introspection = () => (introspectionModule ??= import('./introspection'));

/** `http://127.0.0.1:4466/`; IPv6 literals in brackets; a wildcard bind is reached on loopback. */
export function issuerUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}/`;
}

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };
const PUBLIC_FOR_15_SECONDS = { 'cache-control': 'public, max-age=15', 'access-control-allow-origin': '*' };

function oauthAnswer(error: OAuthErrorResponse, exchange: Exchange, basic = false): Answer {
  exchange.logged.error = error.error;
  return {
    status: error.status,
    headers:
      error.status === 401 && basic
        ? { ...NO_STORE, 'www-authenticate': 'Basic realm="token-workbench", charset="UTF-8"' }
        : NO_STORE,
    body: { error: error.error, error_description: error.error_description },
  };
}

/** Parameters of a token or introspection request, from a form or JSON body. */
function requestParameters({ request, body }: Exchange): Parameters | OAuthErrorResponse {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return parametersFromForm(body);
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return oauthError(400, 'invalid_request', 'The request body is not valid JSON.');
    }
    return parametersFromJson(parsed);
  }
  return oauthError(
    400,
    'invalid_request',
    'Send the request as application/x-www-form-urlencoded or application/json.',
  );
}

/** Anything a route throws: a body too large, a deleted tenant, a bug. Never a stack trace. */
function failureAnswer(error: unknown, exchange: Exchange): Answer {
  if (error instanceof BodyTooLarge) {
    const answer = oauthAnswer(
      oauthError(413, 'invalid_request', `The request body is larger than ${TOKEN_BODY_LIMIT / 1024} KiB.`),
      exchange,
    );
    // The rest of the body is not read: the connection cannot carry another request.
    return { ...answer, headers: { ...answer.headers, connection: 'close' } };
  }
  const message = error instanceof WorkbenchError ? error.message : 'The issuer failed to answer.';
  return oauthAnswer(oauthError(500, 'server_error', message), exchange);
}

/** The issuer's routes (DOMAIN.md §4 to §7), reading the tenant live from the workspace. */
export function issuerRoutes(options: IssuerOptions & { issuerRef: { url: string } }): RouteTable {
  const { workspace, tenantId, issuerRef } = options;
  const keys = options.keys ?? tenantKeys;

  const tenant = (): StoredTenant => {
    const found = workspace.read().tenants.find((t) => t.id === tenantId);
    if (found === undefined)
      throw new WorkbenchError('not_found', 'The tenant this issuer served was deleted.');
    return found;
  };

  const token: Handler = async (exchange) => {
    const params = requestParameters(exchange);
    if (isOAuthError(params)) return oauthAnswer(params, exchange);
    const authorization = exchange.request.headers.authorization;
    const clientId = params.get('client_id')?.[0];
    const audience = params.get('audience')?.[0];
    if (clientId !== undefined) exchange.logged.client_id = clientId;
    if (audience !== undefined) exchange.logged.audience = audience;
    const tokenRequest = readTokenRequest(params, authorization);
    if (isOAuthError(tokenRequest)) return oauthAnswer(tokenRequest, exchange, authorization !== undefined);
    exchange.logged.client_id = tokenRequest.clientId;
    const result = await clientCredentialsGrant(workspace, keys, {
      tenant: tenant(),
      clientId: tokenRequest.clientId,
      clientSecret: tokenRequest.clientSecret,
      audience: tokenRequest.audience,
      issuer: issuerRef.url,
      now: Math.floor(Date.now() / 1000),
    });
    if (!result.ok) return oauthAnswer(result.error, exchange, tokenRequest.usedBasic);
    return { status: 200, headers: NO_STORE, body: result.response };
  };

  const introspect: Handler = async (exchange) => {
    const params = requestParameters(exchange);
    if (isOAuthError(params)) return oauthAnswer(params, exchange);
    const authorization = exchange.request.headers.authorization;
    const answer = await (await introspection()).introspect(workspace, tenant(), issuerRef.url, params, authorization);
    if (isOAuthError(answer)) return oauthAnswer(answer, exchange, authorization !== undefined);
    return { status: 200, headers: { 'cache-control': 'no-store' }, body: answer };
  };

  const jwks: Handler = async () => ({
    status: 200,
    headers: PUBLIC_FOR_15_SECONDS,
    body: await (await certificates()).tenantJwks(workspace, tenantId),
  });

  const discovery: Handler = () => ({
    status: 200,
    headers: PUBLIC_FOR_15_SECONDS,
    body: discoveryDocument(issuerRef.url, tenant()),
  });

  // The current key's certificate, as the real tenant offers it for download.
  const certificate =
    (format: 'pem' | 'cer'): Handler =>
    async () => {
      const { tenantJwks, exportSigningKey } = await certificates();
      const current = (await tenantJwks(workspace, tenantId)).keys[0];
      if (current === undefined) throw new WorkbenchError('not_found', 'This tenant has no signing key.');
      const file = await exportSigningKey(workspace, tenantId, current.kid, format);
      return {
        status: 200,
        headers: {
          'content-type': file.mediaType,
          'content-disposition': `attachment; filename="${file.fileName}"`,
        },
        body: file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content,
      };
    };

  return new Map<string, Partial<Record<'GET' | 'POST', Handler>>>([
    ['/oauth/token', { POST: token }],
    ['/oauth/introspect', { POST: introspect }],
    ['/.well-known/jwks.json', { GET: jwks }],
    ['/.well-known/openid-configuration', { GET: discovery }],
    ['/.well-known/oauth-authorization-server', { GET: discovery }],
    ['/pem', { GET: certificate('pem') }],
    ['/cer', { GET: certificate('cer') }],
  ]);
}

/** A request listener over the route table that logs every answered request. */
export function issuerListener(routes: RouteTable, log: RequestLog) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const started = performance.now();
    const path = pathOf(request.url);
    const exchange: Exchange = { request, body: '', logged: {} };
    response.once('finish', () => {
      log.add({
        time: new Date().toISOString(),
        method: request.method ?? '',
        path,
        status: response.statusCode,
        ms: Math.round(performance.now() - started),
        ...exchange.logged,
      });
    });
    let answer: Answer;
    try {
      const route = routes.get(path);
      const method = request.method === 'HEAD' ? 'GET' : (request.method as 'GET' | 'POST');
      const handler = route?.[method];
      if (route === undefined || handler === undefined) {
        request.resume();
        answer =
          route === undefined
            ? { status: 404, body: { error: 'not_found', error_description: `${request.method} ${path} is not served by this issuer.` } }
            : {
                status: 405,
                headers: { allow: Object.keys(route).join(', ') },
                body: { error: 'invalid_request', error_description: `${path} answers ${Object.keys(route).join(', ')}, not ${request.method}.` },
              };
      } else {
        if (method === 'POST') exchange.body = await readBody(request, TOKEN_BODY_LIMIT);
        else request.resume();
        answer = await handler(exchange);
      }
    } catch (error) {
      answer = failureAnswer(error, exchange);
    }
    if (!response.headersSent && !response.destroyed) send(request, response, answer);
  };
}

/** Starts the local issuer; the port in use is named in the error when it is taken. */
export async function startIssuer(options: IssuerOptions): Promise<RunningIssuer> {
  const issuerRef = { url: issuerUrl(options.host, options.port) };
  const log = options.log ?? new RequestLog();
  const listener = issuerListener(issuerRoutes({ ...options, issuerRef }), log);
  const server = createServer((request, response) => void listener(request, response));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: options.host, port: options.port }, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new WorkbenchError(
        'conflict',
        `Port ${options.port} on ${options.host} is already in use. Choose another port, or 0 for any free port.`,
        'port',
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new WorkbenchError('invalid_body', `${options.host} is not an address of this machine.`, 'host');
    }
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  issuerRef.url = issuerUrl(options.host, port);
  return {
    issuer: issuerRef.url,
    host: options.host,
    port,
    tenantId: options.tenantId,
    log,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        // Idle keep-alive connections close at once; requests in flight get a second to be answered.
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 1000).unref();
      }),
  };
}
