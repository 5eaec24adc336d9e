import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Electron names the user-data folder after package.json's productName. */
export const APP_FOLDER_NAME = 'Token Workbench';
export const DATA_DIR_ENV = 'TOKEN_WORKBENCH_DATA';

/**
 * Electron's `app.getPath('appData')`, computed without Electron so that the CLI and the web host
 * open the very folder the desktop app uses.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(home, '.config');
}

/** `--data-dir` wins, then TOKEN_WORKBENCH_DATA, then the desktop app's user-data folder. */
export function resolveDataDir(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = explicit ?? env[DATA_DIR_ENV];
  if (chosen !== undefined && chosen !== '') return path.resolve(chosen);
  return path.join(appDataDir(env), APP_FOLDER_NAME);
}

/** Where files the user asked for (encrypted private keys) go when no path is given. */
export function defaultExportDir(dataDir: string): string {
  const downloads = path.join(os.homedir(), 'Downloads');
  return fs.existsSync(downloads) ? downloads : path.join(dataDir, 'exports');
}
