import type { KeyObject } from 'node:crypto';
import { compactDecrypt, errors } from 'jose';
import {
  decodeToken,
  decodeUtf8,
  type DecryptResult,
  type ExpectedClaims,
  isPlainObject,
  JWE_KEY_ALGORITHMS,
  type JsonObject,
  type KeySource,
  normalizeToken,
} from '../../shared/jwt';
import { defaultVerifyCache, resolveKeySource, type VerifyCache } from './cache';
import type { KeyEntry, KeySet } from './keys';
import { verifyToken } from './verify';

export interface DecryptOptions {
  /** A five-part compact JWE. */
  token: string;
  /** A private key (RSA-OAEP*, ECDH-ES*) or a secret (dir, A*KW, A*GCMKW, PBES2 password). */
  key?: KeySource | KeySet;
  /** When given, a nested signed token is verified with it. */
  verifyKey?: KeySource | KeySet;
  expected?: ExpectedClaims;
  clockToleranceSec?: number;
  now?: Date | number | string;
  cache?: VerifyCache;
}

const SECRET_ALGS = /^(dir|A\d+KW|A\d+GCMKW|PBES2-.*)$/;
const PRIVATE_ALGS = /^(RSA-OAEP.*|RSA1_5|ECDH-ES.*)$/;
/** PBES2 spends up to this many PBKDF2 iterations; jose's default limit. */
const MAX_PBES2_COUNT = 10_000;

function pickEntry(set: KeySet, kid: string | null, alg: string): KeyEntry | string {
  const wantsSecret = SECRET_ALGS.test(alg);
  const usable = set.entries.filter((e) => (wantsSecret ? e.secretBytes !== null : e.privateKey !== null));
  const byKid = kid !== null && set.isSet ? usable.filter((e) => e.info.kid === kid) : usable;
  const entry = byKid[0] ?? (set.isSet && kid !== null ? undefined : usable[0]);
  if (entry) return entry;
  if (wantsSecret) return `${alg} needs a secret (a symmetric key), and ${set.source.label} has none.`;
  if (set.entries.some((e) => e.privateKey === null && e.secretBytes === null)) {
    return `${alg} needs the recipient's private key; ${set.source.label} holds only a public key, which cannot decrypt.`;
  }
  if (kid !== null && set.isSet) return `No private key in ${set.source.label} has kid "${kid}".`;
  return `${alg} needs the recipient's private key; ${set.source.label} has none.`;
}

function keyInput(entry: KeyEntry, alg: string): KeyObject | Uint8Array {
  if (SECRET_ALGS.test(alg)) return entry.secretBytes!;
  return entry.privateKey!;
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWEDecryptionFailed) {
    return 'Decryption failed: the key is not the one the token was encrypted for, or the token was altered.';
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return `Not supported: ${error.message}.`;
  }
  if (error instanceof errors.JWEInvalid) return `Invalid JWE: ${error.message}.`;
  return `Decryption failed: ${error instanceof Error ? error.message : String(error)}.`;
}

/**
 * Decrypts a compact JWE with a private key or a secret and decodes (and, given a key, verifies)
 * a nested signed token. Never throws for bad input.
 */
export async function decryptToken(options: DecryptOptions): Promise<DecryptResult> {
  const cache = options.cache ?? defaultVerifyCache;
  const decoded = decodeToken(options.token);
  const header = decoded.header;
  const result = (
    status: DecryptResult['status'],
    message: string,
    extra: Partial<DecryptResult> = {},
  ): DecryptResult => ({
    status,
    message,
    header,
    key: null,
    plaintext: null,
    payload: null,
    nested: null,
    nestedVerification: null,
    ...extra,
  });
  if (decoded.kind !== 'jwe' || decoded.segmentCount !== 5) {
    return result(
      'not_checked',
      'This is not an encrypted token (a JWE has five parts and an "enc" header).',
    );
  }
  if (!header || typeof header.alg !== 'string' || typeof header.enc !== 'string') {
    return result('not_checked', 'The protected header cannot be read or lacks "alg" or "enc".');
  }
  const alg = header.alg;
  const set = resolveKeySource(options.key, { cache });
  if (set.error) return result('not_checked', set.error.message);
  const kid = typeof header.kid === 'string' ? header.kid : null;
  if (!SECRET_ALGS.test(alg) && !PRIVATE_ALGS.test(alg))
    return result('not_checked', `alg "${alg}" is not a JWE key algorithm.`);
  const entry = pickEntry(set, kid, alg);
  if (typeof entry === 'string') return result('failed', entry);

  let plaintextBytes: Uint8Array;
  try {
    const out = await compactDecrypt(normalizeToken(options.token).token, keyInput(entry, alg), {
      keyManagementAlgorithms: JWE_KEY_ALGORITHMS.filter((a) => a !== 'RSA1_5'),
      maxPBES2Count: MAX_PBES2_COUNT,
    });
    plaintextBytes = out.plaintext;
  } catch (error) {
    return result('failed', describeJoseError(error), { key: entry.info });
  }
  const plaintext = decodeUtf8(plaintextBytes);
  const base = { key: entry.info, plaintext };
  if (plaintext === null)
    return result('decrypted', `Decrypted: ${plaintextBytes.length} bytes of binary content.`, base);

  const trimmed = plaintext.trim();
  const looksNested =
    (typeof header.cty === 'string' && header.cty.toUpperCase() === 'JWT') ||
    /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(trimmed);
  if (looksNested) {
    const nested = decodeToken(trimmed);
    const nestedVerification = options.verifyKey
      ? verifyToken({
          token: trimmed,
          key: options.verifyKey,
          expected: options.expected,
          clockToleranceSec: options.clockToleranceSec,
          now: options.now,
          cache,
        })
      : null;
    const said = nestedVerification
      ? ` ${nestedVerification.summary}.`
      : ' Give a verification key to check its signature.';
    return result('decrypted', `Decrypted: the content is a signed token (nested JWT).${said}`, {
      ...base,
      nested,
      payload: nested.payload,
      nestedVerification,
    });
  }
  let payload: JsonObject | null = null;
  try {
    const parsed: unknown = JSON.parse(plaintext);
    if (isPlainObject(parsed)) payload = parsed;
  } catch {
    payload = null;
  }
  return result(
    'decrypted',
    payload ? 'Decrypted: the content is a JSON claims set.' : 'Decrypted: the content is text.',
    {
      ...base,
      payload,
    },
  );
}
