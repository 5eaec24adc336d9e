/**
 * How secrets are sealed at rest. The desktop app passes the OS keychain (Electron safeStorage);
 * the CLI and the web host have no keychain, so they store secrets as they are, in a 0600 file.
 */
export interface SecretCodec {
  readonly protection: 'os-keychain' | 'file-0600';
  seal(plain: string): string;
  open(sealed: string): string;
}

export const unsealedCodec: SecretCodec = {
  protection: 'file-0600',
  seal: (plain) => plain,
  open: (sealed) => sealed,
};
