import { describe, expect, it } from 'vitest';
import { dispatch, invoke } from '../../src/main/dispatch';
import { API_LIMITS } from '../../src/shared/domain/api';
import { openTestWorkbench } from '../helpers/service';

describe('apis.create', () => {
  it('creates an API with the documented defaults and an id of 24 lowercase hex characters', async () => {
    const { service } = openTestWorkbench();
    const api = await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders.example' });
    expect(api).toMatchObject({
      name: 'Orders',
      identifier: 'https://orders.example',
      signing_alg: 'RS256',
      token_lifetime: 86400,
      token_lifetime_for_web: 7200,
      allow_offline_access: false,
      skip_consent_for_verifiable_first_party_clients: false,
      enforce_policies: false,
      token_dialect: 'access_token',
      scopes: [],
      is_system: false,
    });
    expect(api.id).toMatch(/^[0-9a-f]{24}$/);
    expect(await invoke(service, 'apis.list', {})).toEqual([api]);
  });

  it('creates "{name} (Test Application)", authorized for the API', async () => {
    const { service, workspace } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'Orders', identifier: 'urn:orders' });
    const tenant = workspace.read().tenants[0]!;
    expect(tenant.applications).toHaveLength(1);
    const app = tenant.applications[0]!;
    expect(app).toMatchObject({ name: 'Orders (Test Application)', app_type: 'non_interactive' });
    expect(app.client_id).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(app.grant_types).toContain('client_credentials');
    expect(tenant.client_grants).toEqual([
      { id: expect.stringMatching(/^cgr_[A-Za-z0-9]{16}$/), client_id: app.client_id, audience: 'urn:orders', scope: [] },
    ]);
    const secret = workspace.vault.get(`tenant:${tenant.id}:client:${app.client_id}:secret`);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
  });

  it('keeps an HS256 secret in the vault and never in a result', async () => {
    const { service, workspace } = openTestWorkbench();
    const api = await invoke(service, 'apis.create', { name: 'H', identifier: 'h', signing_alg: 'HS256' });
    expect(JSON.stringify(api)).not.toContain('secret');
    const tenantId = workspace.read().tenants[0]!.id;
    const secret = workspace.vault.get(`tenant:${tenantId}:api:${api.id}:signing_secret`);
    expect(Buffer.from(secret!, 'base64url')).toHaveLength(32);
  });

  it.each([
    [{ name: '', identifier: 'x' }, 'name', 'Name is required.'],
    [{ name: 'a'.repeat(201), identifier: 'x' }, 'name', 'Name must be at most 200 characters.'],
    [{ name: 'a<b', identifier: 'x' }, 'name', 'Name cannot contain the characters < or >.'],
    [{ name: 'a>b', identifier: 'x' }, 'name', 'Name cannot contain the characters < or >.'],
    [{ name: 'A', identifier: '' }, 'identifier', 'Identifier is required.'],
    [{ name: 'A' }, 'identifier', 'Identifier is required.'],
    [{ name: 'A', identifier: 'x'.repeat(601) }, 'identifier', 'Identifier must be at most 600 characters.'],
    [{ name: 'A', identifier: 'x', signing_alg: 'ES256' }, 'signing_alg', 'Signing Algorithm must be one of RS256, PS256, HS256.'],
  ])('refuses %j naming the field', async (args, field, message) => {
    const { service } = openTestWorkbench();
    const result = await dispatch(service, 'apis.create', args);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_body', field, message } });
    expect(await invoke(service, 'apis.list', {})).toEqual([]);
  });

  it('accepts both bounds: a 200-character name and a 600-character identifier', async () => {
    const { service } = openTestWorkbench();
    const api = await invoke(service, 'apis.create', {
      name: 'n'.repeat(API_LIMITS.nameMax),
      identifier: 'i'.repeat(API_LIMITS.identifierMax),
    });
    expect(api.name).toHaveLength(200);
    expect(api.identifier).toHaveLength(600);
  });

  it('compares identifiers exactly: a trailing slash makes another identifier, a repeat is a conflict', async () => {
    const { service } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'A', identifier: 'https://x' });
    await invoke(service, 'apis.create', { name: 'B', identifier: 'https://x/' });
    const duplicate = await dispatch(service, 'apis.create', { name: 'C', identifier: 'https://x' });
    expect(duplicate.ok).toBe(false);
    expect(!duplicate.ok && duplicate.error).toMatchObject({ code: 'conflict', field: 'identifier' });
    expect(!duplicate.ok && duplicate.error.message).toContain('"https://x"');
    expect((await invoke(service, 'apis.list', {})).map((a) => a.name)).toEqual(['A', 'B']);
  });

  it('keeps identifiers per tenant: the same identifier may exist in two tenants', async () => {
    const { service } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'A', identifier: 'https://x' });
    await invoke(service, 'tenants.create', { domain: 'staging.local', use: true });
    await invoke(service, 'apis.create', { name: 'A2', identifier: 'https://x' });
    expect((await invoke(service, 'apis.list', {})).map((a) => a.name)).toEqual(['A2']);
  });

  it('persists across reopening the data folder', async () => {
    const first = openTestWorkbench();
    await invoke(first.service, 'apis.create', { name: 'Kept', identifier: 'kept' });
    const second = openTestWorkbench(first.dataDir);
    expect((await invoke(second.service, 'apis.list', {})).map((a) => a.identifier)).toEqual(['kept']);
  });
});
