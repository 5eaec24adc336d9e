/** Verifying, key import, key fetching and JWE decryption for the Debugger (main process only). */
export { canonicalUrl, defaultVerifyCache, LruMap, resolveKeySource, VerifyCache } from './cache';
export type { DiscoveredIssuer, RemoteJwks, ResolveContext } from './cache';
export { decryptToken } from './jwe';
export type { DecryptOptions } from './jwe';
export {
  certificateInfo,
  decodeSecret,
  importJwk,
  importJwks,
  importPem,
  importSecret,
  isKeySet,
  jwkThumbprint,
  keySetFromKeys,
} from './keys';
export type { KeyEntry, KeySet, ProvidedKey } from './keys';
export {
  checkFetchUrl,
  discoverJwks,
  FETCH_MAX_BYTES,
  FETCH_TIMEOUT_MS,
  fetchJwks,
  metadataUrls,
} from './remote';
export type { FetchOptions } from './remote';
export { verifyToken } from './verify';
export type { VerifyOptions } from './verify';
