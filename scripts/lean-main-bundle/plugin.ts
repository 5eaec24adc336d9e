import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const stub = (name: string) => resolve(__dirname, name);
const importedFrom = (importer: string | undefined, pkg: string) =>
  importer !== undefined && new RegExp(`[\\\\/]node_modules[\\\\/]${pkg}[\\\\/]`).test(importer);

/**
 * `token-workbench mint` and `issuer` are judged by how fast they start (bench/cli-mint,
 * bench/issuer), so the main-process bundle leaves out code it never runs: conf's JSON-schema
 * validator and zod's translations. Each stub says why it is safe.
 */
export function leanMainBundle(): Plugin {
  return {
    name: 'token-workbench:lean-main-bundle',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importedFrom(importer, 'conf') && (source === 'ajv/dist/2020.js' || source === 'ajv-formats')) {
        return stub('ajv-not-used.ts');
      }
      if (importedFrom(importer, 'zod') && source === '../locales/index.js') return stub('zod-english-only.ts');
      return null;
    },
  };
}
