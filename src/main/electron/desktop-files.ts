import fs from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../shared/contract/contract';
import { documentFileFromConf, type ConfLike } from '../storage/document-file';
import { setAsideIfNotJson } from '../storage/recovery';
import { SECRETS_FILE, WORKSPACE_FILE, type WorkspaceFiles } from '../workspace';

/** Opens one electron-store file; main.ts passes `new ElectronStore({ cwd, name, ... })`. */
export type OpenStore = (options: { cwd: string; name: string; configFileMode: number }) => ConfLike;

/**
 * The workspace and secrets files of the desktop app. electron-store throws on a file that is
 * not JSON, so such a file is set aside (and reported) before the store opens it.
 */
export function openDesktopFiles(dataDir: string, openStore: OpenStore): WorkspaceFiles {
  fs.mkdirSync(dataDir, { recursive: true });
  const notices: StorageNotice[] = [];
  const open = (name: string, configFileMode: number) => {
    const notice = setAsideIfNotJson(path.join(dataDir, `${name}.json`));
    if (notice !== undefined) notices.push(notice);
    return documentFileFromConf(openStore({ cwd: dataDir, name, configFileMode }));
  };
  const workspace = open(WORKSPACE_FILE, 0o666);
  const secrets = open(SECRETS_FILE, 0o600);
  return { workspace, secrets, notices };
}
