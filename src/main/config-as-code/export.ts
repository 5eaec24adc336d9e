import type { StoredTenant } from '../storage/workspace-schema';
import type { Workspace } from '../workspace';
import { duplicateNameWarnings } from './formats/deploy-cli';
import { writeDirectory } from './formats/directory';
import { JSON_FILE_NAME, writeManagementJson } from './formats/json';
import { writeTenantYaml, YAML_FILE_NAME } from './formats/yaml';
import { exportable } from './model';
import type { ConfigFile, ConfigFormat, ExportResult } from '../../shared/config-as-code/schemas';

/**
 * A tenant's APIs, applications and grants as files. Built field by field from the stored objects,
 * so secrets (which live in the vault) cannot appear; the system API never does; `##KEY##`
 * placeholders in values are written as they are.
 */
export function exportResources(tenant: StoredTenant, format: ConfigFormat): ExportResult {
  const resources = exportable(tenant);
  let files: ConfigFile[];
  switch (format) {
    case 'json':
      files = [{ path: JSON_FILE_NAME, content: writeManagementJson(resources) }];
      break;
    case 'yaml':
      files = [{ path: YAML_FILE_NAME, content: writeTenantYaml(resources) }];
      break;
    case 'directory':
      files = writeDirectory(resources);
      break;
  }
  return {
    format,
    tenant: { id: tenant.id, domain: tenant.domain },
    files,
    counts: {
      apis: resources.apis.length,
      applications: resources.applications.length,
      grants: resources.client_grants.length,
    },
    // Management API JSON refers to applications by client_id: names may repeat there.
    warnings: format === 'json' ? [] : duplicateNameWarnings(resources),
  };
}

/** Exports the current tenant. */
export function exportTenant(workspace: Workspace, format: ConfigFormat): ExportResult {
  return exportResources(workspace.tenant(), format);
}
