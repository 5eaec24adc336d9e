import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { workbenchCli } from './launch';

/** Issue 3: export to YAML, import it into an empty tenant, compare; a malformed import changes nothing. */
test('exports YAML and imports it into an empty tenant through Settings', async ({ workbench }) => {
  test.setTimeout(90_000);
  const { page, dataDir } = workbench;
  const cli = workbenchCli(dataDir);
  cli('apis', 'create', '--name', 'Orders', '--identifier', 'https://orders');
  cli('scopes', 'add', 'read:orders', '--api', 'https://orders', '--description', 'Read');
  cli('apps', 'create', '--name', 'Worker');
  cli('grants', 'set', '--app', 'Worker', '--api', 'https://orders', '--scope', 'read:orders');
  const source = cli('tenants', 'list');

  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('radio', { name: 'YAML (deploy-cli tenant.yaml)' }).check();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('tenant.yaml');
  const yamlPath = path.join(dataDir, 'exported-tenant.yaml');
  await download.saveAs(yamlPath);
  const yaml = fs.readFileSync(yamlPath, 'utf8');
  expect(yaml).toMatch(/resourceServers:/);
  expect(yaml).toMatch(/client_id: Worker/);

  cli('tenants', 'create', '--domain', 'empty.local', '--use');
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('empty.local');

  // A malformed file is refused whole, naming the file, the path inside it and the reason.
  const broken = path.join(dataDir, 'broken.yaml');
  fs.writeFileSync(broken, 'resourceServers:\n  - name: X\n    identifier: 42\n');
  const before = fs.readFileSync(path.join(dataDir, 'workspace.json'), 'utf8');
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Configuration file' }).click();
  await (await chooser).setFiles(broken);
  await expect(page.getByRole('alert').filter({ hasText: 'broken.yaml: resourceServers[0].identifier' })).toBeVisible();
  expect(fs.readFileSync(path.join(dataDir, 'workspace.json'), 'utf8')).toBe(before);

  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Configuration file' }).click();
  await (await chooser).setFiles(yamlPath);
  await expect(page.getByRole('heading', { name: 'APIs' }).last()).toBeVisible();
  await page.getByRole('button', { name: 'Apply import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import applied' })).toBeVisible();

  const reExported = path.join(dataDir, 'reexported.yaml');
  cli('export', '--format', 'yaml', '--out', reExported);
  expect(fs.readFileSync(reExported, 'utf8')).toBe(yaml);
  expect(cli('tenants', 'list')).not.toBe(source);
});
