import type {
  StoredApi,
  StoredApplication,
  StoredClientGrant,
  StoredTenant,
} from '../storage/workspace-schema';
import { at, refuse } from './errors';
import type { Where } from '../../shared/config-as-code/schemas';

/** The part of a tenant that config-as-code reads and writes. */
export interface Resources {
  apis: StoredApi[];
  applications: StoredApplication[];
  client_grants: StoredClientGrant[];
}

/** One object of an input file as parsed, before its fields are looked at. */
export interface RawItem {
  where: Where;
  value: unknown;
}

/** What a format reader returns: the three lists, format-neutral, and what it set aside. */
export interface RawDocument {
  resourceServers: RawItem[];
  clients: RawItem[];
  clientGrants: RawItem[];
  warnings: string[];
}

/** The top-level keys every format shares (deploy-cli's tenant.yaml and our Management API JSON). */
export const RESOURCE_KEYS = ['resourceServers', 'clients', 'clientGrants'] as const;

/** The system API (a tenant's management API) is never exported or imported (DOMAIN.md §8). */
export function isSystemApi(api: StoredApi): boolean {
  return (api as StoredApi & { is_system?: unknown }).is_system === true;
}

/** What an export writes: everything but the system API and grants for it. */
export function exportable(tenant: StoredTenant): Resources {
  const apis = tenant.apis.filter((a) => !isSystemApi(a));
  const audiences = new Set(apis.map((a) => a.identifier));
  return {
    apis,
    applications: tenant.applications,
    client_grants: tenant.client_grants.filter((g) => audiences.has(g.audience)),
  };
}

/**
 * The three lists of a parsed file's top-level object (tenant.yaml, Management API JSON). Other
 * keys are set aside with a warning; an empty file or a missing list is an empty list.
 */
export function readTopLevel(file: string, parsed: unknown): RawDocument {
  const document: RawDocument = { resourceServers: [], clients: [], clientGrants: [], warnings: [] };
  if (parsed === null || parsed === undefined) return document;
  const root = { file, path: '' };
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    refuse(root, 'the file must hold an object with resourceServers, clients and clientGrants lists.');
  }
  const record = parsed as Record<string, unknown>;
  for (const key of RESOURCE_KEYS) {
    const list = record[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) refuse(at(root, key), 'must be a list.');
    document[key] = list.map((value: unknown, index) => ({ where: at(root, key, index), value }));
  }
  const ignored = Object.keys(record).filter((k) => !(RESOURCE_KEYS as readonly string[]).includes(k));
  if (ignored.length > 0) {
    document.warnings.push(
      `${file}: ${ignored.join(', ')}: not imported (Token Workbench imports resourceServers, clients and clientGrants); ignored.`,
    );
  }
  return document;
}
