import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');
const config = YAML.parse(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

/** electron-builder's own schema check, the one `electron-builder` runs before packaging. */
const { validateConfiguration } = createRequire(path.join(ROOT, 'package.json'))(
  'app-builder-lib/out/util/config/config.js',
) as { validateConfiguration: (config: unknown, log: unknown) => Promise<void> };

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    const log = { debug: () => {}, info: () => {}, warn: () => {} };
    await expect(validateConfiguration(config, log)).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config).toMatchObject({ appId: 'dev.tokenworkbench.app', productName: 'Token Workbench' });
  });

  it('packages the build and package.json only', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
  });

  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('turns off the fuses that would let the binary run as plain Node', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
    });
  });
});
