import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  detectImportFormat,
  exportTenant,
  planImport,
  readImportDirectory,
  readImportInput,
  writeExport,
} from '../../../src/main/config-as-code';
import { tempDataDir } from '../../helpers/temp-dir';
import { buildTenant, directoryInput, ORDERS, snapshot, thrown } from './fixtures';

function write(root: string, files: Record<string, string>) {
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
}

describe('detectImportFormat', () => {
  it('tells a folder, YAML and JSON apart', () => {
    const root = tempDataDir('tw-detect-');
    write(root, { 'a.yaml': '', 'b.YML': '', 'c.json': '', 'd.txt': '' });
    expect(detectImportFormat(root)).toBe('directory');
    expect(detectImportFormat(path.join(root, 'a.yaml'))).toBe('yaml');
    expect(detectImportFormat(path.join(root, 'b.YML'))).toBe('yaml');
    expect(detectImportFormat(path.join(root, 'c.json'))).toBe('json');
    const txt = path.join(root, 'd.txt');
    expect(thrown(() => detectImportFormat(txt)).toJSON()).toEqual({
      code: 'invalid_body',
      message: `${txt}: cannot tell the format from the name; import a deploy-cli directory, a .yaml or .yml file, or a .json file.`,
    });
    const missing = path.join(root, 'missing.yaml');
    expect(thrown(() => detectImportFormat(missing)).toJSON()).toEqual({
      code: 'not_found',
      message: `${missing} does not exist.`,
    });
  });
});

describe('readImportDirectory', () => {
  it('reads the .json files directly inside the three folders, as deploy-cli does', () => {
    const root = tempDataDir('tw-dir-');
    write(root, {
      'resource-servers/Orders.json': '{}',
      'clients/Worker.json': '{}',
      'clients/Worker_custom_login_page.html': '<html>',
      'clients/nested/deeper.json': '{}',
      'grants/Worker-Orders.json': '{}',
      'tenant.json': '{}',
      'rules/x.js': '',
    });
    const input = readImportDirectory(root);
    expect(input).toEqual({
      format: 'directory',
      root,
      files: [
        { path: 'resource-servers/Orders.json', content: '{}' },
        { path: 'clients/Worker.json', content: '{}' },
        { path: 'grants/Worker-Orders.json', content: '{}' },
      ],
    });
    expect(readImportInput(root)).toEqual(input);
  });

  it('refuses a folder that is not a deploy-cli directory', () => {
    const root = tempDataDir('tw-dir-');
    write(root, { 'notes.txt': '' });
    expect(thrown(() => readImportDirectory(root)).message).toBe(
      `${root}: none of resource-servers/, clients/, grants/ is here; this is not a deploy-cli directory.`,
    );
  });
});

describe('directory input', () => {
  it('normalizes Windows paths, skips empty files and says what else it did not import', async () => {
    const bench = await buildTenant();
    const plan = planImport(
      bench.workspace,
      directoryInput({
        'resource-servers\\Orders.json': { name: 'Orders', identifier: ORDERS },
        './clients/Empty.json': {},
        'tenant.json': { friendly_name: 'x' },
        'pages/login.json': {},
      }),
    );
    expect(plan.apis.unchanged.map((a) => a.source)).toEqual(['resource-servers/Orders.json']);
    expect(plan.applications.unchanged).toEqual([]);
    expect(plan.warnings).toEqual([
      'config: 2 files outside resource-servers/, clients/, grants/ not imported.',
    ]);
  });
});

describe('writeExport', () => {
  it('writes a directory export under the folder and a file export to the path, changing no workspace file', async () => {
    const bench = await buildTenant();
    const before = snapshot(bench);
    const out = tempDataDir('tw-out-');
    const written = writeExport(exportTenant(bench.workspace, 'directory'), path.join(out, 'cfg'));
    expect(written).toHaveLength(11);
    expect(fs.existsSync(path.join(out, 'cfg', 'clients', 'Orders (Test Application).json'))).toBe(true);
    writeExport(exportTenant(bench.workspace, 'json'), path.join(out, 'tenant.json'));
    expect(JSON.parse(fs.readFileSync(path.join(out, 'tenant.json'), 'utf8'))).toHaveProperty(
      'resourceServers',
    );
    expect(snapshot(bench)).toEqual(before);
  });
});
