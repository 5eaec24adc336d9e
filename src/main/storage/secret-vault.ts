import { z } from 'zod';
import { WorkbenchError } from '../../shared/errors';
import type { DocumentFile } from './document-file';
import type { SecretCodec } from './secret-codec';
import { VersionedDocument } from './versioned-document';

export const SECRETS_SCHEMA_VERSION = 1;

const SecretsDocumentSchema = z.object({
  schemaVersion: z.literal(SECRETS_SCHEMA_VERSION),
  protection: z.enum(['os-keychain', 'file-0600']),
  entries: z.record(z.string(), z.string()),
});
type SecretsDocument = z.infer<typeof SecretsDocumentSchema>;

/**
 * Private keys and secrets, each under a reference such as `api:{tenant}:{api}:signing_secret`.
 * Values are sealed with the codec the entry point chose; a file sealed by the OS keychain cannot
 * be opened elsewhere, and says so instead of failing with a trace.
 */
export class SecretVault {
  private readonly document: VersionedDocument<SecretsDocument>;

  constructor(
    file: DocumentFile,
    private readonly codec: SecretCodec,
  ) {
    this.document = new VersionedDocument({
      file,
      schema: SecretsDocumentSchema,
      currentVersion: SECRETS_SCHEMA_VERSION,
      migrations: [],
      create: () => ({ schemaVersion: SECRETS_SCHEMA_VERSION, protection: codec.protection, entries: {} }),
    });
    this.upgradeProtection();
  }

  get notices() {
    return this.document.notices;
  }

  /** What the UI tells the user about secrets at rest. */
  get protection(): SecretCodec['protection'] {
    return this.document.read().protection;
  }

  /** A desktop app with a keychain seals secrets that an earlier CLI run stored unsealed. */
  private upgradeProtection(): void {
    const current = this.document.read();
    if (this.codec.protection !== 'os-keychain' || current.protection === 'os-keychain') return;
    this.document.update((draft) => {
      for (const [ref, value] of Object.entries(draft.entries)) draft.entries[ref] = this.codec.seal(value);
      draft.protection = 'os-keychain';
    });
  }

  private assertReadable(document: SecretsDocument): void {
    if (document.protection === 'os-keychain' && this.codec.protection !== 'os-keychain') {
      throw new WorkbenchError(
        'keychain_unavailable',
        `The keys and secrets in ${this.document.path} are encrypted with the desktop app's OS keychain, which the command line and browser mode cannot use. Open this data folder in the Token Workbench desktop app, or choose another folder with --data-dir.`,
      );
    }
  }

  has(ref: string): boolean {
    return ref in this.document.read().entries;
  }

  get(ref: string): string | undefined {
    const document = this.document.read();
    const sealed = document.entries[ref];
    if (sealed === undefined) return undefined;
    this.assertReadable(document);
    return this.codec.open(sealed);
  }

  set(ref: string, value: string): void {
    this.setMany([[ref, value]]);
  }

  /** Several entries in one write. */
  setMany(entries: readonly (readonly [ref: string, value: string])[]): void {
    if (entries.length === 0) return;
    this.document.update((draft) => {
      this.assertReadable(draft);
      for (const [ref, value] of entries) draft.entries[ref] = this.codec.seal(value);
    });
  }

  delete(refs: readonly string[]): void {
    this.document.update((draft) => {
      for (const ref of refs) delete draft.entries[ref];
    });
  }

  /** Removes every entry whose reference starts with `prefix` (a deleted tenant or API). */
  deleteByPrefix(prefix: string): void {
    this.document.update((draft) => {
      for (const ref of Object.keys(draft.entries)) if (ref.startsWith(prefix)) delete draft.entries[ref];
    });
  }
}
