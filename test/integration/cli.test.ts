import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempDataDir } from '../helpers/temp-dir';

describe('token-workbench CLI', () => {
  it('creates a tenant on first run and lists it', async () => {
    const dir = tempDataDir();
    const run = await runCli(dir, 'tenants', 'list', '--json');
    expect(run.code).toBe(0);
    const tenants = JSON.parse(run.stdout);
    expect(tenants).toHaveLength(1);
    expect(tenants[0]).toMatchObject({ current: true, domain: expect.stringMatching(/^dev-[a-z0-9]{6}\.local$/) });
    expect(tenants[0].issuer).toBe(`https://${tenants[0].domain}/`);
  });

  it('creates and lists APIs, as a table and as JSON', async () => {
    const dir = tempDataDir();
    const created = await runCli(dir, 'apis', 'create', '--name', 'Orders', '--identifier', 'https://orders.example', '--signing-alg', 'PS256');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Created API "Orders" (https://orders.example, PS256)');
    const table = await runCli(dir, 'apis', 'list');
    expect(table.stdout).toMatch(/NAME\s+IDENTIFIER\s+SIGNING ALGORITHM/);
    expect(table.stdout).toMatch(/Orders\s+https:\/\/orders\.example\s+PS256/);
    const json = JSON.parse((await runCli(dir, '--json', 'apis', 'list')).stdout);
    expect(json).toEqual([expect.objectContaining({ name: 'Orders', signing_alg: 'PS256' })]);
  });

  it('exits 2 with the field and the rule for bad input, and saves nothing', async () => {
    const dir = tempDataDir();
    const run = await runCli(dir, 'apis', 'create', '--name', 'a<b', '--identifier', 'x');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('error (name): Name cannot contain the characters < or >.');
    expect(JSON.parse((await runCli(dir, '--json', 'apis', 'list')).stdout)).toEqual([]);
  });

  it('exits 2 on a duplicate identifier, naming it', async () => {
    const dir = tempDataDir();
    await runCli(dir, 'apis', 'create', '--name', 'A', '--identifier', 'urn:a');
    const run = await runCli(dir, 'apis', 'create', '--name', 'B', '--identifier', 'urn:a');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"urn:a" already exists');
  });

  it('exits 2 on usage mistakes: unknown command, missing option', async () => {
    const dir = tempDataDir();
    expect((await runCli(dir, 'frobnicate')).code).toBe(2);
    const missing = await runCli(dir, 'apis', 'create', '--name', 'A');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--identifier <identifier>' not specified");
  });

  it('issuer: a network address needs --allow-network, and the refusal says so; a taken port is named', async () => {
    const dir = tempDataDir();
    const open = await runCli(dir, 'issuer', '--host', '0.0.0.0', '--port', '0');
    expect(open.code).toBe(2);
    expect(open.stderr).toContain('error (host): Listening on 0.0.0.0 lets anyone');
    expect(open.stderr).toContain('--allow-network');
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    try {
      const port = (taken.address() as net.AddressInfo).port;
      const busy = await runCli(dir, 'issuer', '--port', String(port));
      expect(busy.code).toBe(2);
      expect(busy.stderr).toContain(`error (port): Port ${port} on 127.0.0.1 is already in use.`);
    } finally {
      taken.close();
    }
  });

  it('prints --version and --help with exit code 0', async () => {
    const dir = tempDataDir();
    const version = await runCli(dir, '--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runCli(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--data-dir');
    expect(help.stdout).toContain('apis');
  });

  it('manages tenants: create, use, rename, delete with the domain as confirmation', async () => {
    const dir = tempDataDir();
    await runCli(dir, 'tenants', 'list');
    expect((await runCli(dir, 'tenants', 'create', '--domain', 'staging.local', '--name', 'Staging', '--use')).code).toBe(0);
    let tenants = JSON.parse((await runCli(dir, '--json', 'tenants', 'list')).stdout);
    expect(tenants.find((t: { current: boolean }) => t.current).domain).toBe('staging.local');
    expect((await runCli(dir, 'tenants', 'rename', 'staging.local', 'Stage')).code).toBe(0);
    const wrong = await runCli(dir, 'tenants', 'delete', 'staging.local', '--confirm', 'staging');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Type the tenant\'s domain, staging.local');
    expect((await runCli(dir, 'tenants', 'delete', 'staging.local', '--confirm', 'staging.local')).code).toBe(0);
    tenants = JSON.parse((await runCli(dir, '--json', 'tenants', 'list')).stdout);
    expect(tenants).toHaveLength(1);
    expect(tenants[0].current).toBe(true);
  });

  it('tells the user when the workspace file was broken, with the backup path', async () => {
    const dir = tempDataDir();
    fs.writeFileSync(path.join(dir, 'workspace.json'), '{"schemaVersion": 1, "tenants": [');
    const run = await runCli(dir, 'apis', 'list');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning: workspace\.json is not valid JSON .* It was kept as .*workspace\.broken-.*\.json/);
    const backups = fs.readdirSync(dir).filter((f) => f.startsWith('workspace.broken-'));
    expect(backups).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, backups[0]!), 'utf8')).toBe('{"schemaVersion": 1, "tenants": [');
  });

  it('honours TOKEN_WORKBENCH_DATA when --data-dir is absent', async () => {
    const dir = tempDataDir();
    const previous = process.env.TOKEN_WORKBENCH_DATA;
    process.env.TOKEN_WORKBENCH_DATA = dir;
    try {
      const { main } = await import('../../src/main/cli/index');
      let out = '';
      const code = await main(['node', 'tw', 'apis', 'create', '--name', 'E', '--identifier', 'env'], {
        output: { out: (t) => (out += t), err: () => undefined },
      });
      expect(code).toBe(0);
      expect(out).toContain('Created API "E"');
      expect(fs.existsSync(path.join(dir, 'workspace.json'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.TOKEN_WORKBENCH_DATA;
      else process.env.TOKEN_WORKBENCH_DATA = previous;
    }
  });
});

describe('token-workbench CLI: scopes, applications, grants', () => {
  it('runs the whole set-up flow with --json on each', async () => {
    const dir = tempDataDir();
    await runCli(dir, 'apis', 'create', '--name', 'Orders', '--identifier', 'https://orders');
    expect((await runCli(dir, 'scopes', 'add', 'read:orders', '--api', 'https://orders', '--description', 'Read')).code).toBe(0);
    expect((await runCli(dir, 'scopes', 'add', 'write:orders', '--api', 'https://orders')).code).toBe(0);
    const app = JSON.parse((await runCli(dir, '--json', 'apps', 'create', '--name', 'Worker', '--type', 'm2m')).stdout);
    expect(app).toMatchObject({ name: 'Worker', app_type: 'non_interactive' });
    const grant = await runCli(dir, '--json', 'grants', 'set', '--app', 'Worker', '--api', 'https://orders', '--scope', 'read:orders', 'write:orders');
    expect(grant.code).toBe(0);
    expect(JSON.parse(grant.stdout).scope).toEqual(['read:orders', 'write:orders']);
    const narrowed = await runCli(dir, '--json', 'grants', 'set', '--app', app.client_id, '--api', 'https://orders', '--scope', 'read:orders');
    expect(JSON.parse(narrowed.stdout).scope).toEqual(['read:orders']);
    const scopes = JSON.parse((await runCli(dir, '--json', 'scopes', 'list', '--api', 'https://orders')).stdout);
    expect(scopes).toEqual([
      { value: 'read:orders', description: 'Read', granted_to: 1 },
      { value: 'write:orders', description: '', granted_to: 0 },
    ]);
    const shown = await runCli(dir, 'apps', 'show', 'Worker');
    expect(shown.stdout).toContain('https://orders: read:orders');
    const secret = (await runCli(dir, 'apps', 'secret', 'Worker')).stdout.trim();
    expect(secret).toMatch(/^[\w-]{64}$/);
    const rotated = (await runCli(dir, 'apps', 'rotate-secret', 'Worker')).stdout.trim();
    expect(rotated).not.toBe(secret);
    expect((await runCli(dir, 'apis', 'update', 'https://orders', '--token-lifetime', '3600', '--token-lifetime-for-web', '600', '--allow-offline-access', 'true')).code).toBe(0);
    const api = JSON.parse((await runCli(dir, '--json', 'apis', 'show', 'https://orders')).stdout);
    expect(api).toMatchObject({ token_lifetime: 3600, allow_offline_access: true });
    expect((await runCli(dir, 'grants', 'remove', '--app', 'Worker', '--api', 'https://orders')).code).toBe(0);
    expect((await runCli(dir, 'apps', 'delete', 'Worker', '--confirm', 'Worker')).code).toBe(0);
    expect((await runCli(dir, 'apis', 'delete', 'https://orders', '--confirm', 'https://orders')).code).toBe(0);
    expect(JSON.parse((await runCli(dir, '--json', 'apis', 'list')).stdout)).toEqual([]);
  });

  it('exits 2 with the rule for a bad option value or a reserved scope', async () => {
    const dir = tempDataDir();
    await runCli(dir, 'apis', 'create', '--name', 'Orders', '--identifier', 'urn:o');
    const lifetime = await runCli(dir, 'apis', 'update', 'urn:o', '--token-lifetime', 'soon');
    expect(lifetime.code).toBe(2);
    expect(lifetime.stderr).toContain('"soon" is not a whole number.');
    const reserved = await runCli(dir, 'scopes', 'add', 'openid', '--api', 'urn:o');
    expect(reserved.code).toBe(2);
    expect(reserved.stderr).toContain('error (value): "openid" is a reserved scope');
  });
});
