import type { DiscoveryResult, FetchStep, JwksFetchResult, RemoteError } from '../../shared/jwt';
import { isPlainObject } from '../../shared/jwt';
import { canonicalUrl, defaultVerifyCache, type VerifyCache } from './cache';
import { importJwks, type KeySet } from './keys';

/** Limits of every fetch the debugger makes (issue 6: 5 s, 1 MiB). */
export const FETCH_TIMEOUT_MS = 5_000;
export const FETCH_MAX_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  cache?: VerifyCache;
  /** Clock for `fetchedAt`. */
  now?: () => Date;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `https:` anywhere; `http:` only for this machine (localhost, 127.0.0.1, [::1]), where a local
 * issuer runs. Returns the parsed URL or why it is refused.
 */
export function checkFetchUrl(text: string): { url: URL } | { error: RemoteError } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: { code: 'url_refused', message: `"${text}" is not a URL.` } };
  }
  if (url.protocol === 'https:') return { url };
  if (url.protocol === 'http:') {
    if (LOOPBACK_HOSTS.has(url.hostname.toLowerCase())) return { url };
    return {
      error: {
        code: 'url_refused',
        message: `${url.href} uses http:, which is only allowed for localhost, 127.0.0.1 and [::1]; keys from elsewhere must come over https:.`,
      },
    };
  }
  return { error: { code: 'url_refused', message: `${url.href} is not an http(s) URL.` } };
}

type JsonFetch =
  { ok: true; json: unknown; finalUrl: string } | { ok: false; error: RemoteError; status: number | null };

/** GET a JSON document within the limits, following a few redirects (each one checked). */
async function getJson(start: string, options: FetchOptions, steps: FetchStep[]): Promise<JsonFetch> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FETCH_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const fail = (url: string, status: number | null, error: RemoteError): JsonFetch => {
    steps.push({ url, status, outcome: error.message });
    return { ok: false, error, status };
  };
  let current = start;
  try {
    for (let hop = 0; ; hop++) {
      const checked = checkFetchUrl(current);
      if ('error' in checked) return fail(current, null, checked.error);
      const url = checked.url.href;
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { accept: 'application/json, application/jwk-set+json;q=0.9, */*;q=0.1' },
        });
      } catch (error) {
        if (timedOut)
          return fail(url, null, {
            code: 'timeout',
            message: `${url} did not answer within ${timeoutMs / 1000} s.`,
          });
        const cause =
          error instanceof Error && error.cause instanceof Error
            ? error.cause.message
            : error instanceof Error
              ? error.message
              : String(error);
        return fail(url, null, { code: 'network', message: `${url} could not be reached: ${cause}.` });
      }
      const status = response.status;
      if (status >= 300 && status < 400 && response.headers.get('location')) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(response.headers.get('location')!, url).href;
        steps.push({ url, status, outcome: `redirected to ${next}` });
        if (hop >= MAX_REDIRECTS)
          return fail(next, null, {
            code: 'too_many_redirects',
            message: `More than ${MAX_REDIRECTS} redirects.`,
          });
        current = next;
        continue;
      }
      if (status < 200 || status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        return fail(url, status, {
          code: 'http_status',
          message: `${url} answered HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}.`,
        });
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      const tooLarge = (): JsonFetch =>
        fail(url, status, {
          code: 'too_large',
          message: `${url} sent more than ${Math.round(maxBytes / 1024)} KiB; a key set is far smaller.`,
        });
      if (Number.isFinite(declared) && declared > maxBytes) {
        controller.abort();
        return tooLarge();
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      let exceeded = false;
      try {
        if (response.body) {
          for await (const chunk of response.body) {
            size += chunk.byteLength;
            if (size > maxBytes) {
              exceeded = true;
              break;
            }
            chunks.push(chunk);
          }
        }
      } catch (error) {
        if (!exceeded) {
          if (timedOut) {
            return fail(url, status, {
              code: 'timeout',
              message: `${url} did not finish sending within ${timeoutMs / 1000} s.`,
            });
          }
          return fail(url, status, {
            code: 'network',
            message: `${url} broke off: ${error instanceof Error ? error.message : String(error)}.`,
          });
        }
      }
      if (exceeded) {
        controller.abort();
        return tooLarge();
      }
      const text = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        const type = response.headers.get('content-type');
        return fail(url, status, {
          code: 'not_json',
          message: `${url} did not send JSON${type ? ` (Content-Type ${type})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
      steps.push({ url, status, outcome: `${size} bytes of JSON` });
      return { ok: true, json, finalUrl: url };
    }
  } finally {
    clearTimeout(timer);
  }
}

function keyResult(set: KeySet): Pick<JwksFetchResult, 'keys' | 'skipped'> {
  return {
    keys: set.entries.map((e) => e.info),
    skipped: set.warnings.filter((w) => w.code === 'key_skipped').map((w) => w.message),
  };
}

/**
 * Fetches a JWKS (only when the user asks) and keeps its imported keys for `jwks_url` sources.
 */
export async function fetchJwks(url: string, options: FetchOptions = {}): Promise<JwksFetchResult> {
  const cache = options.cache ?? defaultVerifyCache;
  const steps: FetchStep[] = [];
  const target = canonicalUrl(url);
  const failed = (error: RemoteError): JwksFetchResult => ({
    ok: false,
    url: target,
    fetchedAt: null,
    keys: [],
    skipped: [],
    steps,
    error,
  });
  const got = await getJson(target, options, steps);
  if (!got.ok) return failed(got.error);
  if (!isPlainObject(got.json) || !Array.isArray(got.json.keys)) {
    return failed({
      code: 'not_jwks',
      message: `${got.finalUrl} sent JSON that is not a JWKS (no "keys" array).`,
    });
  }
  const fetchedAt = (options.now?.() ?? new Date()).toISOString();
  const set = importJwks(got.json, {
    kind: 'jwks_url',
    label: `JWKS from ${target}`,
    url: target,
    fetchedAt,
  });
  if (set.entries.length === 0) {
    return {
      ...failed({ code: 'no_keys', message: `The JWKS at ${target} has no usable key.` }),
      ...keyResult(set),
    };
  }
  cache.remote.set(target, { set, url: target, fetchedAt });
  return { ok: true, url: target, fetchedAt, ...keyResult(set), steps, error: null };
}

/**
 * Where discovery metadata may live for an issuer: OIDC Discovery appends
 * `/.well-known/openid-configuration` to the issuer; RFC 8414 inserts
 * `/.well-known/oauth-authorization-server` before its path (and some servers append it).
 */
export function metadataUrls(issuer: string): string[] {
  const url = new URL(issuer);
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  const path = url.pathname.replace(/\/+$/, '');
  const urls = [
    `${base}/.well-known/openid-configuration`,
    `${url.origin}/.well-known/oauth-authorization-server${path}`,
    `${base}/.well-known/oauth-authorization-server`,
  ];
  return [...new Set(urls)];
}

/**
 * Discovery (only when the user asks): issuer → metadata → `jwks_uri` → JWKS. The document's
 * `issuer` must equal the issuer asked for exactly, as validators require.
 */
export async function discoverJwks(issuer: string, options: FetchOptions = {}): Promise<DiscoveryResult> {
  const cache = options.cache ?? defaultVerifyCache;
  const steps: FetchStep[] = [];
  const result = (error: RemoteError | null, extra: Partial<DiscoveryResult> = {}): DiscoveryResult => ({
    ok: error === null,
    issuer,
    metadataUrl: null,
    jwksUri: null,
    metadataIssuer: null,
    fetchedAt: null,
    keys: [],
    skipped: [],
    steps,
    error,
    ...extra,
  });
  const checked = checkFetchUrl(issuer);
  if ('error' in checked) return result(checked.error);
  let metadata: Record<string, unknown> | null = null;
  let metadataUrl: string | null = null;
  for (const candidate of metadataUrls(checked.url.href)) {
    const got = await getJson(candidate, options, steps);
    if (got.ok) {
      if (isPlainObject(got.json)) {
        metadata = got.json;
        metadataUrl = got.finalUrl;
        break;
      }
      steps.push({ url: candidate, status: 200, outcome: 'not a JSON object' });
      continue;
    }
    // A refused URL or a timeout will not get better at the next well-known path of the same host.
    if (got.error.code === 'url_refused' || got.error.code === 'timeout' || got.error.code === 'network')
      return result(got.error);
  }
  if (!metadata || !metadataUrl) {
    return result({
      code: 'no_metadata',
      message: `No discovery document for ${issuer}: neither openid-configuration nor oauth-authorization-server answered with JSON.`,
    });
  }
  const metadataIssuer = typeof metadata.issuer === 'string' ? metadata.issuer : null;
  const found = { metadataUrl, metadataIssuer };
  if (metadataIssuer !== issuer) {
    const slash =
      metadataIssuer !== null && metadataIssuer.replace(/\/+$/, '') === issuer.replace(/\/+$/, '')
        ? ' They differ only by the trailing slash, which counts.'
        : '';
    return result(
      {
        code: 'issuer_mismatch',
        message: `The discovery document at ${metadataUrl} says its issuer is ${metadataIssuer === null ? 'missing' : `"${metadataIssuer}"`}, not "${issuer}"; they must be equal exactly, so its keys are not used.${slash}`,
      },
      found,
    );
  }
  const jwksUri = typeof metadata.jwks_uri === 'string' ? metadata.jwks_uri : null;
  if (!jwksUri)
    return result(
      { code: 'no_jwks_uri', message: `The discovery document at ${metadataUrl} has no jwks_uri.` },
      found,
    );
  const jwks = await fetchJwks(jwksUri, { ...options, cache });
  steps.push(...jwks.steps);
  const merged = {
    ...found,
    jwksUri: jwks.url,
    fetchedAt: jwks.fetchedAt,
    keys: jwks.keys,
    skipped: jwks.skipped,
  };
  if (!jwks.ok || jwks.fetchedAt === null) return result(jwks.error, merged);
  const remote = cache.remote.get(jwks.url)!;
  const set: KeySet = {
    ...remote.set,
    kind: 'issuer',
    source: {
      ...remote.set.source,
      kind: 'issuer',
      label: `Keys of ${issuer} (JWKS ${jwks.url}, found by discovery)`,
    },
  };
  cache.issuers.set(issuer, { issuer, metadataUrl, jwksUri: jwks.url, fetchedAt: jwks.fetchedAt, set });
  return result(null, merged);
}
