import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { WorkbenchService } from '../../shared/contract/contract';
import { METHOD_NAMES, rpcPath } from '../../shared/contract/methods';
import type { Envelope, WorkbenchErrorData } from '../../shared/errors';
import { dispatch } from '../dispatch';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedHost,
  isAllowedOrigin,
  SECRET_HEADER,
  secretMatches,
} from './guards';

export interface WebHostOptions {
  service: WorkbenchService;
  /** Built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Given by tests; otherwise random per launch. */
  secret?: string;
}

export interface WebHost {
  /** The one address to open: it carries the per-launch secret. */
  url: string;
  port: number;
  secret: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Large enough for pasted keys and tokens; the debugger refuses more than 1 MiB itself. */
const BODY_LIMIT = 2 * 1024 * 1024;

function sendError(reply: FastifyReply, status: number, error: WorkbenchErrorData): FastifyReply {
  const body: Envelope<never> = { ok: false, error };
  return reply.code(status).header('cache-control', 'no-store').send(body);
}

/** HTTP statuses for error codes, so logs and curl users see what went wrong. */
const STATUS_BY_CODE: Record<WorkbenchErrorData['code'], number> = {
  invalid_body: 400,
  not_found: 404,
  conflict: 409,
  forbidden: 403,
  unauthorized: 403,
  storage: 500,
  keychain_unavailable: 409,
  internal: 500,
};

export function buildWebHost(options: WebHostOptions & { secret: string; portRef: { port: number } }): FastifyInstance {
  const { service, rendererDir, secret, portRef } = options;
  const app = Fastify({ bodyLimit: BODY_LIMIT, logger: false });

  // Every request, pages included: refuse foreign Host (DNS rebinding) and foreign Origin.
  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, portRef.port)) {
      return sendError(reply, 403, { code: 'forbidden', message: 'This host only answers requests addressed to 127.0.0.1 or localhost.' });
    }
    if (!isAllowedOrigin(request.headers.origin, portRef.port)) {
      return sendError(reply, 403, { code: 'forbidden', message: 'Cross-origin requests are refused.' });
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return undefined;
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    const status = error.statusCode ?? 500;
    const message =
      status === 413
        ? `The request is larger than ${BODY_LIMIT / 1024 / 1024} MiB.`
        : status < 500
          ? error.message
          : 'The workbench host failed to answer.';
    return sendError(reply, status, { code: status < 500 ? 'invalid_body' : 'internal', message });
  });

  app.register(async (rpc) => {
    rpc.addHook('onRequest', async (request, reply) => {
      const given = request.headers[SECRET_HEADER];
      if (!secretMatches(typeof given === 'string' ? given : undefined, secret)) {
        return sendError(reply, 403, {
          code: 'unauthorized',
          message: 'Missing or wrong workbench secret: open the address printed by "token-workbench serve".',
        });
      }
      return undefined;
    });
    // One route per contract method, so the set of routes can be checked against the contract.
    for (const method of METHOD_NAMES) {
      rpc.post(rpcPath(method), async (request, reply) => {
        const envelope = await dispatch(service, method, request.body ?? {});
        const status = envelope.ok ? 200 : STATUS_BY_CODE[envelope.error.code];
        return reply.code(status).header('cache-control', 'no-store').send(envelope);
      });
    }
  });

  if (fs.existsSync(path.join(rendererDir, 'index.html'))) {
    app.register(fastifyStatic, {
      root: rendererDir,
      setHeaders: (res, filePath) => {
        if (filePath.endsWith('.html')) {
          res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
          res.setHeader('cache-control', 'no-store');
        }
      },
    });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .code(503)
        .type('text/plain')
        .send(`The renderer is not built (${rendererDir} has no index.html). Run "npm run build" first.`),
    );
  }
  return app;
}

/** Starts the web host on 127.0.0.1 and returns the address that carries the secret. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const portRef = { port: options.port };
  const app = buildWebHost({ ...options, secret, portRef });
  try {
    await app.listen({ host: HOST, port: options.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw Object.assign(new Error(`Port ${options.port} on ${HOST} is already in use. Choose another with --port, or --port 0 for any free port.`), { code });
    }
    throw error;
  }
  const address = app.server.address();
  portRef.port = typeof address === 'object' && address !== null ? address.port : options.port;
  return {
    url: `http://${HOST}:${portRef.port}/?secret=${secret}`,
    port: portRef.port,
    secret,
    app,
    close: () => app.close(),
  };
}
