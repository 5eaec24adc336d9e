/**
 * Stands in for ajv and ajv-formats in the main-process bundle. conf loads them for its `schema`
 * option, which the workbench never passes: workspace files are validated by zod
 * (src/main/storage/workspace-schema.ts). Leaving ajv out saves about 15 ms on every CLI start.
 */
function notUsed(): never {
  throw new Error('JSON-schema validation in conf is not part of this build: pass no `schema` to conf.');
}

export class Ajv2020 {
  constructor() {
    notUsed();
  }
}

export default notUsed;
