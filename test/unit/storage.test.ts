import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { SecretVault } from '../../src/main/storage/secret-vault';
import { openConfFile } from '../../src/main/storage/document-file';
import { migrate } from '../../src/main/storage/versioned-document';
import { WORKSPACE_MIGRATIONS, WorkspaceDocumentSchema } from '../../src/main/storage/workspace-schema';
import { resolveDataDir } from '../../src/main/storage/data-dir';
import { openWorkspace } from '../../src/main/workspace';
import { openTestWorkbench } from '../helpers/service';
import { tempDataDir } from '../helpers/temp-dir';

const workspaceFile = (dir: string) => path.join(dir, 'workspace.json');

describe('workspace storage', () => {
  it('writes a versioned JSON document in the data folder', async () => {
    const { dataDir, service } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'A', identifier: 'a' });
    const onDisk = JSON.parse(fs.readFileSync(workspaceFile(dataDir), 'utf8'));
    expect(onDisk.schemaVersion).toBe(1);
    expect(WorkspaceDocumentSchema.safeParse(onDisk).success).toBe(true);
    expect(onDisk.tenants[0].apis[0].identifier).toBe('a');
  });

  it('migrates an unversioned pre-release file and keeps the original beside it', () => {
    const dir = tempDataDir();
    const v0 = {
      currentTenant: 'old.local',
      tenants: {
        'old.local': {
          id: 'aaaaaaaaaaaaaaaaaaaaaaaa',
          name: 'Old',
          created_at: '2026-01-01T00:00:00.000Z',
          apis: [
            {
              id: 'bbbbbbbbbbbbbbbbbbbbbbbb', name: 'Legacy', identifier: 'urn:legacy', signing_alg: 'RS256',
              token_lifetime: 86400, token_lifetime_for_web: 7200, allow_offline_access: false,
              skip_consent_for_verifiable_first_party_clients: false, enforce_policies: false,
              token_dialect: 'access_token', scopes: [{ value: 'read:x', description: 'Read' }],
            },
          ],
        },
      },
    };
    fs.writeFileSync(workspaceFile(dir), JSON.stringify(v0));
    const workspace = openWorkspace({ dataDir: dir });
    const doc = workspace.read();
    expect(doc.schemaVersion).toBe(1);
    expect(doc.currentTenantId).toBe('aaaaaaaaaaaaaaaaaaaaaaaa');
    expect(doc.tenants[0]).toMatchObject({ domain: 'old.local', name: 'Old', applications: [], client_grants: [] });
    expect(doc.tenants[0]!.apis[0]).toMatchObject({ identifier: 'urn:legacy', created_at: '1970-01-01T00:00:00.000Z' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'workspace.schema-v0.json'), 'utf8'))).toEqual(v0);
    expect(workspace.notices).toEqual([]);
  });

  it('runs migrations in order up to the target version', () => {
    const { document, from } = migrate({ tenants: {} }, WORKSPACE_MIGRATIONS, 1);
    expect(from).toBe(0);
    expect(document).toEqual({ tenants: [], currentTenantId: null, schemaVersion: 1 });
  });

  it('sets a file that fails the schema aside to a dated backup and says so', () => {
    const dir = tempDataDir();
    const broken = JSON.stringify({ schemaVersion: 1, currentTenantId: null, tenants: [{ id: 1 }] });
    fs.writeFileSync(workspaceFile(dir), broken);
    const workspace = openWorkspace({ dataDir: dir });
    expect(workspace.notices).toHaveLength(1);
    const notice = workspace.notices[0]!;
    expect(notice.reason).toMatch(/^workspace\.json does not match the workspace schema \(tenants\.0\.id: /);
    expect(notice.backupPath).toMatch(/workspace\.broken-\d{4}-\d\d-\d\dT[\d-]+Z\.json$/);
    expect(fs.readFileSync(notice.backupPath, 'utf8')).toBe(broken);
    expect(workspace.read().tenants).toEqual([]);
  });

  it('refuses, without touching it, a file written by a newer release', () => {
    const dir = tempDataDir();
    const newer = JSON.stringify({ schemaVersion: 99, tenants: [] });
    fs.writeFileSync(workspaceFile(dir), newer);
    expect(() => openWorkspace({ dataDir: dir })).toThrow(/written by a newer Token Workbench \(schema version 99/);
    expect(fs.readFileSync(workspaceFile(dir), 'utf8')).toBe(newer);
  });

  it('sees changes another process made, and never loses an acknowledged write', async () => {
    const dir = tempDataDir();
    const a = openTestWorkbench(dir);
    const b = openTestWorkbench(dir);
    await invoke(a.service, 'apis.create', { name: 'From A', identifier: 'a' });
    await invoke(b.service, 'apis.create', { name: 'From B', identifier: 'b' });
    expect((await invoke(a.service, 'apis.list', {})).map((x) => x.identifier)).toEqual(['a', 'b']);
    // A duplicate made in another process is still caught.
    await expect(invoke(a.service, 'apis.create', { name: 'Again', identifier: 'b' })).rejects.toThrow('already exists');
  });

  it('refuses to overwrite a file that another program broke while we run', async () => {
    const { dataDir, service } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'A', identifier: 'a' });
    fs.writeFileSync(workspaceFile(dataDir), JSON.stringify({ schemaVersion: 1, tenants: 'nope', currentTenantId: null }));
    await expect(invoke(service, 'apis.create', { name: 'B', identifier: 'b' })).rejects.toMatchObject({ code: 'storage' });
    expect(JSON.parse(fs.readFileSync(workspaceFile(dataDir), 'utf8')).tenants).toBe('nope');
  });
});

describe('secret vault', () => {
  it('writes secrets.json readable by the owner only (0600)', async () => {
    const { dataDir, service } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'H', identifier: 'h', signing_alg: 'HS256' });
    const mode = fs.statSync(path.join(dataDir, 'secrets.json')).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(await invoke(service, 'workspace.status', {})).toMatchObject({ secretsAtRest: 'file-0600' });
  });

  it('gives a clear message when secrets were sealed by the desktop keychain', () => {
    const dir = tempDataDir();
    fs.writeFileSync(
      path.join(dir, 'secrets.json'),
      JSON.stringify({ schemaVersion: 1, protection: 'os-keychain', entries: { 'tenant:x:api:y:signing_secret': 'c2VhbGVk' } }),
    );
    const vault = new SecretVault(openConfFile({ dataDir: dir, name: 'secrets', mode: 0o600 }).file, {
      protection: 'file-0600',
      seal: (v) => v,
      open: (v) => v,
    });
    expect(() => vault.get('tenant:x:api:y:signing_secret')).toThrow(
      /encrypted with the desktop app's OS keychain, which the command line and browser mode cannot use/,
    );
  });

  it('seals existing entries when a keychain becomes available', () => {
    const dir = tempDataDir();
    const plain = new SecretVault(openConfFile({ dataDir: dir, name: 'secrets' }).file, {
      protection: 'file-0600',
      seal: (v) => v,
      open: (v) => v,
    });
    plain.set('k', 'secret-value');
    const reversed = {
      protection: 'os-keychain' as const,
      seal: (v: string) => [...v].reverse().join(''),
      open: (v: string) => [...v].reverse().join(''),
    };
    const sealed = new SecretVault(openConfFile({ dataDir: dir, name: 'secrets' }).file, reversed);
    expect(sealed.get('k')).toBe('secret-value');
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, 'secrets.json'), 'utf8'));
    expect(onDisk).toMatchObject({ protection: 'os-keychain', entries: { k: 'eulav-terces' } });
  });
});

describe('data folder', () => {
  it('prefers --data-dir, then TOKEN_WORKBENCH_DATA, then the desktop app folder', () => {
    expect(resolveDataDir('/tmp/x', { TOKEN_WORKBENCH_DATA: '/tmp/y' })).toBe('/tmp/x');
    expect(resolveDataDir(undefined, { TOKEN_WORKBENCH_DATA: '/tmp/y' })).toBe('/tmp/y');
    expect(resolveDataDir(undefined, { XDG_CONFIG_HOME: '/home/u/.config' })).toBe(
      process.platform === 'linux' ? '/home/u/.config/Token Workbench' : resolveDataDir(undefined, {}),
    );
  });
});
