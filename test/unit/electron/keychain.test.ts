import { describe, expect, it, vi } from 'vitest';
import { keychainCodec, type SafeStorageLike } from '../../../src/main/electron/keychain';
import { WorkbenchError } from '../../../src/shared/errors';

/** A reversible stand-in for safeStorage: "encrypts" by reversing the bytes. */
function fakeSafeStorage(
  available: boolean,
  backend?: ReturnType<NonNullable<SafeStorageLike['getSelectedStorageBackend']>>,
) {
  const storage: SafeStorageLike = {
    isEncryptionAvailable: vi.fn(() => available),
    encryptString: vi.fn((plain: string) => Buffer.from(plain, 'utf8').reverse()),
    decryptString: vi.fn((sealed: Buffer) => Buffer.from(sealed).reverse().toString('utf8')),
  };
  if (backend !== undefined) storage.getSelectedStorageBackend = vi.fn(() => backend);
  return storage;
}

describe('keychainCodec', () => {
  it('uses the OS keychain on macOS and Windows when encryption is available', () => {
    expect(keychainCodec(fakeSafeStorage(true), 'darwin')?.protection).toBe('os-keychain');
    expect(keychainCodec(fakeSafeStorage(true), 'win32')?.protection).toBe('os-keychain');
  });

  it('uses libsecret or kwallet on Linux', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const) {
      expect(keychainCodec(fakeSafeStorage(true, backend), 'linux')?.protection, backend).toBe('os-keychain');
    }
  });

  it('is not used when encryption is unavailable (the caller keeps the 0600 file)', () => {
    expect(keychainCodec(fakeSafeStorage(false), 'darwin')).toBeUndefined();
    expect(keychainCodec(fakeSafeStorage(false, 'gnome_libsecret'), 'linux')).toBeUndefined();
  });

  it("is not used on Linux's basic_text fallback or an unknown backend: that is no protection", () => {
    expect(keychainCodec(fakeSafeStorage(true, 'basic_text'), 'linux')).toBeUndefined();
    expect(keychainCodec(fakeSafeStorage(true, 'unknown'), 'linux')).toBeUndefined();
    expect(keychainCodec(fakeSafeStorage(true), 'linux')).toBeUndefined();
  });

  it('seals to base64 of encryptString and opens with decryptString', () => {
    const storage = fakeSafeStorage(true);
    const codec = keychainCodec(storage, 'darwin')!;
    const sealed = codec.seal('s3cret-ünïcode');
    expect(sealed).toBe(Buffer.from('s3cret-ünïcode', 'utf8').reverse().toString('base64'));
    expect(storage.encryptString).toHaveBeenCalledWith('s3cret-ünïcode');
    expect(codec.open(sealed)).toBe('s3cret-ünïcode');
    expect(storage.decryptString).toHaveBeenCalledWith(Buffer.from(sealed, 'base64'));
  });

  it('turns a decryption failure into keychain_unavailable', () => {
    const storage = fakeSafeStorage(true);
    storage.decryptString = () => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    };
    const codec = keychainCodec(storage, 'darwin')!;
    const error = (() => {
      try {
        codec.open('AAAA');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbenchError);
    expect(error).toMatchObject({ code: 'keychain_unavailable' });
  });
});
