import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { describe, expect, it, vi } from 'vitest';
import { openDesktopFiles, type OpenStore } from '../../../src/main/electron/desktop-files';
import { createWorkbenchService } from '../../../src/main/service';
import { invoke } from '../../../src/main/dispatch';
import { openWorkspace } from '../../../src/main/workspace';
import { tempDataDir } from '../../helpers/temp-dir';

/** electron-store is conf with `name` for `configName`; conf stands in for it here. */
const openConf: OpenStore = ({ cwd, name, configFileMode }) =>
  new Conf<Record<string, unknown>>({
    cwd,
    configName: name,
    configFileMode,
    projectName: 'tw-test',
    clearInvalidConfig: false,
  });

describe('openDesktopFiles', () => {
  it('opens workspace.json and a 0600 secrets.json in the data folder', async () => {
    const dataDir = path.join(tempDataDir(), 'nested', 'data');
    const openStore = vi.fn(openConf);
    const files = openDesktopFiles(dataDir, openStore);
    expect(openStore.mock.calls.map(([options]) => options)).toEqual([
      { cwd: dataDir, name: 'workspace', configFileMode: 0o666 },
      { cwd: dataDir, name: 'secrets', configFileMode: 0o600 },
    ]);
    expect(files.workspace.path).toBe(path.join(dataDir, 'workspace.json'));
    expect(files.secrets.path).toBe(path.join(dataDir, 'secrets.json'));
    expect(files.notices).toEqual([]);

    // A real service over these files writes both.
    const workspace = openWorkspace({ dataDir, files });
    const service = createWorkbenchService(workspace, { appVersion: '0.0.0-test' });
    await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders.example' });
    expect(fs.existsSync(files.workspace.path)).toBe(true);
    if (process.platform !== 'win32') expect(fs.statSync(files.secrets.path).mode & 0o777).toBe(0o600);
  });

  it('sets a file that is not JSON aside before the store opens it, and reports it', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(path.join(dataDir, 'workspace.json'), '{ not json');
    const files = openDesktopFiles(dataDir, openConf);
    expect(files.notices).toHaveLength(1);
    const [notice] = files.notices!;
    expect(notice).toMatchObject({ kind: 'recovered', file: path.join(dataDir, 'workspace.json') });
    expect(fs.readFileSync(notice!.backupPath, 'utf8')).toBe('{ not json');
    expect(files.workspace.read()).toBeUndefined();
  });
});
