import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { StorageNotice } from '../../shared/contract/contract';
import { setAsideIfNotJson } from './recovery';

/**
 * One JSON file on disk. conf (and electron-store, which extends it) give us atomic writes and the
 * on-disk format; this interface is all the rest of the code sees of them.
 */
export interface DocumentFile {
  readonly path: string;
  /** Parses the file; `undefined` when it does not exist. Throws when it is not JSON. */
  read(): unknown;
  write(document: object): void;
}

/** conf and electron-store share this part of their API. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

/** conf's own bookkeeping key; see `write`. */
const CONF_INTERNAL_KEY = '__internal__';

export function documentFileFromConf(conf: ConfLike): DocumentFile {
  let internal: unknown = {};
  return {
    path: conf.path,
    read() {
      if (!fs.existsSync(conf.path)) return undefined;
      const store = conf.store;
      if (CONF_INTERNAL_KEY in store) internal = store[CONF_INTERNAL_KEY];
      return store;
    },
    write(document) {
      // conf re-reads and re-parses the whole file before each write just to carry this key over;
      // handing it over ourselves saves that (a third of a save on a 5 MB workspace).
      conf.store = { ...(document as Record<string, unknown>), [CONF_INTERNAL_KEY]: internal };
    },
  };
}

export interface OpenConfOptions {
  dataDir: string;
  /** File name without `.json`. */
  name: string;
  /** 0o600 for files that hold secrets. */
  mode?: number;
}

/** The CLI and the web host open files with conf; the desktop app passes electron-store instances. */
export function openConfFile({ dataDir, name, mode = 0o666 }: OpenConfOptions): {
  file: DocumentFile;
  notice: StorageNotice | undefined;
} {
  fs.mkdirSync(dataDir, { recursive: true });
  // conf parses the file in its constructor: set a file that is not JSON aside first.
  const notice = setAsideIfNotJson(path.join(dataDir, `${name}.json`));
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: name,
    projectName: 'token-workbench',
    configFileMode: mode,
    // We recover from broken files ourselves (a dated backup and a notice), never silently.
    clearInvalidConfig: false,
  });
  return { file: documentFileFromConf(conf), notice };
}

export function fileStamp(filePath: string): string | undefined {
  try {
    const stat = fs.statSync(filePath);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

