import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../src/main/dispatch';
import { RESERVED_SCOPES } from '../../src/shared/domain/api';
import { openTestWorkbench } from '../helpers/service';

async function withApi() {
  const bench = openTestWorkbench();
  const api = await invoke(bench.service, 'apis.create', { name: 'Orders', identifier: 'https://orders' });
  return { ...bench, api };
}

async function expectError(promise: ReturnType<typeof dispatch>, error: Record<string, unknown>) {
  const result = await promise;
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toMatchObject(error);
}

describe('apis.update', () => {
  it('changes settings and keeps the identifier and algorithm', async () => {
    const { service, api } = await withApi();
    const updated = await invoke(service, 'apis.update', {
      api: api.identifier,
      name: 'Orders v2',
      token_lifetime: 3600,
      token_lifetime_for_web: 600,
      allow_offline_access: true,
      token_dialect: 'rfc9068_profile_authz',
      enforce_policies: true,
    });
    expect(updated).toMatchObject({ name: 'Orders v2', token_lifetime: 3600, token_lifetime_for_web: 600, identifier: 'https://orders', signing_alg: 'RS256', token_dialect: 'rfc9068_profile_authz' });
  });

  it.each([
    [{ token_lifetime: -1 }, 'token_lifetime', 'Token Expiration cannot be negative.'],
    [{ token_lifetime: 2_592_001 }, 'token_lifetime', 'Token Expiration must be at most 2592000 seconds (30 days).'],
    [{ token_lifetime: 1.5 }, 'token_lifetime', 'Token Expiration must be a whole number of seconds.'],
    [{ token_lifetime_for_web: 86_401 }, 'token_lifetime_for_web', 'Token Expiration For Browser Flows (86401) cannot be greater than Token Expiration (86400).'],
    [{ token_lifetime: 100 }, 'token_lifetime', 'Token Expiration For Browser Flows (7200) cannot be greater than Token Expiration (100).'],
    [{ identifier: 'https://other' }, 'identifier', 'Identifier cannot be changed after creation.'],
    [{ signing_alg: 'HS256' }, 'signing_alg', 'Signing Algorithm cannot be changed after creation.'],
  ])('refuses %j', async (change, field, message) => {
    const { service, api } = await withApi();
    await expectError(dispatch(service, 'apis.update', { api: api.id, ...change }), { code: 'invalid_body', field, message });
    expect(await invoke(service, 'apis.get', { api: api.id })).toEqual(api);
  });

  it('accepts the bounds 0 and 2592000', async () => {
    const { service, api } = await withApi();
    expect((await invoke(service, 'apis.update', { api: api.id, token_lifetime: 2_592_000 })).token_lifetime).toBe(2_592_000);
    const zero = await invoke(service, 'apis.update', { api: api.id, token_lifetime_for_web: 0, token_lifetime: 0 });
    expect(zero).toMatchObject({ token_lifetime: 0, token_lifetime_for_web: 0 });
  });

  it('answers a missing API with the real service message', async () => {
    const { service } = await withApi();
    await expectError(dispatch(service, 'apis.update', { api: 'nope', name: 'x' }), { code: 'not_found', message: 'The resource server does not exist' });
  });
});

describe('apis.delete', () => {
  it('needs the identifier typed, then removes the API and its grants', async () => {
    const { service, api } = await withApi();
    await expectError(dispatch(service, 'apis.delete', { api: api.id, confirmIdentifier: 'https://orders/' }), { field: 'confirmIdentifier' });
    expect(await invoke(service, 'grants.list', { api: api.id })).toHaveLength(1);
    await invoke(service, 'apis.delete', { api: api.id, confirmIdentifier: 'https://orders' });
    expect(await invoke(service, 'apis.list', {})).toEqual([]);
    expect(await invoke(service, 'grants.list', {})).toEqual([]);
    expect(await invoke(service, 'applications.list', {})).toHaveLength(1);
  });
});

describe('scopes', () => {
  it('adds, describes, lists with usage and removes from every grant', async () => {
    const { service, api } = await withApi();
    await invoke(service, 'scopes.add', { api: api.id, value: 'read:orders', description: 'Read orders' });
    await invoke(service, 'scopes.add', { api: api.id, value: 'write:orders', description: 'Write orders' });
    await invoke(service, 'grants.update', { app: 'Orders (Test Application)', api: api.id, scope: ['read:orders', 'write:orders'] });
    const other = await invoke(service, 'applications.create', { name: 'Worker', app_type: 'non_interactive' });
    await invoke(service, 'grants.create', { app: other.client_id, api: api.identifier, scope: ['read:orders'] });
    await invoke(service, 'scopes.update', { api: api.id, value: 'read:orders', description: 'Read all orders' });
    expect(await invoke(service, 'scopes.list', { api: api.id })).toEqual([
      { value: 'read:orders', description: 'Read all orders', granted_to: 2 },
      { value: 'write:orders', description: 'Write orders', granted_to: 1 },
    ]);
    expect(await invoke(service, 'scopes.remove', { api: api.id, value: 'read:orders' })).toEqual({ removed: 'read:orders', removed_from_grants: 2 });
    const grants = await invoke(service, 'grants.list', { api: api.id });
    expect(grants.map((g) => g.scope)).toEqual([['write:orders'], []]);
  });

  it.each([
    [{ value: '' }, 'value', 'Permission is required.'],
    [{ value: 'p'.repeat(281) }, 'value', 'Permission must be at most 280 characters.'],
    [{ value: 'read orders' }, 'value', 'Permission cannot contain spaces.'],
    [{ value: 'ok', description: 'd'.repeat(501) }, 'description', 'Description must be at most 500 characters.'],
  ])('refuses %j', async (scope, field, message) => {
    const { service, api } = await withApi();
    await expectError(dispatch(service, 'scopes.add', { api: api.id, description: '', ...scope }), { code: 'invalid_body', field, message });
    expect(await invoke(service, 'scopes.list', { api: api.id })).toEqual([]);
  });

  it('accepts the bounds: a 280-character value and a 500-character description', async () => {
    const { service, api } = await withApi();
    const scope = await invoke(service, 'scopes.add', { api: api.id, value: 'p'.repeat(280), description: 'd'.repeat(500) });
    expect(scope.value).toHaveLength(280);
  });

  it.each(RESERVED_SCOPES)('refuses the reserved scope %s', async (value) => {
    const { service, api } = await withApi();
    await expectError(dispatch(service, 'scopes.add', { api: api.id, value }), {
      field: 'value',
      message: `"${value}" is a reserved scope and cannot be used as a custom permission.`,
    });
  });

  it('refuses a duplicate value', async () => {
    const { service, api } = await withApi();
    await invoke(service, 'scopes.add', { api: api.id, value: 'read:x' });
    await expectError(dispatch(service, 'scopes.add', { api: api.id, value: 'read:x' }), { code: 'conflict', field: 'value' });
  });
});

describe('applications', () => {
  it('creates applications with ids, secrets and default grant types per type', async () => {
    const { service } = openTestWorkbench();
    const m2m = await invoke(service, 'applications.create', { name: 'Batch', app_type: 'non_interactive' });
    const spa = await invoke(service, 'applications.create', { name: 'Web', app_type: 'spa' });
    expect(m2m.client_id).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(m2m.grant_types).toEqual(['client_credentials']);
    expect(spa.grant_types).not.toContain('client_credentials');
    const secret = await invoke(service, 'applications.revealSecret', { app: m2m.client_id });
    expect(secret.client_secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    const rotated = await invoke(service, 'applications.rotateSecret', { app: 'Batch' });
    expect(rotated.client_secret).not.toBe(secret.client_secret);
    expect((await invoke(service, 'applications.revealSecret', { app: 'Batch' })).client_secret).toBe(rotated.client_secret);
    expect(JSON.stringify(await invoke(service, 'applications.list', {}))).not.toContain(rotated.client_secret);
  });

  it('keeps grants when renamed, and removes them when deleted', async () => {
    const { service, api } = await withApi();
    const app = await invoke(service, 'applications.create', { name: 'Worker', app_type: 'non_interactive' });
    await invoke(service, 'grants.create', { app: 'Worker', api: api.identifier });
    await invoke(service, 'applications.update', { app: app.client_id, name: 'Worker 2' });
    expect(await invoke(service, 'grants.list', { app: 'Worker 2' })).toHaveLength(1);
    await expectError(dispatch(service, 'applications.delete', { app: 'Worker 2', confirmName: 'Worker' }), { field: 'confirmName' });
    expect(await invoke(service, 'applications.delete', { app: 'Worker 2', confirmName: 'Worker 2' })).toEqual({ deleted: app.client_id, grants_removed: 1 });
    expect(await invoke(service, 'grants.list', {})).toHaveLength(1); // the test application's
  });

  it.each([
    [{ name: '', app_type: 'spa' }, 'name'],
    [{ name: 'x'.repeat(201), app_type: 'spa' }, 'name'],
    [{ name: 'a<b', app_type: 'spa' }, 'name'],
    [{ name: 'ok', app_type: 'desktop' }, 'app_type'],
  ])('refuses %j', async (args, field) => {
    const { service } = openTestWorkbench();
    await expectError(dispatch(service, 'applications.create', args), { code: 'invalid_body', field });
    expect(await invoke(service, 'applications.list', {})).toEqual([]);
  });
});

describe('grants', () => {
  it('allows one grant per application and API, with the documented 409 message', async () => {
    const { service, api } = await withApi();
    const app = await invoke(service, 'applications.create', { name: 'Worker', app_type: 'non_interactive' });
    await invoke(service, 'grants.create', { app: app.client_id, api: api.id });
    await expectError(dispatch(service, 'grants.create', { app: app.client_id, api: api.id }), {
      code: 'conflict',
      message: `A client grant already exists between ${app.client_id} and https://orders`,
    });
  });

  it('names only scopes the API defines', async () => {
    const { service, api } = await withApi();
    await invoke(service, 'scopes.add', { api: api.id, value: 'read:x' });
    await expectError(dispatch(service, 'grants.update', { app: 'Orders (Test Application)', api: api.id, scope: ['read:x', 'write:y'] }), {
      field: 'scope',
      message: '"write:y" is not a permission of https://orders.',
    });
    expect((await invoke(service, 'grants.list', { api: api.id }))[0]!.scope).toEqual([]);
  });

  it('removes a grant (authorization off)', async () => {
    const { service, api } = await withApi();
    await invoke(service, 'grants.remove', { app: 'Orders (Test Application)', api: api.id });
    expect(await invoke(service, 'grants.list', {})).toEqual([]);
    await expectError(dispatch(service, 'grants.remove', { app: 'Orders (Test Application)', api: api.id }), { code: 'not_found' });
  });
});
