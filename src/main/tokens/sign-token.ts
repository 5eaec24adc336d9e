import { createSecretKey, type KeyObject } from 'node:crypto';
import { WorkbenchError } from '../../shared/errors';
import { secretRef } from '../domain/secret-refs';
import { withKeyField } from '../keys/field-errors';
import { importKey } from '../keys/import';
import { describeKeyObject } from '../keys/key-info';
import { libraryKeyMaterial, type KeyLibrary } from '../keys/key-library';
import { ensureTenantKeys } from '../keys/tenant-keys';
import type { Workspace } from '../workspace';
import { checkRegisteredClaim } from './claims-input';
import { base64url, JWS_ALGORITHMS, signCompact, type JwsAlgorithm } from './jws';

export const SECRET_ENCODINGS = ['utf8', 'base64', 'base64url', 'hex'] as const;
export type SecretEncoding = (typeof SECRET_ENCODINGS)[number];

/** Where the encoder's signing key comes from. Pasted keys and secrets are the user's own input. */
export type SigningKeyChoice =
  | { source: 'tenant'; kid?: string | undefined }
  | { source: 'library'; id: string }
  | { source: 'pasted'; text: string; password?: string | undefined }
  | { source: 'secret'; secret: string; encoding: SecretEncoding };

export interface SignTokenRequest {
  header?: Record<string, unknown> | undefined;
  payload: unknown;
  alg: JwsAlgorithm | 'none';
  key?: SigningKeyChoice | undefined;
  /** `alg: none` makes an unsigned token, only after this explicit confirmation. */
  allowUnsigned?: boolean | undefined;
}

export function decodeSecret(secret: string, encoding: SecretEncoding): Buffer {
  const bad = (what: string) => new WorkbenchError('invalid_body', `The secret is not valid ${what}.`, 'key.secret');
  switch (encoding) {
    case 'utf8':
      return Buffer.from(secret, 'utf8');
    case 'hex':
      if (!/^([0-9a-fA-F]{2})*$/.test(secret.trim())) throw bad('hex (pairs of 0-9, a-f)');
      return Buffer.from(secret.trim(), 'hex');
    case 'base64':
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(secret.trim())) throw bad('base64');
      return Buffer.from(secret.trim(), 'base64');
    case 'base64url':
      if (!/^[A-Za-z0-9_-]*$/.test(secret.trim())) throw bad('base64url');
      return Buffer.from(secret.trim(), 'base64url');
  }
}

async function resolveKey(workspace: Workspace, library: KeyLibrary, choice: SigningKeyChoice): Promise<{ key: KeyObject; kid?: string }> {
  switch (choice.source) {
    case 'tenant': {
      // A tenant gets its keys on first use.
      await ensureTenantKeys(workspace, workspace.tenant().id);
      const tenant = workspace.tenant();
      const stored =
        choice.kid === undefined
          ? tenant.signing_keys.find((k) => k.state === 'current')
          : tenant.signing_keys.find((k) => k.kid === choice.kid);
      if (stored === undefined) throw new WorkbenchError('not_found', `There is no signing key "${choice.kid ?? 'current'}" in ${tenant.domain}.`, 'key.kid');
      if (stored.state === 'revoked') {
        throw new WorkbenchError('invalid_body', `Signing key ${stored.kid} is revoked: a revoked key never signs again.`, 'key.kid');
      }
      const pem = workspace.vault.get(secretRef.signingKey(tenant.id, stored.kid));
      if (pem === undefined) throw new WorkbenchError('storage', `The private key of ${stored.kid} is missing from the secrets file.`, 'key.kid');
      return { key: importKey(pem).privateKey!, kid: stored.kid };
    }
    case 'library': {
      const material = libraryKeyMaterial(library, choice.id);
      const key = material.privateKey ?? material.secretKey;
      if (key === undefined) throw new WorkbenchError('invalid_body', 'This library key has only a public part: it cannot sign.', 'key.id');
      return { key, kid: material.kid };
    }
    case 'pasted': {
      const options = choice.password === undefined ? {} : { password: choice.password };
      const imported = withKeyField({ key: 'key.text', password: 'key.password' }, () => importKey(choice.text, options));
      const key = imported.privateKey ?? imported.secretKey;
      if (key === undefined) {
        throw new WorkbenchError('invalid_body', `${imported.format} holds a public key only: paste a private key (PEM or JWK) to sign.`, 'key.text');
      }
      return imported.kid === undefined ? { key } : { key, kid: imported.kid };
    }
    case 'secret':
      return { key: createSecretKey(decodeSecret(choice.secret, choice.encoding)) };
  }
}

/**
 * The encoder and `token-workbench sign`: any header and payload, signed with any key the user
 * chooses, with every algorithm of RFC 7518 and EdDSA. The algorithm must fit the key.
 */
export async function signToken(workspace: Workspace, library: KeyLibrary, request: SignTokenRequest): Promise<{ token: string; header: Record<string, unknown> }> {
  if (typeof request.payload !== 'object' || request.payload === null || Array.isArray(request.payload)) {
    throw new WorkbenchError('invalid_body', 'The payload must be a JSON object.', 'payload');
  }
  const payload = request.payload as Record<string, unknown>;
  for (const name of ['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti']) {
    if (name in payload) checkRegisteredClaim(name, payload[name], 'payload');
  }
  const header: Record<string, unknown> = { ...request.header, alg: request.alg };
  if (!('typ' in header)) header.typ = 'JWT';
  if (request.alg === 'none') {
    if (request.allowUnsigned !== true) {
      throw new WorkbenchError('invalid_body', 'An unsigned token (alg "none") is accepted by no careful validator; confirm that you want one.', 'alg');
    }
    return { token: `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}.`, header };
  }
  if (!(JWS_ALGORITHMS as readonly string[]).includes(request.alg)) {
    throw new WorkbenchError('invalid_body', `Unknown algorithm "${request.alg}".`, 'alg');
  }
  if (request.key === undefined) throw new WorkbenchError('invalid_body', 'Choose a key to sign with.', 'key');
  const { key, kid } = await resolveKey(workspace, library, request.key);
  const described = describeKeyObject(key);
  if (!described.ok) throw new WorkbenchError('invalid_body', `This key cannot sign: ${described.problem}.`, 'key');
  if (!described.key.algs.includes(request.alg)) {
    throw new WorkbenchError(
      'invalid_body',
      `${request.alg} does not fit a ${described.key.label} key; it signs with ${described.key.algs.join(', ')}.`,
      'alg',
    );
  }
  if (kid !== undefined && !('kid' in header)) header.kid = kid;
  return { token: await signCompact(header, payload, key, request.alg), header };
}
