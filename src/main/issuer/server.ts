import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { WorkbenchError } from '../../shared/errors';
import { currentSigningKey } from '../keys/current-key';
import type { StoredTenant } from '../storage/workspace-schema';
import { clientCredentialsGrant, type SigningKeys } from '../tokens/client-credentials';
import { oauthError, type OAuthErrorResponse } from '../tokens/oauth-error';
import type { Workspace } from '../workspace';
import { discoveryDocument } from './discovery';
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
  app: FastifyInstance;
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

type Logged = { client_id?: string; audience?: string; error?: string };
declare module 'fastify' {
  interface FastifyRequest {
    logged?: Logged;
  }
}

function sendOAuthError(reply: FastifyReply, error: OAuthErrorResponse, basic = false): FastifyReply {
  reply.code(error.status).header('cache-control', 'no-store').header('pragma', 'no-cache');
  if (error.status === 401 && basic)
    reply.header('www-authenticate', 'Basic realm="token-workbench", charset="UTF-8"');
  return reply.send({ error: error.error, error_description: error.error_description });
}

/** Parameters of a token or introspection request, from a form or JSON body. */
function requestParameters(request: FastifyRequest): Parameters | OAuthErrorResponse {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type === 'application/x-www-form-urlencoded') return parametersFromForm(String(request.body ?? ''));
  if (type === 'application/json') return parametersFromJson(request.body);
  return oauthError(
    400,
    'invalid_request',
    'Send the request as application/x-www-form-urlencoded or application/json.',
  );
}

export function buildIssuer(options: IssuerOptions & { issuerRef: { url: string } }): FastifyInstance {
  const { workspace, tenantId, issuerRef } = options;
  const log = options.log ?? new RequestLog();
  const keys = options.keys ?? tenantKeys;
  const app = Fastify({ logger: false, bodyLimit: TOKEN_BODY_LIMIT });

  const tenant = (): StoredTenant => {
    const found = workspace.read().tenants.find((t) => t.id === tenantId);
    if (found === undefined)
      throw new WorkbenchError('not_found', 'The tenant this issuer served was deleted.');
    return found;
  };

  // Bodies are parsed here, not by Fastify's JSON parser, so that every failure is an OAuth error.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, JSON.parse(String(body)));
    } catch {
      done(Object.assign(new Error('The request body is not valid JSON.'), { statusCode: 400 }), undefined);
    }
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.addHook('onResponse', async (request, reply) => {
    log.add({
      time: new Date().toISOString(),
      method: request.method,
      path: request.url.split('?')[0] ?? request.url,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      ...request.logged,
    });
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) {
      request.logged = { error: 'invalid_request' };
      return sendOAuthError(
        reply,
        oauthError(413, 'invalid_request', `The request body is larger than ${TOKEN_BODY_LIMIT / 1024} KiB.`),
      );
    }
    if (status < 500) {
      request.logged = { error: 'invalid_request' };
      return sendOAuthError(reply, oauthError(400, 'invalid_request', error.message));
    }
    request.logged = { error: 'server_error' };
    const message = error instanceof WorkbenchError ? error.message : 'The issuer failed to answer.';
    return sendOAuthError(reply, oauthError(500, 'server_error', message));
  });

  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({
        error: 'not_found',
        error_description: `${request.method} ${request.url.split('?')[0]} is not served by this issuer.`,
      }),
  );

  app.post('/oauth/token', async (request, reply) => {
    const params = requestParameters(request);
    if (isOAuthError(params)) return sendOAuthError(reply, params);
    const tokenRequest = readTokenRequest(params, request.headers.authorization);
    const clientId = params.get('client_id')?.[0];
    request.logged = {
      ...(clientId === undefined ? {} : { client_id: clientId }),
      ...(params.get('audience')?.[0] === undefined ? {} : { audience: params.get('audience')![0]! }),
    };
    if (isOAuthError(tokenRequest)) {
      request.logged.error = tokenRequest.error;
      return sendOAuthError(reply, tokenRequest, request.headers.authorization !== undefined);
    }
    request.logged.client_id = tokenRequest.clientId;
    const result = await clientCredentialsGrant(workspace, keys, {
      tenant: tenant(),
      clientId: tokenRequest.clientId,
      clientSecret: tokenRequest.clientSecret,
      audience: tokenRequest.audience,
      issuer: issuerRef.url,
      now: Math.floor(Date.now() / 1000),
    });
    if (!result.ok) {
      request.logged.error = result.error.error;
      return sendOAuthError(reply, result.error, tokenRequest.usedBasic);
    }
    return reply.header('cache-control', 'no-store').header('pragma', 'no-cache').send(result.response);
  });

  app.post('/oauth/introspect', async (request, reply) => {
    const params = requestParameters(request);
    if (isOAuthError(params)) return sendOAuthError(reply, params);
    const answer = await (await introspection()).introspect(
      workspace,
      tenant(),
      issuerRef.url,
      params,
      request.headers.authorization,
    );
    if (isOAuthError(answer)) {
      request.logged = { error: answer.error };
      return sendOAuthError(reply, answer, request.headers.authorization !== undefined);
    }
    return reply.header('cache-control', 'no-store').send(answer);
  });

  const jwks = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('cache-control', 'public, max-age=15')
      .header('access-control-allow-origin', '*')
      .type('application/json')
      .send(await (await certificates()).tenantJwks(workspace, tenantId));
  app.get('/.well-known/jwks.json', jwks);

  const discovery = async (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('access-control-allow-origin', '*')
      .header('cache-control', 'public, max-age=15')
      .send(discoveryDocument(issuerRef.url, tenant()));
  app.get('/.well-known/openid-configuration', discovery);
  app.get('/.well-known/oauth-authorization-server', discovery);

  // The current key's certificate, as the real tenant offers it for download.
  for (const [route, format] of [
    ['/pem', 'pem'],
    ['/cer', 'cer'],
  ] as const) {
    app.get(route, async (_request, reply) => {
      const { tenantJwks, exportSigningKey } = await certificates();
      const current = (await tenantJwks(workspace, tenantId)).keys[0];
      if (current === undefined) throw new WorkbenchError('not_found', 'This tenant has no signing key.');
      const file = await exportSigningKey(workspace, tenantId, current.kid, format);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content);
    });
  }
  return app;
}

/** Starts the local issuer; the port in use is named in the error when it is taken. */
export async function startIssuer(options: IssuerOptions): Promise<RunningIssuer> {
  const issuerRef = { url: issuerUrl(options.host, options.port) };
  const log = options.log ?? new RequestLog();
  const app = buildIssuer({ ...options, log, issuerRef });
  try {
    await app.listen({ host: options.host, port: options.port });
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
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  issuerRef.url = issuerUrl(options.host, port);
  return {
    issuer: issuerRef.url,
    host: options.host,
    port,
    tenantId: options.tenantId,
    log,
    app,
    close: () => app.close(),
  };
}
