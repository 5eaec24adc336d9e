import type { SafeStorage } from 'electron';
import { WorkbenchError } from '../../shared/errors';
import type { SecretCodec } from '../storage/secret-codec';

export type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> &
  Partial<Pick<SafeStorage, 'getSelectedStorageBackend'>>;

/**
 * On Linux without a secret service, safeStorage "encrypts" with a hard-coded password
 * (`basic_text`); that is no protection, so we say "not encrypted" (file-0600) rather than pretend.
 */
const WEAK_LINUX_BACKENDS: ReadonlySet<string> = new Set(['basic_text', 'unknown']);

/**
 * The OS keychain codec (Electron safeStorage: Keychain, DPAPI, libsecret/kwallet), or `undefined`
 * when there is no real keychain, in which case the caller keeps the unsealed 0600 file.
 * Call after the app is ready: before that, Linux reports no backend.
 */
export function keychainCodec(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): SecretCodec | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (WEAK_LINUX_BACKENDS.has(backend)) return undefined;
  }
  return {
    protection: 'os-keychain',
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => {
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch (error) {
        // A different OS user, a reset keychain or a copied data folder: say so, do not crash.
        throw new WorkbenchError(
          'keychain_unavailable',
          `A secret could not be decrypted with this computer's keychain (${(error as Error).message}). It was sealed by another user account or keychain.`,
        );
      }
    },
  };
}
