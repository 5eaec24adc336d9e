import { describe, expect, it } from 'vitest';
import { leanMainBundle } from '../../../scripts/lean-main-bundle/plugin';
import { Ajv2020 } from '../../../scripts/lean-main-bundle/ajv-not-used';
import * as locales from '../../../scripts/lean-main-bundle/zod-english-only';

type ResolveId = (source: string, importer: string | undefined) => string | null;
const resolveId = leanMainBundle().resolveId as unknown as ResolveId;

describe('the lean main-process bundle', () => {
  it("replaces ajv only where conf imports it, and zod's locales only inside zod", () => {
    expect(resolveId('ajv/dist/2020.js', '/p/node_modules/conf/dist/source/index.js')).toMatch(/ajv-not-used\.ts$/);
    expect(resolveId('ajv-formats', 'C:\\p\\node_modules\\conf\\dist\\source\\index.js')).toMatch(/ajv-not-used\.ts$/);
    expect(resolveId('../locales/index.js', '/p/node_modules/zod/v4/classic/external.js')).toMatch(/zod-english-only\.ts$/);
    expect(resolveId('ajv/dist/2020.js', '/p/node_modules/other/index.js')).toBeNull();
    expect(resolveId('../locales/index.js', '/p/src/main/i18n.ts')).toBeNull();
    expect(resolveId('zod', '/p/src/main/service.ts')).toBeNull();
  });

  it('fails loudly if conf is ever given a JSON schema', () => {
    expect(() => new Ajv2020()).toThrow(/pass no `schema` to conf/);
  });

  it('keeps the English messages zod uses', () => {
    expect(Object.keys(locales)).toEqual(['en']);
    expect(typeof locales.en().localeError).toBe('function');
  });
});
