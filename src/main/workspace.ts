import { WorkbenchError } from '../shared/errors';
import type { StorageNotice } from '../shared/contract/contract';
import { openConfFile, type DocumentFile } from './storage/document-file';
import { unsealedCodec, type SecretCodec } from './storage/secret-codec';
import { SecretVault } from './storage/secret-vault';
import { VersionedDocument } from './storage/versioned-document';
import {
  emptyWorkspace,
  WORKSPACE_MIGRATIONS,
  WORKSPACE_SCHEMA_VERSION,
  WorkspaceDocumentSchema,
  type StoredTenant,
  type WorkspaceDocument,
} from './storage/workspace-schema';

export const WORKSPACE_FILE = 'workspace';
export const SECRETS_FILE = 'secrets';

/** Everything the domain modules work on: the workspace document and the secret vault. */
export class Workspace {
  constructor(
    readonly dataDir: string,
    readonly document: VersionedDocument<WorkspaceDocument>,
    readonly vault: SecretVault,
    private readonly openingNotices: StorageNotice[] = [],
  ) {}

  get notices(): StorageNotice[] {
    return [...this.openingNotices, ...this.document.notices, ...this.vault.notices];
  }

  read(): WorkspaceDocument {
    return this.document.read();
  }

  update<R>(change: (draft: WorkspaceDocument) => R): R {
    return this.document.update(change);
  }

  /** The current tenant of a document; every workspace has one (see ensureTenant). */
  static currentTenant(document: WorkspaceDocument): StoredTenant {
    const tenant = document.tenants.find((t) => t.id === document.currentTenantId) ?? document.tenants[0];
    if (tenant === undefined) throw new WorkbenchError('not_found', 'This workspace has no tenant yet.');
    return tenant;
  }

  /** The current tenant as it is on disk now (read-only). */
  tenant(): StoredTenant {
    return Workspace.currentTenant(this.read());
  }

  /** Edits the current tenant in one read-modify-write. */
  updateCurrentTenant<R>(change: (tenant: StoredTenant, document: WorkspaceDocument) => R): R {
    return this.update((draft) => change(Workspace.currentTenant(draft), draft));
  }
}

export interface WorkspaceFiles {
  workspace: DocumentFile;
  secrets: DocumentFile;
  /** Files that had to be set aside before they could even be opened. */
  notices?: StorageNotice[];
}

export interface OpenWorkspaceOptions {
  dataDir: string;
  codec?: SecretCodec;
  /** The desktop app passes electron-store files; everything else gets conf files. */
  files?: WorkspaceFiles;
}

export function openWorkspace({ dataDir, codec = unsealedCodec, files }: OpenWorkspaceOptions): Workspace {
  const chosen = files ?? openDefaultFiles(dataDir);
  const document = new VersionedDocument<WorkspaceDocument>({
    file: chosen.workspace,
    schema: WorkspaceDocumentSchema,
    currentVersion: WORKSPACE_SCHEMA_VERSION,
    migrations: WORKSPACE_MIGRATIONS,
    create: emptyWorkspace,
  });
  const vault = new SecretVault(chosen.secrets, codec);
  return new Workspace(dataDir, document, vault, chosen.notices ?? []);
}

function openDefaultFiles(dataDir: string): WorkspaceFiles {
  const workspace = openConfFile({ dataDir, name: WORKSPACE_FILE });
  const secrets = openConfFile({ dataDir, name: SECRETS_FILE, mode: 0o600 });
  return {
    workspace: workspace.file,
    secrets: secrets.file,
    notices: [workspace.notice, secrets.notice].filter((n): n is StorageNotice => n !== undefined),
  };
}
