import fs from 'node:fs';
import path from 'node:path';
import type { StorageNotice } from '../../shared/contract/contract';

/*
 * A file we cannot read is never reset in place: it is renamed to a dated backup beside it and
 * the caller tells the user (UI banner, CLI warning) where it went.
 */

/** `workspace.json` → `workspace.broken-2026-11-26T14-02-03-123Z.json`, beside it. */
export function setAside(filePath: string, reason: string, now = new Date()): StorageNotice {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const ext = path.extname(filePath);
  const backupPath = path.join(path.dirname(filePath), `${path.basename(filePath, ext)}.broken-${stamp}${ext}`);
  fs.renameSync(filePath, backupPath);
  return { kind: 'recovered', file: filePath, backupPath, reason, at: now.toISOString() };
}

/** Called before conf or electron-store opens a file, because both throw on a file that is not JSON. */
export function setAsideIfNotJson(filePath: string): StorageNotice | undefined {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return setAside(filePath, `${path.basename(filePath)} is not valid JSON (${(error as Error).message}).`);
  }
}
