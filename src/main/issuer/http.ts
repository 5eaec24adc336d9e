/**
 * The few HTTP pieces the local issuer needs on top of node:http: bounded body reading, JSON answers
 * and a route table. node:http rather than a framework: the issuer has six routes, and it is judged
 * by startup time and tokens per second (bench/issuer), where a framework's load and per-request
 * work showed.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route answers; `send` writes it. */
export interface Answer {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON. */
  body: object | string | Buffer;
}

/** One request as a route sees it. */
export interface Exchange {
  request: IncomingMessage;
  /** The body as text; empty for GET and HEAD. */
  body: string;
  /** What the request log may show of it: never a secret or a whole token. */
  logged: { client_id?: string; audience?: string; error?: string };
}

export type Handler = (exchange: Exchange) => Promise<Answer> | Answer;

/** Routes by path, then by method. GET routes answer HEAD too. */
export type RouteTable = Map<string, Partial<Record<'GET' | 'POST', Handler>>>;

export class BodyTooLarge extends Error {}

/**
 * The request body as text, refused with BodyTooLarge past `limit` bytes: at once when the declared
 * Content-Length is larger, else as soon as the received bytes pass it (the rest is discarded).
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Writes an answer; objects as JSON, nothing but headers for HEAD. */
export function send(request: IncomingMessage, response: ServerResponse, answer: Answer): void {
  let payload: string | Buffer;
  let contentType: string | undefined;
  if (typeof answer.body === 'string' || Buffer.isBuffer(answer.body)) {
    payload = answer.body;
  } else {
    payload = JSON.stringify(answer.body);
    contentType = 'application/json; charset=utf-8';
  }
  const headers: Record<string, string | number> = {
    ...(contentType === undefined ? {} : { 'content-type': contentType }),
    ...answer.headers,
    'content-length': Buffer.byteLength(payload),
  };
  response.writeHead(answer.status, headers);
  response.end(request.method === 'HEAD' ? undefined : payload);
}

/** The path of a request target, without its query. */
export function pathOf(url: string | undefined): string {
  const target = url ?? '/';
  const query = target.indexOf('?');
  return query < 0 ? target : target.slice(0, query);
}
