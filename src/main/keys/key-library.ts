/**
 * The key library: keys of any supported kind, beside the tenant keys, for debugging and minting.
 * Each has a name and a kid (default: the RFC 7638 thumbprint; a random kid for HMAC secrets, whose
 * thumbprint would publish a hash of the secret in every token header).
 *
 * Metadata (public) lives behind KeyLibraryStore, so that the workspace schema can hold it; private
 * keys and secrets live in the vault only. A private key leaves only encrypted with a password, as a
 * file written by the main process (never as a contract result).
 */
import { createPrivateKey, createPublicKey, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CompactEncrypt } from 'jose';
import { WorkbenchError } from '../../shared/errors';
import { parseCertificate } from './certificate';
import { availableFormats, publicExport, safeFileName, spkiSha256 } from './downloads';
import { publicJwk, rfc7638Thumbprint, type PublicJwk } from './formats';
import { generateKeyOfType, KEY_TYPE_INFO, type KeyType } from './generate';
import { withKeyField } from './field-errors';
import { importKey, type ImportedKey, type ImportOptions } from './import';
import { describeKeyObject, type KeyDescription } from './key-info';
import { StoredLibraryKeySchema, type StoredLibraryKey } from './library-schema';
import {
  CERTIFICATE_EXPORT_FORMATS,
  type CertificateExportFormat,
  type ExportedFile,
  type LibraryKeyView,
  type PrivateKeyFile,
} from './public-view';

// ---------------------------------------------------------------------------------------------
// Storage

export { StoredLibraryKeySchema, type StoredLibraryKey };

export {
  documentKeyLibraryStore,
  libraryKeyRef,
  memoryKeyLibraryStore,
  type KeyLibrary,
  type KeyLibraryDocument,
  type KeyLibraryStore,
  type KeyLibraryVault,
} from './library-store';
import type { KeyLibrary } from './library-store';

// ---------------------------------------------------------------------------------------------
// Views

const RSA_ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
const EC_ALGS: Record<string, string> = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

function algsOf(key: Pick<StoredLibraryKey, 'kty' | 'crv'>): string[] {
  switch (key.kty) {
    case 'RSA':
      return RSA_ALGS;
    case 'EC':
      return [EC_ALGS[key.crv ?? ''] ?? 'ES256'];
    case 'OKP':
      return ['EdDSA'];
    case 'oct':
      return ['HS256', 'HS384', 'HS512'];
  }
}

function publicKeyFromJwk(jwk: PublicJwk): KeyObject {
  return createPublicKey({ key: { ...jwk }, format: 'jwk' });
}

export function libraryKeyView(stored: StoredLibraryKey): LibraryKeyView {
  const publicKey = stored.public_jwk === undefined ? undefined : publicKeyFromJwk(stored.public_jwk);
  return {
    id: stored.id,
    name: stored.name,
    kid: stored.kid,
    kty: stored.kty,
    label: stored.label,
    alg: stored.alg,
    algs: algsOf(stored),
    has_private: stored.has_private,
    origin: stored.origin,
    ...(stored.imported_format === undefined ? {} : { imported_format: stored.imported_format }),
    created_at: stored.created_at,
    updated_at: stored.updated_at,
    ...(stored.public_jwk === undefined ? {} : { public_jwk: { ...stored.public_jwk } }),
    ...(publicKey === undefined ? {} : { spki_sha256: spkiSha256(publicKey) }),
    ...(stored.cert === undefined ? {} : { cert: stored.cert, certificate: parseCertificate(stored.cert) }),
    public_exports: availableFormats({ cert: stored.cert, hasPublicKey: publicKey !== undefined }),
  };
}

function find(lib: KeyLibrary, id: string): StoredLibraryKey {
  const key = lib.store.read().find((k) => k.id === id);
  if (key === undefined)
    throw new WorkbenchError('not_found', `There is no key "${id}" in the key library.`, 'id');
  return key;
}

export function listLibraryKeys(lib: KeyLibrary): LibraryKeyView[] {
  return lib.store.read().map(libraryKeyView);
}

export function getLibraryKey(lib: KeyLibrary, id: string): LibraryKeyView {
  return libraryKeyView(find(lib, id));
}

// ---------------------------------------------------------------------------------------------
// Validation of user input

const MAX_NAME = 100;
const MAX_KID = 256;
/** Shortest password accepted to encrypt an exported private key. */
export const MIN_EXPORT_PASSWORD = 8;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new WorkbenchError('invalid_body', 'Give the key a name.', 'name');
  if (trimmed.length > MAX_NAME)
    throw new WorkbenchError('invalid_body', `A key name has at most ${MAX_NAME} characters.`, 'name');
  return trimmed;
}

function checkKid(kid: string, keys: readonly StoredLibraryKey[], self?: string): string {
  // eslint-disable-next-line no-control-regex
  if (kid === '' || kid.length > MAX_KID || /[\u0000-\u001f\u007f]/.test(kid)) {
    throw new WorkbenchError(
      'invalid_body',
      `A key id has 1 to ${MAX_KID} characters and no control characters.`,
      'kid',
    );
  }
  const other = keys.find((k) => k.kid === kid && k.id !== self);
  if (other !== undefined) {
    throw new WorkbenchError(
      'conflict',
      `The key library already has a key with kid "${kid}" ("${other.name}").`,
      'kid',
    );
  }
  return kid;
}

function checkAlg(alg: string, key: Pick<StoredLibraryKey, 'kty' | 'crv' | 'label'>): string {
  const algs = algsOf(key);
  if (!algs.includes(alg)) {
    throw new WorkbenchError(
      'invalid_body',
      `A ${key.label} key signs ${algs.join(', ')}, not ${alg}.`,
      'alg',
    );
  }
  return alg;
}

// ---------------------------------------------------------------------------------------------
// Adding keys

interface NewMaterial {
  description: KeyDescription;
  privateKey?: KeyObject;
  publicKey?: KeyObject;
  secretKey?: KeyObject;
  cert?: string;
}

const newLibraryId = () => `lk_${randomBytes(8).toString('hex')}`;

/** The vault form of a private part: PKCS#8 PEM, or the secret's base64url for HMAC. */
function privateForm(material: NewMaterial): string | undefined {
  if (material.secretKey !== undefined) return material.secretKey.export().toString('base64url');
  return material.privateKey?.export({ type: 'pkcs8', format: 'pem' }).toString();
}

async function defaultKid(material: NewMaterial): Promise<string> {
  if (material.publicKey === undefined) return randomBytes(16).toString('base64url');
  return rfc7638Thumbprint({ ...publicJwk(material.publicKey) });
}

async function add(
  lib: KeyLibrary,
  material: NewMaterial,
  meta: {
    origin: 'generated' | 'imported';
    format?: string;
    name?: string;
    kid?: string;
    alg?: string;
    defaultName: string;
  },
): Promise<LibraryKeyView> {
  const { description } = material;
  const now = new Date().toISOString();
  const shape = {
    kty: description.kty,
    label: description.label,
    ...(description.crv ? { crv: description.crv } : {}),
  };
  const stored: StoredLibraryKey = {
    id: newLibraryId(),
    name: checkName(meta.name ?? meta.defaultName),
    kid: checkKid(meta.kid ?? (await defaultKid(material)), lib.store.read()),
    ...shape,
    bits: description.bits,
    alg: checkAlg(meta.alg ?? description.defaultAlg, shape),
    has_private: material.privateKey !== undefined || material.secretKey !== undefined,
    origin: meta.origin,
    ...(meta.format === undefined ? {} : { imported_format: meta.format }),
    ...(material.publicKey === undefined ? {} : { public_jwk: publicJwk(material.publicKey) }),
    ...(material.cert === undefined ? {} : { cert: material.cert }),
    created_at: now,
    updated_at: now,
  };
  // Same order as tenant keys: the private part first, then the one metadata write.
  const secret = privateForm(material);
  const ref = lib.store.secretRef(stored.id);
  if (secret !== undefined) lib.vault.set(ref, secret);
  try {
    lib.store.update((keys) => {
      checkKid(stored.kid, keys);
      keys.push(stored);
    });
  } catch (error) {
    if (secret !== undefined) lib.vault.delete([ref]);
    throw error;
  }
  return libraryKeyView(stored);
}

/** Generates a key of `type` (asynchronously) into the library. */
export async function generateLibraryKey(
  lib: KeyLibrary,
  args: { type: KeyType; name?: string; kid?: string; alg?: string },
): Promise<LibraryKeyView> {
  const generated = await generateKeyOfType(args.type);
  const material: NewMaterial =
    generated.kind === 'secret'
      ? { description: described(generated.secretKey), secretKey: generated.secretKey }
      : {
          description: described(generated.privateKey),
          privateKey: generated.privateKey,
          publicKey: generated.publicKey,
        };
  return add(lib, material, {
    origin: 'generated',
    defaultName: `${KEY_TYPE_INFO[args.type].label} key`,
    ...pick(args),
  });
}

function described(key: KeyObject): KeyDescription {
  const result = describeKeyObject(key);
  if (!result.ok) throw new WorkbenchError('internal', `Generated an unsupported key: ${result.problem}.`);
  return result.key;
}

function pick(args: { name?: string | undefined; kid?: string | undefined; alg?: string | undefined }) {
  return {
    ...(args.name === undefined ? {} : { name: args.name }),
    ...(args.kid === undefined ? {} : { kid: args.kid }),
    ...(args.alg === undefined ? {} : { alg: args.alg }),
  };
}

/**
 * Imports a key from pasted text or file bytes (see import.ts for the formats). A JWK's own `kid`
 * and `alg` are kept unless overridden; an `alg` the key cannot sign falls back to its default.
 */
export async function importLibraryKey(
  lib: KeyLibrary,
  args: { input: string | Uint8Array; password?: string; name?: string; kid?: string; alg?: string },
): Promise<LibraryKeyView> {
  const options: ImportOptions = args.password === undefined ? {} : { password: args.password };
  const imported: ImportedKey = withKeyField({ key: 'input', password: 'password' }, () => importKey(args.input, options));
  const { description } = imported;
  const jwkAlg =
    imported.alg !== undefined && description.algs.includes(imported.alg) ? { alg: imported.alg } : {};
  return add(
    lib,
    {
      description,
      ...(imported.privateKey === undefined ? {} : { privateKey: imported.privateKey }),
      ...(imported.publicKey === undefined ? {} : { publicKey: imported.publicKey }),
      ...(imported.secretKey === undefined ? {} : { secretKey: imported.secretKey }),
      ...(imported.cert === undefined ? {} : { cert: imported.cert }),
    },
    {
      origin: 'imported',
      format: imported.format,
      defaultName: `Imported ${description.label}`,
      ...(imported.kid === undefined ? {} : { kid: imported.kid }),
      ...jwkAlg,
      ...pick(args),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Changing and removing

/** Rename a key, or change its kid or algorithm. */
export function updateLibraryKey(
  lib: KeyLibrary,
  args: { id: string; name?: string; kid?: string; alg?: string },
): LibraryKeyView {
  return lib.store.update((keys) => {
    const key = keys.find((k) => k.id === args.id);
    if (key === undefined)
      throw new WorkbenchError('not_found', `There is no key "${args.id}" in the key library.`, 'id');
    if (args.name !== undefined) key.name = checkName(args.name);
    if (args.kid !== undefined) key.kid = checkKid(args.kid, keys, key.id);
    if (args.alg !== undefined) key.alg = checkAlg(args.alg, key);
    key.updated_at = new Date().toISOString();
    return libraryKeyView(key);
  });
}

/** Removes a key: the metadata first, then its private part (a crash in between leaves an orphan only). */
export function deleteLibraryKey(lib: KeyLibrary, id: string): { deleted: string } {
  const removed = lib.store.update((keys) => {
    const index = keys.findIndex((k) => k.id === id);
    if (index === -1)
      throw new WorkbenchError('not_found', `There is no key "${id}" in the key library.`, 'id');
    return keys.splice(index, 1)[0]!;
  });
  lib.vault.delete([lib.store.secretRef(id)]);
  return { deleted: removed.id };
}

// ---------------------------------------------------------------------------------------------
// Using and exporting

/** Main process only: the KeyObjects to sign or verify with. Never serialize. */
export interface LibraryKeyMaterial {
  kid: string;
  alg: string;
  kty: StoredLibraryKey['kty'];
  privateKey?: KeyObject;
  publicKey?: KeyObject;
  secretKey?: KeyObject;
}

export function libraryKeyMaterial(lib: KeyLibrary, id: string): LibraryKeyMaterial {
  const stored = find(lib, id);
  const base = { kid: stored.kid, alg: stored.alg, kty: stored.kty };
  const secret = stored.has_private ? lib.vault.get(lib.store.secretRef(id)) : undefined;
  if (stored.has_private && secret === undefined) {
    throw new WorkbenchError(
      'storage',
      `The private part of the library key "${stored.name}" is missing from the secrets file.`,
    );
  }
  if (stored.kty === 'oct') return { ...base, secretKey: createSecretKey(Buffer.from(secret!, 'base64url')) };
  const publicKey = publicKeyFromJwk(stored.public_jwk!);
  return secret === undefined
    ? { ...base, publicKey }
    : { ...base, publicKey, privateKey: createPrivateKey(secret) };
}

/** A public download of a library key (certificate formats only when it has a certificate). */
export function exportLibraryKey(lib: KeyLibrary, id: string, format: CertificateExportFormat): ExportedFile {
  const stored = find(lib, id);
  if (!(CERTIFICATE_EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new WorkbenchError('invalid_body', `Unknown export format "${format}".`, 'format');
  }
  if (stored.public_jwk === undefined) {
    throw new WorkbenchError(
      'invalid_body',
      `"${stored.name}" is an HMAC secret: it has no public part. Export it encrypted with a password instead.`,
      'format',
    );
  }
  const available = availableFormats({ cert: stored.cert, hasPublicKey: true });
  if (!available.includes(format)) {
    throw new WorkbenchError(
      'invalid_body',
      `"${stored.name}" has no certificate: export it as ${available.join(', ')}.`,
      'format',
    );
  }
  return publicExport(
    {
      key: publicKeyFromJwk(stored.public_jwk),
      ...(stored.cert === undefined ? {} : { cert: stored.cert }),
      kid: stored.kid,
      alg: stored.alg,
      baseName: stored.name,
    },
    format,
  );
}

/**
 * Writes a key's private part, encrypted with `password`, to `filePath` (mode 0600): an asymmetric
 * key as encrypted PKCS#8 PEM (AES-256-CBC, PBKDF2), an HMAC secret as a JWE-encrypted JWK (RFC 7517
 * §7, PBES2-HS256+A128KW with A256GCM). The bindings call it after the user confirmed and chose the
 * path in a native save dialog (or gave `--out`); the content never crosses the contract.
 */
export async function writeEncryptedPrivateKey(
  lib: KeyLibrary,
  args: { id: string; password: string; filePath: string },
): Promise<PrivateKeyFile> {
  const stored = find(lib, args.id);
  if (!stored.has_private) {
    throw new WorkbenchError(
      'invalid_body',
      `"${stored.name}" has no private key: it was imported as a public key.`,
      'id',
    );
  }
  if (args.password.length < MIN_EXPORT_PASSWORD) {
    throw new WorkbenchError(
      'invalid_body',
      `Choose a password of at least ${MIN_EXPORT_PASSWORD} characters.`,
      'password',
    );
  }
  if (!path.isAbsolute(args.filePath)) {
    throw new WorkbenchError('invalid_body', 'The file path must be absolute.', 'filePath');
  }
  const material = libraryKeyMaterial(lib, args.id);
  let content: string;
  let format: PrivateKeyFile['format'];
  if (material.secretKey !== undefined) {
    const jwk = {
      kty: 'oct',
      k: material.secretKey.export().toString('base64url'),
      kid: stored.kid,
      alg: stored.alg,
    };
    content =
      (await new CompactEncrypt(new TextEncoder().encode(JSON.stringify(jwk)))
        .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A256GCM', cty: 'jwk+json' })
        .setKeyManagementParameters({ p2c: 10_000, p2s: randomBytes(16) })
        .encrypt(new TextEncoder().encode(args.password))) + '\n';
    format = 'encrypted-jwk';
  } else {
    content = material
      .privateKey!.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: args.password })
      .toString();
    format = 'encrypted-pkcs8';
  }
  await fs.writeFile(args.filePath, content, { mode: 0o600 });
  await fs.chmod(args.filePath, 0o600); // also when the file existed with a wider mode
  return { path: args.filePath, format, bytes: Buffer.byteLength(content) };
}

/** A suggested file name for the encrypted private key of a library key. */
export function encryptedPrivateKeyFileName(lib: KeyLibrary, id: string): string {
  const stored = find(lib, id);
  return `${safeFileName(stored.name)}${stored.kty === 'oct' ? '.jwk.jwe' : '.key.pem'}`;
}
