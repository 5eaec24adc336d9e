import type { DetectedKey, KeySource, SecretEncoding } from '../../../../../shared/jwt';

/** The "Key type" choices: Auto reads the pasted text; the others say what it is. */
export const KEY_TYPE_LABELS = {
  auto: 'Auto',
  secret: 'Secret',
  pem: 'PEM / certificate',
  jwk: 'JWK',
  jwks: 'JWKS',
  jwks_url: 'JWKS URL',
  issuer: 'Issuer discovery',
  workspace: 'Workspace keys',
  library: 'Key library',
} as const;
export type KeyType = keyof typeof KEY_TYPE_LABELS;

export const VERIFY_KEY_TYPES: KeyType[] = ['auto', 'secret', 'pem', 'jwk', 'jwks', 'jwks_url', 'issuer', 'workspace'];
/** Decrypting needs a private key or a secret: nothing to fetch, and the library holds private keys. */
export const DECRYPT_KEY_TYPES: KeyType[] = ['auto', 'secret', 'pem', 'jwk', 'jwks', 'library'];

export interface KeyState {
  type: KeyType;
  /** The "Key or secret" text area. */
  text: string;
  encoding: SecretEncoding;
  jwksUrl: string;
  /** Empty: the token's `iss`. */
  issuer: string;
  libraryKeyId: string | null;
}

export const EMPTY_KEY: KeyState = {
  type: 'auto',
  text: '',
  encoding: 'utf8',
  jwksUrl: '',
  issuer: '',
  libraryKeyId: null,
};

/** Types whose key is typed or pasted into the "Key or secret" text area. */
export function usesKeyText(type: KeyType): boolean {
  return type === 'auto' || type === 'secret' || type === 'pem' || type === 'jwk' || type === 'jwks';
}

/** Whether the secret encoding applies: a chosen secret, or Auto reading the text as one. */
export function usesEncoding(state: KeyState, detected: DetectedKey): boolean {
  return state.type === 'secret' || (state.type === 'auto' && detected.kind === 'secret');
}

/** Something to fetch on a click: a JWKS URL, or an issuer whose discovery finds one. */
export type RemoteTarget = { kind: 'jwks_url'; url: string } | { kind: 'issuer'; issuer: string };

export function remoteTarget(state: KeyState, detected: DetectedKey, tokenIss: string | null): RemoteTarget | null {
  if (state.type === 'jwks_url') return state.jwksUrl.trim() ? { kind: 'jwks_url', url: state.jwksUrl.trim() } : null;
  if (state.type === 'issuer') {
    const issuer = state.issuer.trim() || tokenIss;
    return issuer ? { kind: 'issuer', issuer } : null;
  }
  if (state.type === 'auto' && detected.source?.type === 'jwks_url') return { kind: 'jwks_url', url: detected.source.url };
  if (state.type === 'auto' && detected.source?.type === 'issuer') {
    const issuer = detected.source.issuer ?? tokenIss;
    return issuer ? { kind: 'issuer', issuer } : null;
  }
  return null;
}

/** The key arguments of `debugger.verify` / `debugger.decrypt` for what the user chose. */
export function keyArgs(
  state: KeyState,
  detected: DetectedKey,
  tokenIss: string | null,
): { key?: KeySource; useWorkspaceKeys?: boolean; libraryKeyId?: string } {
  switch (state.type) {
    case 'auto': {
      if (state.text.trim() === '') return {};
      // Auto reads a secret as UTF-8; a chosen encoding makes it an explicit secret.
      if (detected.kind === 'secret' && state.encoding !== 'utf8') {
        return { key: { type: 'secret', secret: state.text.trim(), encoding: state.encoding } };
      }
      const remote = remoteTarget(state, detected, tokenIss);
      if (remote?.kind === 'issuer') return { key: { type: 'issuer', issuer: remote.issuer } };
      return { key: { type: 'auto', text: state.text } };
    }
    case 'secret':
      return state.text === '' ? {} : { key: { type: 'secret', secret: state.text, encoding: state.encoding } };
    case 'pem':
      return state.text.trim() === '' ? {} : { key: { type: 'pem', pem: state.text } };
    case 'jwk':
      return state.text.trim() === '' ? {} : { key: { type: 'jwk', jwk: state.text } };
    case 'jwks':
      return state.text.trim() === '' ? {} : { key: { type: 'jwks', jwks: state.text } };
    case 'jwks_url':
      return state.jwksUrl.trim() === '' ? {} : { key: { type: 'jwks_url', url: state.jwksUrl.trim() } };
    case 'issuer': {
      const issuer = state.issuer.trim();
      return { key: issuer ? { type: 'issuer', issuer } : { type: 'issuer' } };
    }
    case 'workspace':
      return { useWorkspaceKeys: true };
    case 'library':
      return state.libraryKeyId === null ? {} : { libraryKeyId: state.libraryKeyId };
  }
}
