import { refuse } from '../errors';
import type { RawDocument, RawItem, Resources } from '../model';
import type { ConfigFile } from '../../../shared/config-as-code/schemas';
import { deployCliRecords, type DeployCliRecords } from './deploy-cli';
import { jsonFileNamer } from './file-names';
import { parseJsonText } from './json-text';

/**
 * auth0-deploy-cli's directory layout: `resource-servers/{name}.json`, `clients/{name}.json` and
 * `grants/{client name}-{api name}.json`, one object per file, written like its `dumpJSON`.
 */

export const FOLDERS = {
  resourceServers: 'resource-servers',
  clients: 'clients',
  clientGrants: 'grants',
} as const satisfies Record<keyof DeployCliRecords, string>;

function dumpJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function writeDirectory(resources: Resources): ConfigFile[] {
  const records = deployCliRecords(resources);
  const apiFile = jsonFileNamer(true);
  const clientFile = jsonFileNamer(false);
  const grantFile = jsonFileNamer(false);
  return [
    ...records.resourceServers.map((rs) => ({
      path: `${FOLDERS.resourceServers}/${apiFile(rs.name)}`,
      content: dumpJson(rs),
    })),
    ...records.clients.map((client) => ({
      path: `${FOLDERS.clients}/${clientFile(client.name)}`,
      content: dumpJson(client),
    })),
    ...records.clientGrants.map(({ grant, apiName }) => ({
      path: `${FOLDERS.clientGrants}/${grantFile(`${grant.client_id}-${apiName}`)}`,
      content: dumpJson(grant),
    })),
  ];
}

/** `.\clients\A.json` → `clients/A.json`. */
export function normalizeRelativePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
}

const KIND_OF_FOLDER = new Map<string, keyof typeof FOLDERS>(
  Object.entries(FOLDERS).map(([kind, folder]) => [folder, kind as keyof typeof FOLDERS]),
);

/**
 * Reads the `.json` files directly inside the three folders, as deploy-cli does (in path order);
 * anything else in the directory is not imported.
 */
export function readDirectory(root: string, files: readonly ConfigFile[]): RawDocument {
  const document: RawDocument = { resourceServers: [], clients: [], clientGrants: [], warnings: [] };
  let outside = 0;
  const sorted = files
    .map((f) => ({ path: normalizeRelativePath(f.path), content: f.content }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const segments = file.path.split('/');
    const kind = KIND_OF_FOLDER.get(segments[0] ?? '');
    if (kind === undefined) {
      outside += 1;
      continue;
    }
    if (segments.length !== 2 || !file.path.endsWith('.json')) continue;
    const value = parseJsonText(file.path, file.content);
    const where = { file: file.path, path: '' };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      refuse(where, 'the file must hold one JSON object.');
    }
    const item: RawItem = { where, value };
    document[kind].push(item);
  }
  if (outside > 0) {
    const folders = Object.values(FOLDERS).map((f) => `${f}/`);
    document.warnings.push(
      `${root}: ${outside} ${outside === 1 ? 'file' : 'files'} outside ${folders.join(', ')} not imported.`,
    );
  }
  return document;
}
