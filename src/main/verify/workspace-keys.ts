import { createPublicKey, createSecretKey } from 'node:crypto';
import { decodeToken } from '../../shared/jwt';
import { secretRef } from '../domain/secret-refs';
import { libraryKeyMaterial, type KeyLibrary } from '../keys/key-library';
import type { Workspace } from '../workspace';
import { keySetFromKeys, type KeySet, type ProvidedKey } from './keys';

/**
 * The workspace as a key source for the debugger: tenant signing keys (still verifying) and
 * key-library keys matched by `kid` across tenants, and HS256 API secrets matched by the token's
 * `aud` (HS256 tokens carry no kid).
 */
export function workspaceKeySet(workspace: Workspace, library: KeyLibrary, token: string): KeySet {
  const decoded = decodeToken(token);
  const alg = typeof decoded.header?.alg === 'string' ? decoded.header.alg : '';
  const document = workspace.read();
  const keys: ProvidedKey[] = [];
  if (alg.startsWith('HS')) {
    const aud = decoded.payload?.aud;
    const audiences = Array.isArray(aud) ? aud : [aud];
    for (const tenant of document.tenants) {
      for (const api of tenant.apis) {
        if (api.signing_alg !== 'HS256' || !audiences.includes(api.identifier)) continue;
        const secret = workspace.vault.get(secretRef.apiSigningSecret(tenant.id, api.id));
        if (secret === undefined) continue;
        // HS256 API secrets are used as their UTF-8 bytes.
        const key = createSecretKey(Buffer.from(secret, 'utf8'));
        keys.push({ key, alg: 'HS256', label: `${tenant.domain}: signing secret of ${api.identifier}` });
      }
    }
  } else {
    for (const tenant of document.tenants) {
      for (const stored of tenant.signing_keys) {
        if (stored.state === 'revoked') continue;
        keys.push({ key: stored.cert, kid: stored.kid, alg: 'RS256', label: `${tenant.domain}: ${stored.state} signing key` });
      }
    }
  }
  for (const stored of document.key_library) {
    let material;
    try {
      material = libraryKeyMaterial(library, stored.id);
    } catch {
      continue; // a library key whose private part cannot be opened here still has no public part to offer
    }
    const key = material.publicKey ?? (material.privateKey === undefined ? material.secretKey : createPublicKey(material.privateKey));
    if (key === undefined) continue;
    if (alg.startsWith('HS') !== (key.type === 'secret')) continue;
    keys.push({ key, kid: stored.kid, alg: stored.alg, label: `key library: ${stored.name}` });
  }
  return keySetFromKeys(keys, 'Workspace keys');
}
