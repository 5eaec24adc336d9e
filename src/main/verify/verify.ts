import { constants, createHmac, timingSafeEqual, verify as cryptoVerify } from 'node:crypto';
import {
  checkClaims,
  type CheckRow,
  decodeToken,
  type ExpectedClaims,
  familyLabel,
  type Finding,
  formatNumericDate,
  isPlainObject,
  type JsonObject,
  type JwsAlgorithm,
  jwsAlgorithm,
  type KeySource,
  normalizeToken,
  type SecretEncoding,
  SECRET_ENCODINGS,
  type SignatureResult,
  toEpochSeconds,
  trustFindings,
  type VerifyResult,
} from '../../shared/jwt';
import { defaultVerifyCache, resolveKeySource, type VerifyCache } from './cache';
import { decodeSecret, describeShape, type KeyEntry, type KeySet } from './keys';

export interface VerifyOptions {
  token: string;
  /** What to verify with; keys carried by the token are never used. */
  key?: KeySource | KeySet;
  expected?: ExpectedClaims;
  /** Seconds of clock skew accepted on exp, nbf and iat (default 0). */
  clockToleranceSec?: number;
  /** The time to check against: a Date, epoch seconds, or an ISO / epoch-seconds string. Default: now. */
  now?: Date | number | string;
  cache?: VerifyCache;
}

const B64URL = /^[A-Za-z0-9_-]*$/;

const sig = (
  status: SignatureResult['status'],
  reason: SignatureResult['reason'],
  message: string,
): SignatureResult => ({
  status,
  reason,
  message,
});

interface ParsedToken {
  header: JsonObject;
  payload: JsonObject | null;
  signingInput: string;
  signature: string;
}

function parseToken(input: string): ParsedToken | SignatureResult {
  const { token } = normalizeToken(input);
  const first = token.indexOf('.');
  const second = first < 0 ? -1 : token.indexOf('.', first + 1);
  const third = second < 0 ? -1 : token.indexOf('.', second + 1);
  if (first < 0 || second < 0 || third >= 0) {
    const decoded = decodeToken(input);
    if (decoded.kind === 'jwe') {
      return sig(
        'not_checked',
        'encrypted',
        'This is an encrypted token (JWE): decrypt it first, then verify the token inside.',
      );
    }
    const problem = decoded.findings.find((f) => f.severity === 'error');
    return sig(
      'not_checked',
      'malformed_token',
      problem?.message ?? 'This is not a compact JWS (header.payload.signature).',
    );
  }
  const h = token.slice(0, first);
  const p = token.slice(first + 1, second);
  let header: JsonObject | null = null;
  let payload: JsonObject | null = null;
  if (B64URL.test(h) && B64URL.test(p)) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
      if (isPlainObject(parsed)) header = parsed;
    } catch {
      header = null;
    }
    if (header) {
      try {
        const parsed: unknown = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
        if (isPlainObject(parsed)) payload = parsed;
      } catch {
        payload = null;
      }
    }
  }
  if (!header) {
    // The slow, lenient path: standard base64, padding, or a problem to name exactly.
    const decoded = decodeToken(token);
    if (!decoded.header) {
      const problem = decoded.findings.find((f) => f.severity === 'error' && f.part === 'header');
      return sig('not_checked', 'malformed_token', problem?.message ?? 'The header could not be read.');
    }
    header = decoded.header;
    payload = decoded.payload;
  }
  return { header, payload, signingInput: token.slice(0, second), signature: token.slice(second + 1) };
}

/** 6-bit value of a base64url character (the text is known to be base64url). */
function b64Value(c: number): number {
  if (c >= 97) return c - 71; // a-z
  if (c >= 65) return c === 95 ? 63 : c - 65; // A-Z, _
  if (c >= 48) return c + 4; // 0-9
  return 62; // -
}

/**
 * Only one text encodes given bytes: no length of 4n+1, and no set bit among the unused low bits
 * of the last character (else two tokens differing in that character would both verify).
 */
function isCanonicalBase64Url(text: string): boolean {
  const rem = text.length % 4;
  if (rem === 0) return true;
  if (rem === 1) return false;
  const last = b64Value(text.charCodeAt(text.length - 1));
  return (last & (rem === 2 ? 0x0f : 0x03)) === 0;
}

// ---------------------------------------------------------------------------------------------
// Does the key fit the algorithm?

type Fit = null | { reason: 'key_confusion' | 'alg_key_mismatch'; message: string };

function needs(alg: JwsAlgorithm): string {
  switch (alg.family) {
    case 'HMAC':
      return 'a shared secret';
    case 'RSA':
    case 'RSA-PSS':
      return 'an RSA public key';
    case 'ECDSA':
      return `an EC ${alg.curve} public key`;
    case 'EdDSA':
      return alg.alg === 'Ed25519' ? 'an Ed25519 public key' : 'an Ed25519 or Ed448 public key';
  }
}

function keyFits(alg: JwsAlgorithm, entry: KeyEntry): Fit {
  const info = entry.info;
  const shape = describeShape(entry);
  if (alg.family === 'HMAC') {
    if (info.kty !== 'oct') {
      return {
        reason: 'key_confusion',
        message: `Key confusion: the token says ${alg.alg} (${familyLabel('HMAC')}) but the key is an ${shape} public key. Verifying would use the public key as an HMAC secret, the classic key-confusion attack, so the token is refused.`,
      };
    }
    if (entry.secretLooksLike) {
      return {
        reason: 'key_confusion',
        message: `Key confusion: the "secret" is ${entry.secretLooksLike}. An ${alg.alg} token that verifies with a public key as its HMAC secret is the classic key-confusion attack, so the token is refused.`,
      };
    }
  } else if (info.kty === 'oct') {
    return {
      reason: 'key_confusion',
      message: `Key confusion: the token says ${alg.alg} (${familyLabel(alg.family)}), which needs ${needs(alg)}, but the key is a shared secret. Accepting it would let anyone who knows the secret pass as the issuer; refused.`,
    };
  } else {
    const key = entry.verifyKey;
    let ok: boolean;
    switch (alg.family) {
      case 'RSA':
        ok = key.asymmetricKeyType === 'rsa';
        break;
      case 'RSA-PSS':
        ok = key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss';
        break;
      case 'ECDSA':
        ok = info.kty === 'EC' && info.curve === alg.curve;
        break;
      case 'EdDSA':
        ok =
          alg.alg === 'Ed25519'
            ? info.curve === 'Ed25519'
            : info.curve === 'Ed25519' || info.curve === 'Ed448';
        break;
    }
    if (!ok) {
      return {
        reason: 'alg_key_mismatch',
        message: `The token says ${alg.alg}, which needs ${needs(alg)}, but the key is an ${shape} key${key.asymmetricKeyType === 'rsa-pss' ? ' restricted to RSA-PSS' : ''}.`,
      };
    }
  }
  if (info.alg !== null && info.alg !== alg.alg) {
    return {
      reason: 'alg_key_mismatch',
      message: `The key is declared for ${info.alg} (its "alg"), but the token says ${alg.alg}.`,
    };
  }
  if (info.use !== null && info.use !== 'sig') {
    return {
      reason: 'alg_key_mismatch',
      message: `The key is for "${info.use}" (its "use"), not for signatures.`,
    };
  }
  if (entry.keyOps && !entry.keyOps.includes('verify')) {
    return {
      reason: 'alg_key_mismatch',
      message: `The key's "key_ops" (${entry.keyOps.join(', ')}) do not include "verify".`,
    };
  }
  return null;
}

function kidList(entries: KeyEntry[]): string {
  const kids = entries.map((e) => (e.info.kid !== null ? `"${e.info.kid}"` : 'no kid'));
  return kids.length > 6 ? `${kids.slice(0, 6).join(', ')}, …` : kids.join(', ');
}

function selectKeys(
  set: KeySet,
  alg: JwsAlgorithm,
  kid: string | null,
  notes: Finding[],
): KeyEntry[] | SignatureResult {
  const entries = set.entries;
  if (!set.isSet) {
    const entry = entries[0]!;
    const fit = keyFits(alg, entry);
    if (fit) return sig('invalid', fit.reason, fit.message);
    if (kid !== null && entry.info.kid !== null && entry.info.kid !== kid) {
      notes.push({
        code: 'kid_mismatch',
        severity: 'warning',
        message: `The token's kid is "${kid}" but the key's is "${entry.info.kid}": the issuer probably signed with another key.`,
      });
    }
    return [entry];
  }
  const where = set.source.label;
  if (kid !== null) {
    const byKid = entries.filter((e) => e.info.kid === kid);
    if (byKid.length === 0) {
      const refresh = set.source.fetchedAt
        ? ` It was fetched at ${set.source.fetchedAt}: refresh it if the issuer rotated its keys.`
        : '';
      return sig(
        'not_checked',
        'unknown_kid',
        `No key in ${where} has kid "${kid}" (it has ${kidList(entries)}).${refresh}`,
      );
    }
    const fitting = byKid.filter((e) => keyFits(alg, e) === null);
    if (fitting.length === 0) {
      const fit = keyFits(alg, byKid[0]!)!;
      return sig('invalid', fit.reason, `${byKid[0]!.info.label}: ${fit.message}`);
    }
    return fitting;
  }
  const fitting = entries.filter((e) => keyFits(alg, e) === null);
  if (fitting.length === 0) {
    const fits = entries.map((e) => keyFits(alg, e)!);
    const confusion = fits.find((f) => f.reason === 'key_confusion');
    const first = confusion ?? fits[0]!;
    if (entries.length === 1) return sig('invalid', first.reason, first.message);
    return sig(
      'invalid',
      first.reason,
      `The token has no kid and none of the ${entries.length} keys of ${where} fits ${alg.alg}. ${first.message}`,
    );
  }
  if (fitting.length > 1) {
    return sig(
      'not_checked',
      'ambiguous_key',
      `The token has no kid and ${fitting.length} keys of ${where} fit ${alg.alg} (${kidList(fitting)}): paste the one key to verify with.`,
    );
  }
  notes.push({
    code: 'no_kid_single_key',
    severity: 'info',
    message:
      entries.length === 1
        ? `The token has no kid; the only key of ${where} was used.`
        : `The token has no kid; the only one of the ${entries.length} keys that fits ${alg.alg} was used.`,
  });
  return fitting;
}

// ---------------------------------------------------------------------------------------------
// The signature itself

function verifyWith(alg: JwsAlgorithm, entry: KeyEntry, data: Buffer, signature: Buffer): boolean {
  const key = entry.verifyKey;
  switch (alg.family) {
    case 'HMAC': {
      const mac = createHmac(alg.hash!, key).update(data).digest();
      return mac.length === signature.length && timingSafeEqual(mac, signature);
    }
    case 'RSA':
      return cryptoVerify(alg.hash, data, key, signature);
    case 'RSA-PSS':
      return cryptoVerify(
        alg.hash,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: alg.hashBytes },
        signature,
      );
    case 'ECDSA':
      if (signature.length !== alg.signatureBytes) return false;
      return cryptoVerify(alg.hash, data, { key, dsaEncoding: 'ieee-p1363' }, signature);
    case 'EdDSA':
      return cryptoVerify(null, data, key, signature);
  }
}

function hmacWithBytes(alg: JwsAlgorithm, bytes: Uint8Array, data: Buffer, signature: Buffer): boolean {
  if (bytes.length === 0) return false;
  const mac = createHmac(alg.hash!, bytes).update(data).digest();
  return mac.length === signature.length && timingSafeEqual(mac, signature);
}

const ENCODING_NAMES: Record<SecretEncoding, string> = {
  utf8: 'UTF-8',
  base64: 'base64',
  base64url: 'base64url',
  hex: 'hex',
};

/** After a failed HMAC with a typed secret: would another reading of the text verify? */
function otherEncoding(
  set: KeySet,
  alg: JwsAlgorithm,
  data: Buffer,
  signature: Buffer,
): SecretEncoding | null {
  const typed = set.secretText;
  if (!typed) return null;
  for (const encoding of SECRET_ENCODINGS) {
    if (encoding === typed.encoding) continue;
    const decoded = decodeSecret(typed.text, encoding);
    if ('bytes' in decoded && hmacWithBytes(alg, decoded.bytes, data, signature)) return encoding;
  }
  return null;
}

function keyWarnings(
  alg: JwsAlgorithm,
  entry: KeyEntry,
  header: JsonObject,
  nowSec: number,
): { warnings: Finding[]; x5t: VerifyResult['x5t'] } {
  const warnings: Finding[] = [];
  const info = entry.info;
  if (alg.family === 'HMAC' && info.secret && info.secret.byteLength < alg.hashBytes) {
    warnings.push({
      code: 'short_secret',
      severity: 'warning',
      message: `The secret is ${info.secret.byteLength} byte${info.secret.byteLength === 1 ? '' : 's'}; ${alg.alg} needs at least ${alg.hashBytes} (RFC 7518 §3.2). Checked anyway, but a short secret can be guessed offline from any token.`,
    });
  }
  if (info.kty === 'RSA' && info.bits !== null && info.bits < 2048) {
    warnings.push({
      code: 'weak_rsa_key',
      severity: 'warning',
      message: `The RSA key has ${info.bits} bits; ${alg.alg} needs at least 2048 (RFC 7518 §3.3) and many libraries refuse smaller keys.`,
    });
  }
  let x5t: VerifyResult['x5t'] = null;
  const cert = info.certificate;
  if (cert) {
    const nowMs = nowSec * 1000;
    if (Date.parse(cert.notAfter) < nowMs) {
      warnings.push({
        code: 'certificate_expired',
        severity: 'warning',
        message: `The certificate expired on ${cert.notAfter}.`,
      });
    } else if (Date.parse(cert.notBefore) > nowMs) {
      warnings.push({
        code: 'certificate_not_yet_valid',
        severity: 'warning',
        message: `The certificate is not valid before ${cert.notBefore}.`,
      });
    }
    const sha1 = header.x5t;
    const sha256 = header['x5t#S256'];
    if (sha1 !== undefined || sha256 !== undefined) {
      const match =
        (sha1 === undefined || sha1 === cert.x5t) && (sha256 === undefined || sha256 === cert.x5tS256);
      x5t = match ? 'match' : 'mismatch';
      warnings.push(
        match
          ? {
              code: 'x5t_match',
              severity: 'info',
              message: `The token's x5t matches the certificate's thumbprint (${cert.x5t}).`,
              param: 'x5t',
            }
          : {
              code: 'x5t_mismatch',
              severity: 'warning',
              message: `The token's x5t (${String(sha1 ?? sha256)}) is not the certificate's thumbprint (${sha1 !== undefined ? cert.x5t : cert.x5tS256}): it was signed for another certificate.`,
              param: 'x5t',
            },
      );
    }
  }
  return { warnings, x5t };
}

// ---------------------------------------------------------------------------------------------

function summarize(signature: SignatureResult, checks: CheckRow[]): string {
  const failedChecks = checks.filter((c) => c.status === 'failed').map((c) => c.check);
  const failedText = failedChecks.length ? `${failedChecks.join(', ')} failed` : '';
  switch (signature.status) {
    case 'verified':
      return failedChecks.length ? `Signature verified, but ${failedText}` : 'Signature verified';
    case 'invalid': {
      const why =
        signature.reason === 'key_confusion'
          ? ' (key confusion)'
          : signature.reason === 'alg_none'
            ? ' (alg none)'
            : '';
      return `Invalid signature${why}${failedChecks.length ? `; ${failedText}` : ''}`;
    }
    case 'not_checked':
      return `Signature not checked: ${signature.message}${failedChecks.length ? ` (${failedText})` : ''}`;
  }
}

/**
 * Verifies a compact JWS against the given key source and checks its claims. Never fetches and
 * never uses keys the token carries; never throws for bad input (it says what is wrong instead).
 */
export function verifyToken(options: VerifyOptions): VerifyResult {
  const nowSec = toEpochSeconds(options.now);
  const nowIso = formatNumericDate(nowSec, 'utc') ?? new Date().toISOString();
  const cache = options.cache ?? defaultVerifyCache;
  const parsed = parseToken(typeof options.token === 'string' ? options.token : '');
  if (!('header' in parsed)) {
    const checks = checkClaims({ header: null, payload: null, now: nowSec });
    return {
      valid: false,
      summary: summarize(parsed, checks),
      signature: parsed,
      alg: null,
      kid: null,
      key: null,
      source: null,
      x5t: null,
      checks,
      warnings: [],
      now: nowIso,
    };
  }
  const { header, payload } = parsed;
  const checks = checkClaims({
    header,
    payload,
    expected: options.expected,
    clockToleranceSec: options.clockToleranceSec,
    now: nowSec,
  });
  const algName = typeof header.alg === 'string' ? header.alg : null;
  const kid = typeof header.kid === 'string' ? header.kid : null;
  const warnings: Finding[] = trustFindings(header);
  const result = (signature: SignatureResult, extra: Partial<VerifyResult> = {}): VerifyResult => ({
    valid: signature.status === 'verified' && !checks.some((c) => c.status === 'failed'),
    summary: summarize(signature, checks),
    signature,
    alg: algName,
    kid,
    key: null,
    source: null,
    x5t: null,
    checks,
    warnings,
    now: nowIso,
    ...extra,
  });

  if (algName === null)
    return result(
      sig('not_checked', 'malformed_token', 'The header has no alg: nothing says how the token was signed.'),
    );
  if (algName.toLowerCase() === 'none') {
    return result(
      sig(
        'invalid',
        'alg_none',
        `alg is "${algName}": the token is unsigned, and unsigned tokens never verify.`,
      ),
    );
  }
  const alg = jwsAlgorithm(algName);
  if (!alg)
    return result(
      sig('not_checked', 'unsupported_alg', `alg "${algName}" is not an algorithm the workbench verifies.`),
    );

  const set = resolveKeySource(options.key, {
    cache,
    tokenIss: typeof payload?.iss === 'string' ? payload.iss : null,
  });
  warnings.push(...set.warnings);
  const source = set.source;
  if (set.error) {
    const reason =
      set.error.reason === 'not_fetched'
        ? 'not_fetched'
        : set.error.reason === 'no_key'
          ? 'no_key'
          : 'key_error';
    return result(sig('not_checked', reason, set.error.message), { source });
  }
  const selected = selectKeys(set, alg, kid, warnings);
  if (!Array.isArray(selected)) {
    const tried = set.isSet ? null : (set.entries[0]?.info ?? null);
    return result(selected, { source, key: tried });
  }

  const sigText = parsed.signature;
  let signatureBytes: Buffer | null = null;
  let malformed: string | null = null;
  if (sigText === '') malformed = 'The signature is empty: the token is not signed.';
  else if (!B64URL.test(sigText)) malformed = 'The signature is not base64url.';
  else if (!isCanonicalBase64Url(sigText)) {
    malformed =
      'The signature is not the canonical base64url of its bytes (altered characters or padding bits).';
  } else signatureBytes = Buffer.from(sigText, 'base64url');
  const data = Buffer.from(parsed.signingInput, 'utf8');
  let verifiedWith: KeyEntry | null = null;
  let error: string | null = null;
  if (!malformed && signatureBytes) {
    for (const entry of selected) {
      try {
        if (verifyWith(alg, entry, data, signatureBytes)) {
          verifiedWith = entry;
          break;
        }
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
    }
  }
  const used = verifiedWith ?? selected[0]!;
  const extra = keyWarnings(alg, used, header, nowSec);
  warnings.push(...extra.warnings);
  if (used.info.fromPrivateKey && !warnings.some((w) => w.code === 'private_key_given')) {
    warnings.push({
      code: 'private_key_given',
      severity: 'info',
      message: 'A private key was given: only its public key was used to verify.',
    });
  }
  const base = { source, key: used.info, x5t: extra.x5t };
  if (verifiedWith) {
    return result(sig('verified', 'verified', `Signature verified with ${verifiedWith.info.label}.`), base);
  }
  if (malformed) return result(sig('invalid', 'malformed_signature', malformed), base);
  let message = selected.length > 1 ? `Invalid signature: none of the ${selected.length} keys with kid "${kid}" verifies it.` : `Invalid signature: ${used.info.label} does not verify it.`;
  if (error) message += ` (${error})`;
  if (alg.family === 'HMAC' && signatureBytes) {
    const better = otherEncoding(set, alg, data, signatureBytes);
    if (better) {
      message += ` It verifies when the secret is read as ${ENCODING_NAMES[better]}: choose that encoding.`;
      warnings.push({
        code: 'secret_encoding_hint',
        severity: 'info',
        message: `The secret verifies the token when read as ${ENCODING_NAMES[better]}, not as ${ENCODING_NAMES[set.secretText!.encoding]}.`,
      });
    }
  }
  return result(sig('invalid', 'bad_signature', message), base);
}
