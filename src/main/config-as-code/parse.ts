import { readDirectory } from './formats/directory';
import { readManagementJson } from './formats/json';
import { readTenantYaml } from './formats/yaml';
import { RESOURCE_KEYS, type RawDocument } from './model';
import { warning } from './errors';
import { cleanItem } from './rules';
import type { ImportDocument, ImportInput, SourceItem } from '../../shared/config-as-code/schemas';

export interface ParsedInput {
  document: ImportDocument;
  /** Fields, entries and files that are not imported. */
  warnings: string[];
}

function readFormat(input: ImportInput): RawDocument {
  switch (input.format) {
    case 'json':
      return readManagementJson(input.fileName, input.content);
    case 'yaml':
      return readTenantYaml(input.fileName, input.content);
    case 'directory':
      return readDirectory(input.root, input.files);
  }
}

/**
 * Parses an input of any format into the format-neutral document: refuses what does not parse or
 * is not an object where one belongs, keeps only the fields that are imported.
 */
export function parseImportInput(input: ImportInput): ParsedInput {
  const raw = readFormat(input);
  const warnings = [...raw.warnings];
  const document: ImportDocument = {
    format: input.format,
    source: input.format === 'directory' ? input.root : input.fileName,
    resourceServers: [],
    clients: [],
    clientGrants: [],
  };
  const systemApis = systemIdentifiers(raw);
  for (const kind of RESOURCE_KEYS) {
    for (const item of raw[kind]) {
      if (kind === 'clientGrants' && isGrantFor(item.value, systemApis)) {
        warnings.push(warning(item.where, 'grants for the system API are never imported; skipped.'));
        continue;
      }
      const cleaned: SourceItem | undefined = cleanItem(kind, input.format, item.where, item.value, warnings);
      if (cleaned !== undefined) document[kind].push(cleaned);
    }
  }
  return { document, warnings };
}

/** Identifiers of the system APIs a file lists (a Management API export has the tenant's own). */
function systemIdentifiers(raw: RawDocument): Set<string> {
  const identifiers = new Set<string>();
  for (const { value } of raw.resourceServers) {
    const api = value as { is_system?: unknown; identifier?: unknown } | null;
    if (api?.is_system === true && typeof api.identifier === 'string') identifiers.add(api.identifier);
  }
  return identifiers;
}

function isGrantFor(value: unknown, audiences: Set<string>): boolean {
  const audience = (value as { audience?: unknown } | null)?.audience;
  return typeof audience === 'string' && audiences.has(audience);
}
