import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  type JsonWebKey,
  type KeyObject,
  X509Certificate,
} from 'node:crypto';
import {
  type CertificateInfo,
  decodeBase64Lenient,
  describeChar,
  type Finding,
  type JsonObject,
  type KeyInfo,
  type KeySourceInfo,
  type KeySourceKind,
  type SecretEncoding,
} from '../../shared/jwt';

/** One key that can verify (a public key or a secret), as imported once and then reused. */
export interface KeyEntry {
  /** The public key (derived from a private key when one was given) or the secret. */
  verifyKey: KeyObject;
  /** The private key, when one was given (JWE decryption). Never leaves main. */
  privateKey: KeyObject | null;
  /** The secret's bytes (JWE `dir`, key wrap, PBES2). */
  secretBytes: Uint8Array | null;
  /** `key_ops` of a JWK, if any. */
  keyOps: string[] | null;
  /** A "secret" that is really key material (PEM or JWK text): HMAC with it is key confusion. */
  secretLooksLike: string | null;
  info: KeyInfo;
}

export type KeySetProblem = 'no_key' | 'key_error' | 'not_fetched';

/** Keys read from one source. Sets (JWKS, workspace keys) are picked from by `kid`. */
export interface KeySet {
  readonly kind: KeySourceKind;
  readonly isSet: boolean;
  readonly entries: KeyEntry[];
  readonly source: KeySourceInfo;
  /** About the source itself (skipped JWKS members, whitespace in a secret, …). */
  readonly warnings: Finding[];
  readonly error: { reason: KeySetProblem; message: string } | null;
  /** A secret typed as text: on a failed HMAC, the other encodings are tried to suggest one. */
  readonly secretText?: { text: string; encoding: SecretEncoding };
}

export function isKeySet(value: unknown): value is KeySet {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as KeySet).entries) &&
    'source' in value
  );
}

const ENCODING_LABELS: Record<SecretEncoding, string> = {
  utf8: 'UTF-8',
  base64: 'base64',
  base64url: 'base64url',
  hex: 'hex',
};

function sourceInfo(
  kind: KeySourceKind,
  label: string,
  keyCount: number,
  extra: Partial<KeySourceInfo> = {},
): KeySourceInfo {
  return { kind, detected: false, label, url: null, fetchedAt: null, keyCount, ...extra };
}

export function failedSet(
  kind: KeySourceKind,
  label: string,
  reason: KeySetProblem,
  message: string,
): KeySet {
  return {
    kind,
    isSet: false,
    entries: [],
    source: sourceInfo(kind, label, 0),
    warnings: [],
    error: { reason, message },
  };
}

function warning(code: Finding['code'], message: string, severity: Finding['severity'] = 'warning'): Finding {
  return { code, severity, message };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// Secrets

/** The bytes of a secret in the given encoding, or the exact problem. */
export function decodeSecret(
  text: string,
  encoding: SecretEncoding,
): { bytes: Uint8Array } | { problem: string } {
  switch (encoding) {
    case 'utf8':
      return { bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
    case 'hex': {
      const clean = text.trim().replace(/^0x/i, '').replace(/[\s:]/g, '');
      const bad = /[^0-9a-fA-F]/.exec(clean);
      if (bad)
        return {
          problem: `The secret is not valid hex: ${describeChar(bad[0])} at character ${bad.index + 1}.`,
        };
      if (clean.length % 2 !== 0)
        return { problem: `The secret is not valid hex: it has an odd number of digits (${clean.length}).` };
      return { bytes: new Uint8Array(Buffer.from(clean, 'hex')) };
    }
    case 'base64':
    case 'base64url': {
      const clean = text.replace(/\s+/g, '');
      const wrong = encoding === 'base64' ? /[-_]/ : /[+/]/;
      const mixed = wrong.exec(clean);
      if (mixed) {
        const other = encoding === 'base64' ? 'base64url' : 'base64';
        return {
          problem: `The secret is not valid ${encoding}: ${describeChar(mixed[0])} at character ${mixed.index + 1} belongs to ${other}.`,
        };
      }
      const dec = decodeBase64Lenient(clean);
      if (!dec.bytes)
        return {
          problem: `The secret ${dec.problem?.message.replace('base64url', encoding) ?? `is not valid ${encoding}`}.`,
        };
      return { bytes: dec.bytes };
    }
  }
}

/** What a pasted "secret" really is when it is key material. */
function keyMaterialLookalike(text: string): string | null {
  const t = text.trim();
  if (/-----BEGIN [A-Z0-9 ]*(PUBLIC KEY|CERTIFICATE)-----/.test(t)) return 'a PEM public key or certificate';
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(t)) return 'a PEM private key';
  if (t.startsWith('{') && /"kty"\s*:\s*"(RSA|EC|OKP)"/.test(t)) return 'a JWK public key';
  return null;
}

export function importSecret(text: string, encoding: SecretEncoding = 'utf8'): KeySet {
  const label = `Secret (${ENCODING_LABELS[encoding]})`;
  const decoded = decodeSecret(text, encoding);
  if ('problem' in decoded)
    return { ...failedSet('secret', label, 'key_error', decoded.problem), secretText: { text, encoding } };
  const bytes = decoded.bytes;
  if (bytes.length === 0) return failedSet('secret', label, 'key_error', 'The secret is empty.');
  const warnings: Finding[] = [];
  if (encoding === 'utf8' && text.trim() !== text) {
    warnings.push(
      warning(
        'secret_whitespace',
        'The secret starts or ends with spaces or a line break, which are part of it as given.',
      ),
    );
  }
  const info: KeyInfo = {
    kty: 'oct',
    kid: null,
    alg: null,
    use: null,
    bits: bytes.length * 8,
    curve: null,
    index: null,
    thumbprint: null,
    label: `${label}, ${bytes.length} byte${bytes.length === 1 ? '' : 's'}`,
    certificate: null,
    secret: { encoding, byteLength: bytes.length },
    fromPrivateKey: false,
  };
  return {
    kind: 'secret',
    isSet: false,
    entries: [
      {
        verifyKey: createSecretKey(bytes),
        privateKey: null,
        secretBytes: bytes,
        keyOps: null,
        secretLooksLike: keyMaterialLookalike(text),
        info,
      },
    ],
    source: sourceInfo('secret', info.label, 1),
    warnings,
    error: null,
    secretText: { text, encoding },
  };
}

// ---------------------------------------------------------------------------------------------
// Key descriptions

const CURVES: Record<string, string> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
  secp256k1: 'secp256k1',
};

function keyShape(key: KeyObject): { kty: KeyInfo['kty']; bits: number | null; curve: string | null } {
  if (key.type === 'secret') return { kty: 'oct', bits: (key.symmetricKeySize ?? 0) * 8, curve: null };
  switch (key.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return { kty: 'RSA', bits: key.asymmetricKeyDetails?.modulusLength ?? null, curve: null };
    case 'ec': {
      const named = key.asymmetricKeyDetails?.namedCurve ?? '';
      return { kty: 'EC', bits: null, curve: CURVES[named] ?? named };
    }
    case 'ed25519':
      return { kty: 'OKP', bits: null, curve: 'Ed25519' };
    case 'ed448':
      return { kty: 'OKP', bits: null, curve: 'Ed448' };
    case 'x25519':
      return { kty: 'OKP', bits: null, curve: 'X25519' };
    case 'x448':
      return { kty: 'OKP', bits: null, curve: 'X448' };
    default:
      throw new Error(`${key.asymmetricKeyType ?? 'this'} keys are not used with JWTs`);
  }
}

const THUMBPRINT_MEMBERS: Record<string, string[]> = {
  RSA: ['e', 'kty', 'n'],
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
};

/** RFC 7638 SHA-256 thumbprint of a public key, or null when it cannot be exported as a JWK. */
export function jwkThumbprint(key: KeyObject): string | null {
  try {
    const jwk = key.export({ format: 'jwk' }) as Record<string, unknown>;
    const members = THUMBPRINT_MEMBERS[String(jwk.kty)];
    if (!members) return null;
    const json = `{${members.map((m) => `${JSON.stringify(m)}:${JSON.stringify(jwk[m])}`).join(',')}}`;
    return createHash('sha256').update(json).digest('base64url');
  } catch {
    return null;
  }
}

function oneLineName(name: string): string {
  return name
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

function isoOf(dateText: string): string {
  const t = Date.parse(dateText);
  return Number.isNaN(t) ? dateText : new Date(t).toISOString();
}

export function certificateInfo(cert: X509Certificate): CertificateInfo {
  let selfSigned = false;
  try {
    selfSigned = cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    selfSigned = false;
  }
  return {
    subject: oneLineName(cert.subject),
    issuer: oneLineName(cert.issuer),
    serialNumber: cert.serialNumber,
    notBefore: isoOf(cert.validFrom),
    notAfter: isoOf(cert.validTo),
    sha1Fingerprint: cert.fingerprint,
    sha256Fingerprint: cert.fingerprint256,
    x5t: createHash('sha1').update(cert.raw).digest('base64url'),
    x5tS256: createHash('sha256').update(cert.raw).digest('base64url'),
    selfSigned,
  };
}

function publicEntry(
  verifyKey: KeyObject,
  label: string,
  extra: Partial<KeyInfo> & { privateKey?: KeyObject | null; keyOps?: string[] | null } = {},
): KeyEntry {
  const { privateKey = null, keyOps = null, ...infoExtra } = extra;
  const shape = keyShape(verifyKey);
  return {
    verifyKey,
    privateKey,
    secretBytes: null,
    keyOps,
    secretLooksLike: null,
    info: {
      kty: shape.kty,
      kid: null,
      alg: null,
      use: null,
      bits: shape.bits,
      curve: shape.curve,
      index: null,
      thumbprint: jwkThumbprint(verifyKey),
      label,
      certificate: null,
      secret: null,
      fromPrivateKey: privateKey !== null,
      ...infoExtra,
    },
  };
}

function describeShape(entry: KeyEntry): string {
  const i = entry.info;
  if (i.kty === 'RSA') return `RSA ${i.bits ?? ''}`.trim();
  if (i.kty === 'EC') return `EC ${i.curve ?? ''}`.trim();
  if (i.kty === 'OKP') return i.curve ?? 'OKP';
  return 'secret';
}

function singleSet(kind: KeySourceKind, entry: KeyEntry, warnings: Finding[] = []): KeySet {
  return {
    kind,
    isSet: false,
    entries: [entry],
    source: sourceInfo(kind, entry.info.label, 1),
    warnings,
    error: null,
  };
}

// ---------------------------------------------------------------------------------------------
// PEM and DER

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

function cleanPem(label: string, body: string): string {
  const b64 = body.replace(/\s+/g, '');
  return `-----BEGIN ${label}-----\n${(b64.match(/.{1,64}/g) ?? []).join('\n')}\n-----END ${label}-----\n`;
}

function privateDerivedEntry(privateKey: KeyObject, label: string): KeyEntry {
  const shape = keyShape(privateKey);
  return publicEntry(
    createPublicKey(privateKey),
    `${label} (${describeShapeOf(shape)}; public key derived)`,
    { privateKey },
  );
}

function describeShapeOf(shape: { kty: string; bits: number | null; curve: string | null }): string {
  return shape.kty === 'RSA' ? `RSA ${shape.bits ?? ''}`.trim() : (shape.curve ?? shape.kty);
}

function certificateEntry(cert: X509Certificate, label: string): KeyEntry {
  const info = certificateInfo(cert);
  return publicEntry(cert.publicKey, `${label} ${info.subject}`, { certificate: info });
}

/** PEM (SPKI, PKCS#1, certificate, PKCS#8/PKCS#1/SEC1 private key) or bare base64 DER. */
export function importPem(input: string): KeySet {
  const text = input.replace(/\\n/g, '\n').trim();
  PEM_BLOCK.lastIndex = 0;
  const block = PEM_BLOCK.exec(text);
  if (!block) {
    const der = text.replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(der) && der.length >= 40) return importDer(Buffer.from(der, 'base64'));
    if (text.includes('-----BEGIN ')) {
      return failedSet(
        'pem_spki',
        'PEM',
        'key_error',
        'The PEM text is incomplete: its "-----END …-----" line is missing or does not match.',
      );
    }
    return failedSet('pem_spki', 'PEM', 'key_error', 'This is not PEM: it has no "-----BEGIN …-----" line.');
  }
  const [, label = '', body = ''] = block;
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(body)) {
    return failedSet(
      'pem_private',
      'Encrypted private key',
      'key_error',
      'The private key is encrypted with a passphrase: decrypt it first (openssl pkey -in key.pem -out plain.pem), or paste the public key or certificate.',
    );
  }
  const pem = cleanPem(label, body.replace(/^[A-Za-z-]+:.*$/gm, ''));
  try {
    switch (label) {
      case 'PUBLIC KEY':
        return singleSet('pem_spki', publicEntry(createPublicKey(pem), 'PEM public key (SPKI)'));
      case 'RSA PUBLIC KEY':
        return singleSet('pem_pkcs1', publicEntry(createPublicKey(pem), 'PEM RSA public key (PKCS#1)'));
      case 'CERTIFICATE':
      case 'X509 CERTIFICATE':
      case 'TRUSTED CERTIFICATE': {
        const cert = new X509Certificate(cleanPem('CERTIFICATE', body));
        const entry = certificateEntry(cert, 'X.509 certificate');
        return singleSet('certificate', entry);
      }
      case 'PRIVATE KEY':
      case 'RSA PRIVATE KEY':
      case 'EC PRIVATE KEY': {
        const entry = privateDerivedEntry(createPrivateKey(pem), 'PEM private key');
        return singleSet('pem_private', entry, [
          warning(
            'private_key_given',
            'A private key was pasted: only its public key is used to verify.',
            'info',
          ),
        ]);
      }
      default:
        return failedSet(
          'pem_spki',
          `PEM ${label}`,
          'key_error',
          `A "${label}" PEM block is not a key the workbench reads (a public key, certificate or private key).`,
        );
    }
  } catch (error) {
    return failedSet(
      'pem_spki',
      `PEM ${label}`,
      'key_error',
      `The ${label} PEM could not be read: ${errorText(error)}`,
    );
  }
}

function importDer(der: Buffer): KeySet {
  try {
    const entry = certificateEntry(new X509Certificate(der), 'X.509 certificate (DER)');
    return singleSet('certificate', entry);
  } catch {
    // not a certificate
  }
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type });
      return singleSet(
        type === 'spki' ? 'pem_spki' : 'pem_pkcs1',
        publicEntry(key, `DER public key (${type === 'spki' ? 'SPKI' : 'PKCS#1'})`),
      );
    } catch {
      // next form
    }
  }
  try {
    return singleSet(
      'pem_private',
      privateDerivedEntry(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }), 'DER private key'),
    );
  } catch {
    return failedSet(
      'pem_spki',
      'DER',
      'key_error',
      'The base64 text is not a certificate, a public key or a private key in DER.',
    );
  }
}

// ---------------------------------------------------------------------------------------------
// JWK and JWKS

function parseJsonObject(input: string | JsonObject, what: string): JsonObject | string {
  if (typeof input !== 'string') return input;
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch (error) {
    return `The ${what} is not JSON: ${errorText(error)}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `The ${what} is JSON but not an object.`;
  return value as JsonObject;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Imports one JWK; throws an Error whose message names the problem. */
export function importJwkObject(
  jwk: JsonObject,
  label: string,
  index: number | null = null,
): { entry: KeyEntry; warnings: Finding[] } {
  const kty = jwk.kty;
  if (typeof kty !== 'string') throw new Error('it has no "kty"');
  const kid = str(jwk.kid);
  const alg = str(jwk.alg);
  const use = str(jwk.use);
  const keyOps = Array.isArray(jwk.key_ops)
    ? jwk.key_ops.filter((o): o is string => typeof o === 'string')
    : null;
  const kidText = kid !== null ? ` (kid "${kid}")` : '';
  const warnings: Finding[] = [];
  if (kty === 'oct') {
    if (typeof jwk.k !== 'string') throw new Error('an "oct" key needs "k"');
    const dec = decodeBase64Lenient(jwk.k);
    if (!dec.bytes) throw new Error(`"k" ${dec.problem?.message ?? 'is not base64url'}`);
    if (dec.bytes.length === 0) throw new Error('"k" is empty');
    const bytes = dec.bytes;
    const entry: KeyEntry = {
      verifyKey: createSecretKey(bytes),
      privateKey: null,
      secretBytes: bytes,
      keyOps,
      secretLooksLike: null,
      info: {
        kty: 'oct',
        kid,
        alg,
        use,
        bits: bytes.length * 8,
        curve: null,
        index,
        thumbprint: null,
        label: `${label}${kidText}, secret of ${bytes.length} bytes`,
        certificate: null,
        secret: { encoding: 'jwk', byteLength: bytes.length },
        fromPrivateKey: false,
      },
    };
    return { entry, warnings };
  }
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP')
    throw new Error(`kty "${kty}" is not RSA, EC, OKP or oct`);
  const keyInput = jwk as unknown as JsonWebKey;
  let privateKey: KeyObject | null = null;
  let verifyKey: KeyObject;
  if (jwk.d !== undefined) {
    privateKey = createPrivateKey({ key: keyInput, format: 'jwk' });
    verifyKey = createPublicKey(privateKey);
  } else {
    verifyKey = createPublicKey({ key: keyInput, format: 'jwk' });
  }
  const shape = keyShape(verifyKey);
  let certificate: CertificateInfo | null = null;
  if (Array.isArray(jwk.x5c) && typeof jwk.x5c[0] === 'string') {
    try {
      const cert = new X509Certificate(Buffer.from(jwk.x5c[0], 'base64'));
      certificate = certificateInfo(cert);
      if (!cert.publicKey.equals(verifyKey)) {
        warnings.push(
          warning(
            'x5c_key_mismatch',
            `${label}${kidText}: its x5c certificate holds a different public key than its n/e or x/y; the JWK's own key is used.`,
          ),
        );
      }
    } catch (error) {
      warnings.push(
        warning(
          'key_skipped',
          `${label}${kidText}: its x5c certificate could not be read (${errorText(error)}).`,
          'info',
        ),
      );
    }
  }
  const entry = publicEntry(
    verifyKey,
    `${label}${kidText}, ${describeShapeOf(shape)}${privateKey ? ', public part of a private key' : ''}`,
    {
      kid,
      alg,
      use,
      index,
      certificate,
      privateKey,
      keyOps,
    },
  );
  if (privateKey)
    warnings.push(
      warning(
        'private_key_given',
        `${label}${kidText} is a private key: only its public part is used to verify.`,
        'info',
      ),
    );
  return { entry, warnings };
}

export function importJwk(input: string | JsonObject): KeySet {
  const jwk = parseJsonObject(input, 'JWK');
  if (typeof jwk === 'string') return failedSet('jwk', 'JWK', 'key_error', jwk);
  if (Array.isArray(jwk.keys)) return importJwks(jwk);
  try {
    const { entry, warnings } = importJwkObject(jwk, 'JWK');
    return singleSet('jwk', entry, warnings);
  } catch (error) {
    return failedSet('jwk', 'JWK', 'key_error', `The JWK could not be read: ${errorText(error)}.`);
  }
}

export interface JwksContext {
  kind?: KeySourceKind;
  /** "pasted JWKS", "JWKS from https://…". */
  label?: string;
  url?: string | null;
  fetchedAt?: string | null;
}

export function importJwks(input: string | JsonObject, context: JwksContext = {}): KeySet {
  const kind = context.kind ?? 'jwks';
  const label = context.label ?? 'Pasted JWKS';
  const jwks = parseJsonObject(input, 'JWKS');
  if (typeof jwks === 'string') return failedSet(kind, label, 'key_error', jwks);
  if (!Array.isArray(jwks.keys)) {
    if (typeof jwks.kty === 'string') return importJwk(jwks);
    return failedSet(kind, label, 'key_error', 'The JWKS has no "keys" array.');
  }
  const keys: unknown[] = jwks.keys;
  const entries: KeyEntry[] = [];
  const warnings: Finding[] = [];
  keys.forEach((raw, index) => {
    const name = `Key #${index + 1} of ${keys.length} in the ${label.replace(/^Pasted JWKS$/, 'pasted JWKS')}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      warnings.push(warning('key_skipped', `${name} is not an object; skipped.`));
      return;
    }
    try {
      const imported = importJwkObject(raw as JsonObject, name, index);
      entries.push(imported.entry);
      warnings.push(...imported.warnings.filter((w) => w.code !== 'private_key_given'));
    } catch (error) {
      const kid = str((raw as JsonObject).kid);
      warnings.push(
        warning(
          'key_skipped',
          `${name}${kid !== null ? ` (kid "${kid}")` : ''} was skipped: ${errorText(error)}.`,
        ),
      );
    }
  });
  const count = `${keys.length} key${keys.length === 1 ? '' : 's'}`;
  const source = sourceInfo(kind, `${label} (${count})`, entries.length, {
    url: context.url ?? null,
    fetchedAt: context.fetchedAt ?? null,
  });
  if (entries.length === 0) {
    return {
      kind,
      isSet: true,
      entries,
      source,
      warnings,
      error: {
        reason: 'key_error',
        message: `The ${label.replace(/^Pasted /, 'pasted ')} has no usable key (${count}).`,
      },
    };
  }
  return { kind, isSet: true, entries, source, warnings, error: null };
}

// ---------------------------------------------------------------------------------------------
// Keys the caller already holds (workspace tenant keys, key library, API secrets)

export interface ProvidedKey {
  /** A KeyObject (public, private or secret), PEM text, or a JWK. */
  key: KeyObject | string | JsonObject;
  kid?: string;
  alg?: string;
  /** Where it comes from: "tenant dev-acme, current key". */
  label: string;
}

/** A key set from keys the caller holds; picked by `kid` like a JWKS. */
export function keySetFromKeys(keys: ProvidedKey[], label = 'Workspace keys'): KeySet {
  const entries: KeyEntry[] = [];
  const warnings: Finding[] = [];
  keys.forEach((k, index) => {
    try {
      let entry: KeyEntry;
      if (typeof k.key === 'string') {
        const set = importPem(k.key);
        if (!set.entries[0]) throw new Error(set.error?.message ?? 'no key');
        entry = set.entries[0];
      } else if (isKeyObject(k.key)) {
        const key = k.key;
        if (key.type === 'secret') {
          const bytes = new Uint8Array(key.export());
          entry = importSecret(Buffer.from(bytes).toString('base64url'), 'base64url').entries[0]!;
        } else if (key.type === 'private') {
          entry = privateDerivedEntry(key, k.label);
        } else {
          entry = publicEntry(key, k.label);
        }
      } else {
        entry = importJwkObject(k.key, k.label, index).entry;
      }
      entries.push({
        ...entry,
        info: {
          ...entry.info,
          kid: k.kid ?? entry.info.kid,
          alg: k.alg ?? entry.info.alg,
          label: k.label,
          index,
        },
      });
    } catch (error) {
      warnings.push(warning('key_skipped', `${k.label} was skipped: ${errorText(error)}.`));
    }
  });
  return {
    kind: 'keys',
    isSet: true,
    entries,
    source: sourceInfo('keys', `${label} (${entries.length})`, entries.length),
    warnings,
    error: entries.length ? null : { reason: 'no_key', message: `${label}: no key to verify with.` },
  };
}

function isKeyObject(value: unknown): value is KeyObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as KeyObject).export === 'function' &&
    'type' in value
  );
}

export { describeShape };
