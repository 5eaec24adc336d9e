/**
 * Key import from text or file bytes: PEM (PKCS#8, encrypted PKCS#8, PKCS#1 RSA, SEC1 EC, SPKI,
 * PKCS#1 RSA public, X.509 certificate, or a private key with its certificate), DER and JWK (or a
 * JWK Set of one key). The format is detected from the content; every failure is a WorkbenchError
 * whose message starts with the detected format and says what is wrong.
 */
import {
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  sign,
  verify,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { WorkbenchError } from '../../shared/errors';
import { checkDerSequence, isBase64, parsePemBlocks, pemEncode, type PemBlock } from './pem';
import { describeKeyObject, type KeyDescription } from './key-info';

export interface ImportOptions {
  /** For encrypted PKCS#8 and legacy encrypted PKCS#1/SEC1 PEM. */
  password?: string;
}

export interface ImportedKey {
  /** The detected format, e.g. `PKCS#1 RSA private key (PEM)`. */
  format: string;
  description: KeyDescription;
  /** Asymmetric keys: the private key when the input held one. */
  privateKey?: KeyObject;
  /** Asymmetric keys: always present. */
  publicKey?: KeyObject;
  /** HMAC secrets (JWK `oct`). */
  secretKey?: KeyObject;
  /** PEM certificate, when the input was (or included) one. */
  cert?: string;
  /** From a JWK: its `kid`, `alg` and `use`. */
  kid?: string;
  alg?: string;
  use?: string;
}

function fail(format: string, problem: string, field = 'key'): never {
  throw new WorkbenchError('invalid_body', `${format}: ${problem}.`, field);
}

function nodeMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^error:[0-9A-F]+:/, '');
}

function errorCode(error: unknown): string | undefined {
  return (error as { code?: unknown })?.code as string | undefined;
}

/** Describes `key` or fails naming `format`. */
function describe(format: string, key: KeyObject): KeyDescription {
  const described = describeKeyObject(key);
  if (!described.ok) fail(format, described.problem);
  return described.key;
}

function fromPrivate(format: string, privateKey: KeyObject, extra: Partial<ImportedKey> = {}): ImportedKey {
  return {
    format,
    description: describe(format, privateKey),
    privateKey,
    publicKey: createPublicKey(privateKey),
    ...extra,
  };
}

function fromPublic(format: string, publicKey: KeyObject, extra: Partial<ImportedKey> = {}): ImportedKey {
  return { format, description: describe(format, publicKey), publicKey, ...extra };
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** Imports one key from pasted text or the bytes of a file. */
export function importKey(input: string | Uint8Array, options: ImportOptions = {}): ImportedKey {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const bytes = Buffer.from(input);
    if (bytes[0] === 0x30) return importDer(bytes, 'binary', options);
    text = bytes.toString('utf8');
  }
  text = text.replace(/^\uFEFF/, '').trim();
  if (text === '') fail('Empty input', 'paste a PEM block or a JWK, or choose a key file');
  if (text.startsWith('{') || text.startsWith('[')) return importJwkText(text);
  if (text.includes('-----BEGIN ')) return importPem(text, options);
  const compact = text.replace(/\s+/g, '');
  if (isBase64(compact) && compact.length >= 16)
    return importDer(Buffer.from(compact, 'base64'), 'base64', options);
  return fail(
    'Unrecognized input',
    'expected a PEM block ("-----BEGIN …-----"), a JWK (a JSON object) or base64 DER',
  );
}

// ---------------------------------------------------------------------------------------------
// PEM

const PEM_FORMATS: Record<string, string> = {
  'PRIVATE KEY': 'PKCS#8 private key (PEM)',
  'ENCRYPTED PRIVATE KEY': 'encrypted PKCS#8 private key (PEM)',
  'RSA PRIVATE KEY': 'PKCS#1 RSA private key (PEM)',
  'EC PRIVATE KEY': 'SEC1 EC private key (PEM)',
  'PUBLIC KEY': 'SPKI public key (PEM)',
  'RSA PUBLIC KEY': 'PKCS#1 RSA public key (PEM)',
  CERTIFICATE: 'X.509 certificate (PEM)',
};

const UNSUPPORTED_PEM: Record<string, string> = {
  'OPENSSH PRIVATE KEY':
    'OpenSSH private keys are not supported: convert it with "ssh-keygen -p -m PKCS8 -f FILE"',
  PKCS7: 'PKCS#7 bundles are not imported: import the certificate itself ("-----BEGIN CERTIFICATE-----")',
  CMS: 'PKCS#7 bundles are not imported: import the certificate itself ("-----BEGIN CERTIFICATE-----")',
  'CERTIFICATE REQUEST': 'certificate signing requests hold no usable key: import the key or its certificate',
  'NEW CERTIFICATE REQUEST':
    'certificate signing requests hold no usable key: import the key or its certificate',
  'DSA PRIVATE KEY': 'unsupported key type DSA: use RSA, EC, Ed25519 or an HMAC secret',
};

const PRIVATE_LABELS = new Set(['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY']);

function importPem(text: string, options: ImportOptions): ImportedKey {
  // openssl ecparam -genkey writes EC PARAMETERS before the key; it adds nothing.
  const blocks = parsePemBlocks(text).filter((b) => b.label !== 'EC PARAMETERS');
  if (blocks.length === 0) fail('PEM', 'no "-----BEGIN …-----" line was found');
  if (blocks.length === 1) return importPemBlock(blocks[0]!, options);
  const labels = blocks.map((b) => b.label);
  const keyBlock = blocks.find((b) => PRIVATE_LABELS.has(b.label));
  const certBlock = blocks.find((b) => b.label === 'CERTIFICATE');
  if (blocks.length !== 2 || keyBlock === undefined || certBlock === undefined) {
    fail(
      'PEM bundle',
      `it holds ${blocks.length} blocks (${labels.join(', ')}): import one key, or one private key with its certificate`,
    );
  }
  const key = importPemBlock(keyBlock, options);
  const cert = importPemBlock(certBlock, options);
  const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });
  if (!spki(key.publicKey!).equals(spki(cert.publicKey!))) {
    fail(`PEM bundle (${key.format} and certificate)`, 'the certificate does not belong to the private key');
  }
  return { ...key, format: `${key.format} with X.509 certificate`, cert: cert.cert! };
}

function importPemBlock(block: PemBlock, options: ImportOptions): ImportedKey {
  const format = PEM_FORMATS[block.label];
  if (format === undefined) {
    const reason = UNSUPPORTED_PEM[block.label];
    return fail(
      `PEM "${block.label}"`,
      reason || 'unsupported PEM type: expected a private key, public key or certificate',
    );
  }
  if (!block.complete) fail(format, `truncated: the "-----END ${block.label}-----" line is missing`);
  if (block.body === '') fail(format, 'malformed: the PEM block is empty');
  if (!isBase64(block.body))
    fail(format, 'malformed: the body between the BEGIN and END lines is not base64');
  const der = Buffer.from(block.body, 'base64');
  const legacyEncrypted = /ENCRYPTED/.test(block.headers['Proc-Type'] ?? '');
  if (legacyEncrypted) return importLegacyEncrypted(block, format, options);
  const check = checkDerSequence(der);
  if (!check.ok) fail(format, check.truncated ? check.problem : `malformed: ${check.problem}`);

  switch (block.label) {
    case 'CERTIFICATE':
      return importCertificateDer(der, format);
    case 'PUBLIC KEY':
      return fromPublic(
        format,
        parse(format, () => createPublicKey({ key: der, format: 'der', type: 'spki' })),
      );
    case 'RSA PUBLIC KEY':
      return fromPublic(
        format,
        parse(format, () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' })),
      );
    case 'PRIVATE KEY':
      return fromPrivate(
        format,
        parse(format, () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })),
      );
    case 'RSA PRIVATE KEY':
      return fromPrivate(
        format,
        parse(format, () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' })),
      );
    case 'EC PRIVATE KEY':
      return fromPrivate(
        format,
        parse(format, () => createPrivateKey({ key: der, format: 'der', type: 'sec1' })),
      );
    default:
      return importEncryptedPkcs8(der, format, options);
  }
}

/** Runs a Node key parser, turning its failure into "malformed" (or "unsupported") for `format`. */
function parse(format: string, parser: () => KeyObject): KeyObject {
  try {
    return parser();
  } catch (error) {
    if (errorCode(error) === 'ERR_OSSL_UNSUPPORTED' || /unsupported/i.test(nodeMessage(error))) {
      return fail(format, 'unsupported or malformed key: OpenSSL does not recognize the key inside');
    }
    return fail(format, `malformed: ${nodeMessage(error)}`);
  }
}

function importCertificateDer(der: Buffer, format: string): ImportedKey {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch (error) {
    return fail(format, `malformed: not a valid X.509 certificate (${nodeMessage(error)})`);
  }
  return fromPublic(format, cert.publicKey, { cert: pemEncode('CERTIFICATE', der) });
}

function decryptFailure(format: string, error: unknown): never {
  if (errorCode(error) === 'ERR_OSSL_BAD_DECRYPT' || /bad decrypt/i.test(nodeMessage(error))) {
    fail(format, 'wrong password: the key could not be decrypted with it', 'password');
  }
  if (errorCode(error) === 'ERR_OSSL_UNSUPPORTED' || /unsupported/i.test(nodeMessage(error))) {
    fail(format, 'unsupported encryption: re-encrypt it with "openssl pkcs8 -topk8 -v2 aes-256-cbc"');
  }
  return fail(format, `malformed: ${nodeMessage(error)}`);
}

function requirePassword(format: string, options: ImportOptions): string {
  if (options.password === undefined || options.password === '') {
    fail(format, 'encrypted without a password: enter the password it was encrypted with', 'password');
  }
  return options.password;
}

function importEncryptedPkcs8(der: Buffer, format: string, options: ImportOptions): ImportedKey {
  const passphrase = requirePassword(format, options);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase });
  } catch (error) {
    decryptFailure(format, error);
  }
  return fromPrivate(format, key);
}

function importLegacyEncrypted(block: PemBlock, plainFormat: string, options: ImportOptions): ImportedKey {
  const format = `encrypted ${plainFormat}`;
  const passphrase = requirePassword(format, options);
  const headers = Object.entries(block.headers).map(([k, v]) => `${k}: ${v}`);
  const body = block.body.match(/.{1,64}/g) ?? [];
  const pem = [
    `-----BEGIN ${block.label}-----`,
    ...headers,
    '',
    ...body,
    `-----END ${block.label}-----`,
    '',
  ].join('\n');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem', passphrase });
  } catch (error) {
    decryptFailure(format, error);
  }
  return fromPrivate(format, key);
}

// ---------------------------------------------------------------------------------------------
// DER

/** OID 1.2.840.113549.1.5.13 (PBES2), which opens every encrypted PKCS#8 written by OpenSSL 1.1+. */
const PBES2_OID = Buffer.from('06092a864886f70d01050d', 'hex');

function importDer(der: Buffer, source: 'binary' | 'base64', options: ImportOptions): ImportedKey {
  const label = source === 'binary' ? 'DER file' : 'base64 DER';
  const check = checkDerSequence(der);
  if (!check.ok) fail(label, check.truncated ? check.problem : `malformed: ${check.problem}`);
  const cert = pemEncode('CERTIFICATE', der);
  const attempts: (() => ImportedKey)[] = [
    () => fromPublic('X.509 certificate (DER)', new X509Certificate(der).publicKey, { cert }),
    () =>
      fromPrivate('PKCS#8 private key (DER)', createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })),
    () => fromPublic('SPKI public key (DER)', createPublicKey({ key: der, format: 'der', type: 'spki' })),
    () =>
      fromPrivate(
        'PKCS#1 RSA private key (DER)',
        createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }),
      ),
    () =>
      fromPrivate('SEC1 EC private key (DER)', createPrivateKey({ key: der, format: 'der', type: 'sec1' })),
    () =>
      fromPublic('PKCS#1 RSA public key (DER)', createPublicKey({ key: der, format: 'der', type: 'pkcs1' })),
  ];
  for (const make of attempts) {
    try {
      return make();
    } catch (error) {
      if (error instanceof WorkbenchError) throw error; // parsed, but unsupported (e.g. a curve)
    }
  }
  if (der.subarray(0, 32).includes(PBES2_OID))
    return importEncryptedPkcs8(der, 'encrypted PKCS#8 private key (DER)', options);
  return fail(label, 'malformed: it is not an X.509 certificate, PKCS#8, SPKI, PKCS#1 or SEC1 structure');
}

// ---------------------------------------------------------------------------------------------
// JWK

const B64URL = /^[A-Za-z0-9_-]+$/;

function importJwkText(text: string): ImportedKey {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
    const truncated = /end of JSON|Unterminated/i.test(message) || at >= text.length - 1;
    return fail(
      'JWK (JSON)',
      truncated ? `truncated: the JSON ends early (${message})` : `malformed JSON: ${message}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('JSON', 'expected a JWK (a JSON object with "kty") or a JWK Set (with "keys")');
  }
  const object = value as Record<string, unknown>;
  if ('keys' in object) {
    const keys = object.keys;
    if (!Array.isArray(keys)) return fail('JWK Set', '"keys" is not an array');
    if (keys.length !== 1) {
      return fail(
        'JWK Set',
        keys.length === 0 ? 'it holds no keys' : `it holds ${keys.length} keys: import them one at a time`,
      );
    }
    const only = keys[0];
    if (typeof only !== 'object' || only === null || Array.isArray(only))
      return fail('JWK Set', 'its key is not a JSON object');
    return importJwk(only as Record<string, unknown>);
  }
  return importJwk(object);
}

/** Imports a parsed JWK. */
export function importJwk(jwk: Record<string, unknown>): ImportedKey {
  const kty = jwk.kty;
  if (typeof kty !== 'string') return fail('JWK', 'the "kty" member is missing');
  const isPrivate = kty === 'oct' || jwk.d !== undefined;
  const format = kty === 'oct' ? 'JWK (oct secret)' : `JWK (${kty} ${isPrivate ? 'private' : 'public'} key)`;
  const members = (names: readonly string[]) => {
    const missing = names.filter((n) => jwk[n] === undefined);
    if (missing.length > 0) fail(format, `missing ${missing.map((m) => `"${m}"`).join(', ')}`);
    for (const n of names) {
      if (typeof jwk[n] !== 'string' || !B64URL.test(jwk[n] as string))
        fail(format, `malformed: "${n}" is not base64url`);
    }
  };
  const meta: Partial<ImportedKey> = {
    ...(typeof jwk.kid === 'string' && jwk.kid !== '' ? { kid: jwk.kid } : {}),
    ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}),
    ...(typeof jwk.use === 'string' ? { use: jwk.use } : {}),
  };
  let publicNames: readonly string[];
  switch (kty) {
    case 'RSA':
      publicNames = ['n', 'e'];
      members(publicNames);
      if (isPrivate) {
        const crt = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
        const missing = crt.filter((n) => jwk[n] === undefined);
        if (missing.length > 0) {
          fail(
            format,
            `missing ${missing.map((m) => `"${m}"`).join(', ')} (RSA private keys without the CRT parameters are not supported)`,
          );
        }
        members(crt);
      }
      break;
    case 'EC':
      if (!['P-256', 'P-384', 'P-521'].includes(String(jwk.crv))) {
        return fail(
          format,
          `unsupported curve ${jwk.crv === undefined ? '(none given)' : `"${String(jwk.crv)}"`}: only P-256, P-384 and P-521 are supported`,
        );
      }
      publicNames = ['x', 'y'];
      members(isPrivate ? [...publicNames, 'd'] : publicNames);
      break;
    case 'OKP':
      if (jwk.crv !== 'Ed25519') {
        return fail(
          format,
          `unsupported curve ${jwk.crv === undefined ? '(none given)' : `"${String(jwk.crv)}"`}: only Ed25519 is supported`,
        );
      }
      publicNames = ['x'];
      members(isPrivate ? [...publicNames, 'd'] : publicNames);
      break;
    case 'oct': {
      members(['k']);
      const secretKey = createSecretKey(Buffer.from(jwk.k as string, 'base64url'));
      return { format, description: describe(format, secretKey), secretKey, ...meta };
    }
    default:
      return fail('JWK', `unsupported key type "${kty}": use RSA, EC, OKP (Ed25519) or oct`);
  }
  const clean = Object.fromEntries(
    ['kty', 'crv', ...publicNames, ...(isPrivate ? ['d', 'p', 'q', 'dp', 'dq', 'qi'] : [])]
      .filter((n) => jwk[n] !== undefined)
      .map((n) => [n, jwk[n]]),
  );
  let key: KeyObject;
  try {
    key = isPrivate
      ? createPrivateKey({ key: clean as never, format: 'jwk' })
      : createPublicKey({ key: clean as never, format: 'jwk' });
  } catch (error) {
    return fail(format, `malformed: the key values are invalid (${nodeMessage(error)})`);
  }
  if (isPrivate) {
    // The public members must describe the same key as the private ones (Node trusts them as given).
    const publicPart = createPublicKey({
      key: Object.fromEntries(
        Object.entries(clean).filter(([n]) => ['kty', 'crv', ...publicNames].includes(n)),
      ) as never,
      format: 'jwk',
    });
    if (!keyPairMatches(key, publicPart))
      fail(format, 'malformed: its public members do not match its private key');
    return fromPrivate(format, key, meta);
  }
  return fromPublic(format, key, meta);
}

/** Whether `privateKey` signs what `publicKey` verifies. */
function keyPairMatches(privateKey: KeyObject, publicKey: KeyObject): boolean {
  const data = Buffer.from('token-workbench key pair check');
  const digest = privateKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
  try {
    return verify(digest, data, publicKey, sign(digest, data, privateKey));
  } catch {
    return false;
  }
}
