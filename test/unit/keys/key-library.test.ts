import { execFileSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compactDecrypt, importJWK, jwtVerify, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSigningCertificate } from '../../../src/main/keys/certificate';
import { certificateDer, rfc7638Thumbprint, publicJwk } from '../../../src/main/keys/formats';
import type { AsymmetricKeyPair } from '../../../src/main/keys/generate';
import { importKey } from '../../../src/main/keys/import';
import {
  deleteLibraryKey,
  documentKeyLibraryStore,
  encryptedPrivateKeyFileName,
  exportLibraryKey,
  generateLibraryKey,
  getLibraryKey,
  importLibraryKey,
  libraryKeyMaterial,
  listLibraryKeys,
  memoryKeyLibraryStore,
  updateLibraryKey,
  writeEncryptedPrivateKey,
  type KeyLibrary,
  type StoredLibraryKey,
} from '../../../src/main/keys/key-library';
import { LibraryKeyViewSchema } from '../../../src/main/keys/public-view';
import { WorkbenchError } from '../../../src/shared/errors';
import { openTestWorkbench } from '../../helpers/service';
import { tempDataDir } from '../../helpers/temp-dir';
import { hasOpenssl, testRsaKeyPool } from './helpers';

let rsa: AsymmetricKeyPair;
let cert: string;

beforeAll(async () => {
  rsa = testRsaKeyPool()();
  cert = await createSigningCertificate({ domain: 'library.local', ...rsa });
});

function library(): KeyLibrary & { dataDir: string } {
  const { workspace, dataDir } = openTestWorkbench();
  return { store: memoryKeyLibraryStore(), vault: workspace.vault, dataDir };
}

function vaultEntries(dataDir: string): Record<string, string> {
  return (
    JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
      entries: Record<string, string>;
    }
  ).entries;
}

async function expectError(run: () => unknown, code: string, message: RegExp, field?: string): Promise<void> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(WorkbenchError);
  expect((error as WorkbenchError).code).toBe(code);
  expect((error as WorkbenchError).message).toMatch(message);
  if (field !== undefined) expect((error as WorkbenchError).field).toBe(field);
}

describe('generating keys', () => {
  it.each(['EC-P-256', 'EC-P-384', 'EC-P-521', 'Ed25519', 'RSA-2048'] as const)(
    '%s: named, with the RFC 7638 thumbprint as kid, private key in the vault only',
    async (type) => {
      const lib = library();
      const view = await generateLibraryKey(lib, { type });
      expect(LibraryKeyViewSchema.parse(view)).toEqual(view);
      expect(view).toMatchObject({ origin: 'generated', has_private: true, name: `${view.label} key` });
      expect(view.kid).toBe(await rfc7638Thumbprint({ ...view.public_jwk! }));
      expect(view.public_exports).toEqual(['spki', 'jwk', 'jwks', 'fingerprint']);
      expect(vaultEntries(lib.dataDir)[`library:${view.id}:private`]).toMatch(/^-----BEGIN PRIVATE KEY-----/);
      expect(JSON.stringify(lib.store.read())).not.toMatch(/PRIVATE KEY|"d":/);
    },
    30_000,
  );

  it.each(['HMAC-256', 'HMAC-384', 'HMAC-512'] as const)(
    '%s: a random kid, the secret in the vault only',
    async (type) => {
      const lib = library();
      const view = await generateLibraryKey(lib, { type, name: 'shared secret' });
      const bits = Number(type.slice(5));
      expect(view).toMatchObject({
        kty: 'oct',
        label: `HMAC ${bits}`,
        alg: `HS${bits}`,
        name: 'shared secret',
      });
      expect(view.public_jwk).toBeUndefined();
      expect(view.public_exports).toEqual([]);
      expect(view.kid).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const secret = vaultEntries(lib.dataDir)[`library:${view.id}:private`]!;
      expect(Buffer.from(secret, 'base64url')).toHaveLength(bits / 8);
      expect(JSON.stringify(view)).not.toContain(secret);
    },
  );

  it('takes a chosen name, kid and algorithm, and refuses an algorithm the key cannot sign', async () => {
    const lib = library();
    const view = await generateLibraryKey(lib, {
      type: 'EC-P-384',
      name: '  Debug  ',
      kid: 'k-1',
      alg: 'ES384',
    });
    expect(view).toMatchObject({ name: 'Debug', kid: 'k-1', alg: 'ES384', algs: ['ES384'] });
    await expectError(
      () => generateLibraryKey(lib, { type: 'EC-P-256', alg: 'RS256' }),
      'invalid_body',
      /EC P-256 key signs ES256, not RS256/,
      'alg',
    );
    await expectError(
      () => generateLibraryKey(lib, { type: 'Ed25519', kid: 'k-1' }),
      'conflict',
      /already has a key with kid "k-1" \("Debug"\)/,
      'kid',
    );
    await expectError(
      () => generateLibraryKey(lib, { type: 'Ed25519', name: ' ' }),
      'invalid_body',
      /Give the key a name/,
      'name',
    );
    expect(listLibraryKeys(lib)).toHaveLength(1);
    expect(Object.keys(vaultEntries(lib.dataDir)).filter((r) => r.startsWith('library:'))).toHaveLength(1);
  });
});

describe('importing keys', () => {
  it('a private key with its certificate: certificate exports become available', async () => {
    const lib = library();
    const pem = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const view = await importLibraryKey(lib, { input: `${pem}${cert}` });
    expect(view).toMatchObject({
      origin: 'imported',
      imported_format: 'PKCS#1 RSA private key (PEM) with X.509 certificate',
      name: 'Imported RSA 2048',
      has_private: true,
      alg: 'RS256',
      public_exports: ['pem', 'cer', 'p7b', 'spki', 'jwk', 'jwks', 'fingerprint'],
    });
    expect(view.certificate?.subject).toBe('CN=library.local');
    const jwk = JSON.parse(exportLibraryKey(lib, view.id, 'jwk').content) as Record<string, unknown>;
    expect(jwk).toMatchObject({
      kid: view.kid,
      alg: 'RS256',
      use: 'sig',
      x5c: [certificateDer(cert).toString('base64')],
    });
    expect(Buffer.from(exportLibraryKey(lib, view.id, 'cer').content, 'base64')).toEqual(
      certificateDer(cert),
    );
    if (hasOpenssl) {
      const p7b = exportLibraryKey(lib, view.id, 'p7b');
      const file = path.join(tempDataDir(), p7b.fileName);
      fs.writeFileSync(file, p7b.content);
      expect(
        execFileSync('openssl', ['pkcs7', '-in', file, '-print_certs', '-noout'], { encoding: 'utf8' }),
      ).toContain('CN = library.local');
    }
  });

  it('a JWK keeps its own kid and alg; the same key twice is refused by kid', async () => {
    const lib = library();
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-521' });
    const jwk = JSON.stringify({ ...publicKey.export({ format: 'jwk' }), kid: 'their-kid', alg: 'ES512' });
    const view = await importLibraryKey(lib, { input: jwk, name: 'Partner key' });
    expect(view).toMatchObject({
      kid: 'their-kid',
      alg: 'ES512',
      has_private: false,
      imported_format: 'JWK (EC public key)',
    });
    await expectError(
      () => importLibraryKey(lib, { input: jwk }),
      'conflict',
      /already has a key with kid "their-kid"/,
    );
  });

  it('an encrypted PKCS#8 needs its password (the error names the field)', async () => {
    const lib = library();
    const { privateKey } = generateKeyPairSync('ed25519');
    const input = privateKey
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'p4ssw0rd!' })
      .toString();
    await expectError(
      () => importLibraryKey(lib, { input }),
      'invalid_body',
      /encrypted without a password/,
      'password',
    );
    expect((await importLibraryKey(lib, { input, password: 'p4ssw0rd!' })).label).toBe('Ed25519');
  });
});

describe('rename, delete, use', () => {
  it('renames, changes kid and algorithm; deleting removes the private part from the vault', async () => {
    const lib = library();
    const a = await generateLibraryKey(lib, { type: 'Ed25519' });
    const b = await generateLibraryKey(lib, { type: 'HMAC-256' });
    const renamed = updateLibraryKey(lib, { id: b.id, name: 'Renamed', kid: 'hs-1', alg: 'HS512' });
    expect(renamed).toMatchObject({ name: 'Renamed', kid: 'hs-1', alg: 'HS512' });
    expect(getLibraryKey(lib, b.id)).toEqual(renamed);
    expect(() => updateLibraryKey(lib, { id: a.id, kid: 'hs-1' })).toThrow(
      /already has a key with kid "hs-1"/,
    );
    expect(() => updateLibraryKey(lib, { id: a.id, alg: 'HS256' })).toThrow(
      /Ed25519 key signs EdDSA, not HS256/,
    );
    expect(() => updateLibraryKey(lib, { id: 'lk_nope', name: 'x' })).toThrow(/no key "lk_nope"/);
    expect(deleteLibraryKey(lib, b.id)).toEqual({ deleted: b.id });
    expect(listLibraryKeys(lib).map((k) => k.id)).toEqual([a.id]);
    expect(vaultEntries(lib.dataDir)[`library:${b.id}:private`]).toBeUndefined();
    expect(() => getLibraryKey(lib, b.id)).toThrow(WorkbenchError);
  });

  it('gives the main process KeyObjects that sign tokens its public exports verify', async () => {
    const lib = library();
    for (const type of ['EC-P-256', 'Ed25519', 'HMAC-384'] as const) {
      const view = await generateLibraryKey(lib, { type });
      const material = libraryKeyMaterial(lib, view.id);
      const signer = material.privateKey ?? material.secretKey!;
      const token = await new SignJWT({ sub: 'me' })
        .setProtectedHeader({ alg: view.alg, kid: view.kid })
        .sign(signer);
      const verifier =
        view.kty === 'oct'
          ? material.secretKey!
          : await importJWK(
              JSON.parse(exportLibraryKey(lib, view.id, 'jwk').content) as Record<string, string>,
              view.alg,
            );
      expect((await jwtVerify(token, verifier)).payload.sub).toBe('me');
    }
  });
});

describe('exports', () => {
  it('refuses certificate formats without a certificate, and any public export of an HMAC secret', async () => {
    const lib = library();
    const ec = await generateLibraryKey(lib, { type: 'EC-P-256', name: 'ec key' });
    const hs = await generateLibraryKey(lib, { type: 'HMAC-256', name: 'hs' });
    expect(exportLibraryKey(lib, ec.id, 'spki')).toMatchObject({
      fileName: 'ec_key.pub.pem',
      encoding: 'utf8',
    });
    expect(exportLibraryKey(lib, ec.id, 'fingerprint').content).toBe(
      `Public key (SPKI) SHA-256 fingerprint: ${ec.spki_sha256}\n`,
    );
    expect(JSON.parse(exportLibraryKey(lib, ec.id, 'jwks').content)).toEqual({
      keys: [{ alg: 'ES256', use: 'sig', ...ec.public_jwk, kid: ec.kid }],
    });
    expect(() => exportLibraryKey(lib, ec.id, 'pem')).toThrow(
      /has no certificate: export it as spki, jwk, jwks, fingerprint/,
    );
    expect(() => exportLibraryKey(lib, hs.id, 'jwk')).toThrow(/is an HMAC secret: it has no public part/);
  });

  it('writes a private key only encrypted with a password, to a 0600 file that openssl and the importer open', async () => {
    const lib = library();
    const view = await importLibraryKey(lib, {
      input: rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    const filePath = path.join(tempDataDir(), encryptedPrivateKeyFileName(lib, view.id));
    fs.writeFileSync(filePath, 'old', { mode: 0o644 });
    const written = await writeEncryptedPrivateKey(lib, {
      id: view.id,
      password: 'a long password',
      filePath,
    });
    expect(written).toMatchObject({ path: filePath, format: 'encrypted-pkcs8' });
    expect(fs.statSync(filePath).mode & 0o777).toBe(0o600);
    const content = fs.readFileSync(filePath, 'utf8');
    expect(content).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(content).not.toContain('-----BEGIN PRIVATE KEY-----');
    const back = importKey(content, { password: 'a long password' });
    expect(publicJwk(back.publicKey!)).toEqual(view.public_jwk);
    if (hasOpenssl) {
      const out = execFileSync(
        'openssl',
        ['pkey', '-in', filePath, '-passin', 'pass:a long password', '-pubout'],
        {
          encoding: 'utf8',
        },
      );
      expect(out).toBe(exportLibraryKey(lib, view.id, 'spki').content);
    }
    await expectError(
      () => writeEncryptedPrivateKey(lib, { id: view.id, password: 'short', filePath }),
      'invalid_body',
      /at least 8 characters/,
      'password',
    );
    await expectError(
      () => writeEncryptedPrivateKey(lib, { id: view.id, password: 'long enough', filePath: 'relative.pem' }),
      'invalid_body',
      /must be absolute/,
      'filePath',
    );
  });

  it('writes an HMAC secret as a password-encrypted JWK (JWE, PBES2)', async () => {
    const lib = library();
    const view = await generateLibraryKey(lib, { type: 'HMAC-256' });
    const filePath = path.join(tempDataDir(), encryptedPrivateKeyFileName(lib, view.id));
    expect(filePath.endsWith('.jwk.jwe')).toBe(true);
    const written = await writeEncryptedPrivateKey(lib, {
      id: view.id,
      password: 'another password',
      filePath,
    });
    expect(written.format).toBe('encrypted-jwk');
    const jwe = fs.readFileSync(filePath, 'utf8').trim();
    const { plaintext, protectedHeader } = await compactDecrypt(
      jwe,
      new TextEncoder().encode('another password'),
      { keyManagementAlgorithms: ['PBES2-HS256+A128KW'] }, // jose accepts password-based keys only on request
    );
    expect(protectedHeader).toMatchObject({ alg: 'PBES2-HS256+A128KW', enc: 'A256GCM', cty: 'jwk+json' });
    const jwk = JSON.parse(new TextDecoder().decode(plaintext)) as { k: string; kid: string };
    expect(jwk.kid).toBe(view.kid);
    expect(Buffer.from(jwk.k, 'base64url')).toEqual(libraryKeyMaterial(lib, view.id).secretKey!.export());
  });

  it('refuses to write the private key of a public-only key', async () => {
    const lib = library();
    const view = await importLibraryKey(lib, { input: cert });
    await expectError(
      () =>
        writeEncryptedPrivateKey(lib, {
          id: view.id,
          password: 'long enough',
          filePath: path.join(tempDataDir(), 'x'),
        }),
      'invalid_body',
      /has no private key/,
    );
  });
});

describe('storage behind KeyLibraryStore', () => {
  it('works over any document with a key_library list (the workspace, once its schema has one)', async () => {
    let doc = { schemaVersion: 1, key_library: [] as StoredLibraryKey[] };
    const store = documentKeyLibraryStore({
      read: () => doc,
      update: (change) => {
        const draft = structuredClone(doc);
        const result = change(draft);
        doc = draft;
        return result;
      },
    });
    const { workspace } = openTestWorkbench();
    const lib = { store, vault: workspace.vault };
    const view = await generateLibraryKey(lib, { type: 'Ed25519' });
    expect(doc.key_library.map((k) => k.id)).toEqual([view.id]);
    expect(libraryKeyMaterial(lib, view.id).privateKey?.type).toBe('private');
  });

  it('refuses to store a private JWK member in the metadata (strict schema)', () => {
    const store = memoryKeyLibraryStore();
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() =>
      store.update((keys) => {
        keys.push({
          id: 'lk_x',
          name: 'x',
          kid: 'x',
          kty: 'EC',
          label: 'EC P-256',
          bits: 256,
          alg: 'ES256',
          has_private: true,
          origin: 'imported',
          public_jwk: createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).export({
            format: 'jwk',
          }) as never,
          created_at: '',
          updated_at: '',
        });
      }),
    ).toThrow();
  });
});
