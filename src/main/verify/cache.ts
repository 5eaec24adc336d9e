import { type DetectedKey, detectKeySource, type KeySource } from '../../shared/jwt';
import { failedSet, importJwk, importJwks, importPem, importSecret, isKeySet, type KeySet } from './keys';

/** A Map that forgets its least recently used entry beyond `max` entries. */
export class LruMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

export interface RemoteJwks {
  set: KeySet;
  url: string;
  fetchedAt: string;
}

export interface DiscoveredIssuer {
  issuer: string;
  metadataUrl: string;
  jwksUri: string;
  fetchedAt: string;
  /** The JWKS's keys, labelled as the issuer's. */
  set: KeySet;
}

/**
 * Imported keys and fetched key sets. The verify path looks keys up here instead of importing
 * them again on each call; remote sets get here only through an explicit fetch.
 */
export class VerifyCache {
  /** Key sets by kind of source, then by source text (no concatenated keys to hash on each call). */
  private readonly imported = new Map<string, LruMap<string, KeySet>>();
  /** The last hit: the verify path usually sees the same source again and again. */
  private last: { kind: string; text: string; set: KeySet } | null = null;
  /** Key sets by source object (JWK/JWKS given as objects). */
  private objects = new WeakMap<object, KeySet>();
  /** Fetched JWKS by URL. */
  readonly remote = new LruMap<string, RemoteJwks>(32);
  /** Discovery results by issuer. */
  readonly issuers = new LruMap<string, DiscoveredIssuer>(32);

  /** What pasted key text is, by text (detection parses JSON, so it is worth keeping). */
  private readonly detections = new LruMap<string, DetectedKey>(64);
  private detectedSets = new WeakMap<KeySet, KeySet>();

  detect(text: string): DetectedKey {
    let detected = this.detections.get(text);
    if (!detected) {
      detected = detectKeySource(text);
      this.detections.set(text, detected);
    }
    return detected;
  }

  /** The same set, saying that its kind was detected rather than chosen. */
  markDetected(set: KeySet): KeySet {
    if (set.source.detected) return set;
    let marked = this.detectedSets.get(set);
    if (!marked) {
      marked = { ...set, source: { ...set.source, detected: true } };
      this.detectedSets.set(set, marked);
    }
    return marked;
  }

  objectSet(object: object, make: () => KeySet): KeySet {
    let set = this.objects.get(object);
    if (!set) {
      set = make();
      this.objects.set(object, set);
    }
    return set;
  }

  textSet(kind: string, text: string, make: () => KeySet): KeySet {
    const last = this.last;
    if (last !== null && last.kind === kind && last.text === text) return last.set;
    let map = this.imported.get(kind);
    if (!map) {
      map = new LruMap<string, KeySet>(32);
      this.imported.set(kind, map);
    }
    let set = map.get(text);
    if (!set) {
      set = make();
      map.set(text, set);
    }
    this.last = { kind, text, set };
    return set;
  }

  /** How many key sources are imported and kept. */
  get importedCount(): number {
    let n = 0;
    for (const map of this.imported.values()) n += map.size;
    return n;
  }

  clear(): void {
    this.imported.clear();
    this.last = null;
    this.objects = new WeakMap();
    this.detectedSets = new WeakMap();
    this.detections.clear();
    this.remote.clear();
    this.issuers.clear();
  }
}

/** The cache the app uses when a call does not bring its own. */
export const defaultVerifyCache = new VerifyCache();

/** URLs are compared after parsing, so `HTTPS://Host/x` and `https://host/x` are one entry. */
export function canonicalUrl(url: string): string {
  try {
    return new URL(url.trim()).href;
  } catch {
    return url.trim();
  }
}

export interface ResolveContext {
  cache: VerifyCache;
  /** The token's `iss`, for an `issuer` source that names none. */
  tokenIss?: string | null;
}

/** The key set a source stands for, imported once per distinct source. Never fetches. */
export function resolveKeySource(source: KeySource | KeySet | undefined, ctx: ResolveContext): KeySet {
  if (source === undefined)
    return failedSet(
      'secret',
      'No key',
      'no_key',
      'No key was given: paste a secret, a PEM key or certificate, a JWK or a JWKS.',
    );
  if (isKeySet(source)) return source;
  const { cache } = ctx;
  switch (source.type) {
    case 'auto': {
      const detected = cache.detect(source.text);
      if (detected.source === null || detected.source.type === 'auto') {
        const message =
          detected.kind === 'empty'
            ? 'No key was given: paste a secret, a PEM key or certificate, a JWK or a JWKS.'
            : `${detected.label}: ${detected.hint ?? 'this is not a key.'}`;
        return failedSet(
          'secret',
          detected.label,
          detected.kind === 'empty' ? 'no_key' : 'key_error',
          message,
        );
      }
      return cache.markDetected(resolveKeySource(detected.source, ctx));
    }
    case 'secret': {
      const encoding = source.encoding ?? 'utf8';
      return cache.textSet(`secret:${encoding}`, source.secret, () => importSecret(source.secret, encoding));
    }
    case 'pem':
      return cache.textSet('pem', source.pem, () => importPem(source.pem));
    case 'jwk': {
      const jwk = source.jwk;
      return typeof jwk === 'string'
        ? cache.textSet('jwk', jwk, () => importJwk(jwk))
        : cache.objectSet(jwk, () => importJwk(jwk));
    }
    case 'jwks': {
      const jwks = source.jwks;
      return typeof jwks === 'string'
        ? cache.textSet('jwks', jwks, () => importJwks(jwks))
        : cache.objectSet(jwks, () => importJwks(jwks));
    }
    case 'jwks_url': {
      const url = canonicalUrl(source.url);
      const remote = cache.remote.get(url);
      if (!remote) {
        return failedSet(
          'jwks_url',
          `JWKS URL ${url}`,
          'not_fetched',
          `The JWKS at ${url} has not been fetched yet: fetch it first (nothing is fetched without asking).`,
        );
      }
      return remote.set;
    }
    case 'issuer': {
      const issuer = source.issuer ?? ctx.tokenIss ?? null;
      if (!issuer) {
        return failedSet(
          'issuer',
          'Issuer discovery',
          'no_key',
          'No issuer to discover: the token has no iss and none was given.',
        );
      }
      const found = cache.issuers.get(issuer);
      if (!found || !cache.remote.get(canonicalUrl(found.jwksUri))) {
        return failedSet(
          'issuer',
          `Issuer ${issuer}`,
          'not_fetched',
          `Discovery has not been run for ${issuer}: run it first (nothing is fetched without asking).`,
        );
      }
      return found.set;
    }
  }
}
