import { JWS_ALGORITHM_NAMES } from '../../../../../shared/contract/contract';
import type { SecretEncoding } from '../../../../../shared/jwt';
import type { SignArgs } from '../../../workbench/queries-debugger';
import type { JsonParse } from './parseJson';

export const ENCODE_ALGORITHMS = [...JWS_ALGORITHM_NAMES, 'none'] as const;
export type EncodeAlgorithm = (typeof ENCODE_ALGORITHMS)[number];

export const SIGNING_SOURCES = {
  tenant: 'Tenant key',
  library: 'Key library',
  pasted: 'Pasted private key',
  secret: 'Secret',
} as const;
export type SigningSource = keyof typeof SIGNING_SOURCES;

export interface EncodeState {
  header: string;
  payload: string;
  alg: EncodeAlgorithm;
  source: SigningSource;
  /** null: the tenant's current key. */
  tenantKid: string | null;
  libraryId: string | null;
  pastedKey: string;
  password: string;
  secret: string;
  encoding: SecretEncoding;
  /** "I understand this token is unsigned and insecure". */
  unsignedConfirmed: boolean;
}

export function initialEncodeState(): EncodeState {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: 'https://issuer.example.com/',
    sub: 'user_123',
    aud: 'https://api.example.com',
    iat: now,
    exp: now + 3600,
    scope: 'read:orders',
  };
  return {
    header: JSON.stringify({ typ: 'JWT' }, null, 2),
    payload: JSON.stringify(payload, null, 2),
    alg: 'RS256',
    source: 'tenant',
    tenantKid: null,
    libraryId: null,
    pastedKey: '',
    password: '',
    secret: '',
    encoding: 'utf8',
    unsignedConfirmed: false,
  };
}

/** The algorithm families a source can sign with, to pick a fitting one when the source changes. */
export function fittingAlgorithm(source: SigningSource, alg: EncodeAlgorithm): EncodeAlgorithm {
  if (alg === 'none') return alg;
  if (source === 'secret' && !alg.startsWith('HS')) return 'HS256';
  // Tenant keys are RSA (DOMAIN.md §6).
  if (source === 'tenant' && !/^(RS|PS)/.test(alg)) return 'RS256';
  return alg;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Why no token can be made yet, without asking the main process; null when it can be asked. */
export function localProblem(state: EncodeState, header: JsonParse, payload: JsonParse): string | null {
  if (!header.ok || !payload.ok) return 'Fix the JSON above to get a token.';
  if (!isObject(header.value) || !isObject(payload.value)) return 'The header and the payload must be JSON objects.';
  if (state.alg === 'none') return state.unsignedConfirmed ? null : 'Confirm that you want an unsigned token.';
  if (state.source === 'library' && state.libraryId === null) return 'Choose a key-library key to sign with.';
  if (state.source === 'pasted' && state.pastedKey.trim() === '') return 'Paste a private key (PEM or JWK) to sign with.';
  if (state.source === 'secret' && state.secret === '') return 'Enter a secret to sign with.';
  return null;
}

/** `tokens.sign` arguments, once {@link localProblem} has nothing to say. */
export function signArgs(state: EncodeState, header: JsonParse, payload: JsonParse): SignArgs | null {
  if (localProblem(state, header, payload) !== null || !header.ok || !payload.ok) return null;
  const args: SignArgs = {
    header: header.value as Record<string, unknown>,
    payload: payload.value as Record<string, unknown>,
    alg: state.alg,
  };
  if (state.alg === 'none') return { ...args, allowUnsigned: true };
  switch (state.source) {
    case 'tenant':
      return { ...args, key: state.tenantKid === null ? { source: 'tenant' } : { source: 'tenant', kid: state.tenantKid } };
    case 'library':
      return { ...args, key: { source: 'library', id: state.libraryId ?? '' } };
    case 'pasted':
      return {
        ...args,
        key: state.password === '' ? { source: 'pasted', text: state.pastedKey } : { source: 'pasted', text: state.pastedKey, password: state.password },
      };
    case 'secret':
      return { ...args, key: { source: 'secret', secret: state.secret, encoding: state.encoding } };
  }
}

/** Where a `tokens.sign` error goes: the field it names, else the signing key fields, else the top. */
export type ErrorPlace = 'header' | 'payload' | 'alg' | 'key' | 'password' | 'general';

export function errorPlace(field: string | undefined): ErrorPlace {
  if (field === undefined) return 'general';
  if (field === 'header' || field.startsWith('header.')) return 'header';
  if (field === 'payload' || field.startsWith('payload.')) return 'payload';
  if (field === 'alg' || field === 'allowUnsigned') return 'alg';
  if (field === 'password' || field === 'key.password') return 'password';
  if (field === 'key' || field.startsWith('key.')) return 'key';
  return 'general';
}
