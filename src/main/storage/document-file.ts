import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import type { StorageNotice } from '../../shared/contract/contract';
import { setAside } from './recovery';

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
  const open = () =>
    new Conf<Record<string, unknown>>({
      cwd: dataDir,
      configName: name,
      projectName: 'token-workbench',
      configFileMode: mode,
      // We recover from broken files ourselves (a dated backup and a notice), never silently.
      clearInvalidConfig: false,
    });
  // conf parses the file in its constructor and throws on a file that is not JSON: set it aside
  // then (rather than parsing every file once more beforehand) and open a fresh one.
  try {
    return { file: documentFileFromConf(open()), notice: undefined };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const filePath = path.join(dataDir, `${name}.json`);
    const notice = setAside(filePath, `${path.basename(filePath)} is not valid JSON (${error.message}).`);
    return { file: documentFileFromConf(open()), notice };
  }
}

export function fileStamp(filePath: string): string | undefined {
  try {
    const stat = fs.statSync(filePath);
    return `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

