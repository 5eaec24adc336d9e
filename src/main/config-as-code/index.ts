/** Config as code (DOMAIN.md §8): export and import of APIs, applications and grants. */
export { applyImport } from './apply';
export { exportResources, exportTenant } from './export';
export { detectImportFormat, readImportDirectory, readImportInput, writeExport } from './node-io';
export { parseImportInput } from './parse';
export { planImport } from './plan';
export * from '../../shared/config-as-code/schemas';
