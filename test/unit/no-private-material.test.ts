import { describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { METHOD_NAMES, type MethodName } from '../../src/shared/contract/methods';
import { CERTIFICATE_EXPORT_FORMATS, findPrivateMarkers, KEY_TYPES } from '../../src/shared/domain/keys';
import { openTestWorkbench } from '../helpers/service';

/**
 * No contract result ever carries private key material: every method is called over a workspace
 * with keys of every kind, and each result is walked for `PRIVATE KEY` PEM and private JWK members
 * (d, p, q, dp, dq, qi, k). A method added to the contract without a case here fails the last test.
 */
describe('contract results never carry private key material', () => {
  it('holds for every method', async () => {
    const { service } = openTestWorkbench();
    const call = <M extends MethodName>(method: M, args: unknown) => invoke(service, method, args);
    await call('apis.create', { name: 'Orders', identifier: 'https://orders' });
    await call('apis.create', { name: 'Hmac', identifier: 'https://hmac', signing_alg: 'HS256' });
    await call('scopes.add', { api: 'https://orders', value: 'read:orders' });
    await call('applications.create', { name: 'Worker', app_type: 'non_interactive' });
    await call('grants.create', { app: 'Worker', api: 'https://orders', scope: ['read:orders'] });
    const libraryKeys = [];
    for (const type of KEY_TYPES.filter((t) => t !== 'RSA-4096' && t !== 'RSA-3072')) {
      libraryKeys.push(await call('library.generate', { type, name: type }));
    }
    const minted = await call('tokens.mint', { api: 'https://orders' });
    const token = minted.outcome === 'issued' ? minted.response.access_token : '';
    const currentKid = (await call('keys.list', {})).find((k) => k.state === 'current')!.kid;

    const results: [string, unknown][] = [];
    const record = async (method: MethodName, args: unknown) => results.push([method, await call(method, args)]);
    const covered = new Set<MethodName>();
    const run = async (method: MethodName, ...argsList: unknown[]) => {
      covered.add(method);
      for (const args of argsList) await record(method, args);
    };

    await run('workspace.status', {});
    await run('tenants.list', {});
    await run('tenants.current', {});
    await run('tenants.create', { domain: 'other.local' });
    await run('tenants.rename', { tenant: 'other.local', name: 'Other' });
    await run('apis.list', {});
    await run('apis.get', { api: 'https://orders' });
    await run('apis.update', { api: 'https://orders', name: 'Orders 2' });
    await run('scopes.list', { api: 'https://orders' });
    await run('scopes.add', { api: 'https://orders', value: 'write:orders' });
    await run('scopes.update', { api: 'https://orders', value: 'write:orders', description: 'Write' });
    await run('scopes.remove', { api: 'https://orders', value: 'write:orders' });
    await run('applications.list', {});
    await run('applications.get', { app: 'Worker' });
    await run('applications.create', { name: 'Spa', app_type: 'spa' });
    await run('applications.update', { app: 'Spa', name: 'Spa 2' });
    await run('applications.revealSecret', { app: 'Worker' });
    await run('applications.rotateSecret', { app: 'Worker' });
    await run('grants.list', {});
    await run('grants.create', { app: 'Spa 2', api: 'https://orders' });
    await run('grants.update', { app: 'Spa 2', api: 'https://orders', scope: ['read:orders'] });
    await run('grants.remove', { app: 'Spa 2', api: 'https://orders' });
    await run('applications.delete', { app: 'Spa 2', confirmName: 'Spa 2' });
    await run('apis.revealSigningSecret', { api: 'https://hmac' });
    await run('apis.rotateSigningSecret', { api: 'https://hmac' });
    await run('keys.list', {});
    await run('keys.preview', { action: 'rotate' });
    await run('keys.jwks', {});
    await run('keys.export', ...CERTIFICATE_EXPORT_FORMATS.map((format) => ({ kid: currentKid, format })));
    await run('keys.rotate', {});
    await run('keys.revoke', {});
    await run('keys.rotateAndRevoke', {});
    await run('library.list', {});
    await run('library.generate', { type: 'EC-P-256', name: 'extra' });
    await run('library.import', { input: await pkcs8() });
    await run('library.update', { id: libraryKeys[0]!.id, name: 'renamed' });
    for (const key of libraryKeys) {
      const formats = CERTIFICATE_EXPORT_FORMATS.filter((f) => f !== 'jwks' && (key.kty !== 'oct' || f === 'jwk' || f === 'fingerprint'));
      for (const format of formats) {
        try {
          await record('library.export', { id: key.id, format });
        } catch {
          // a format this kind of key has no public form for is refused; nothing leaks either way
        }
      }
    }
    covered.add('library.export');
    await run('library.exportPrivate', { id: libraryKeys[0]!.id, password: 'correct horse battery', filePath: `${process.env.TMPDIR ?? '/tmp'}/tw-${Date.now()}.key.pem` });
    await run('library.delete', { id: libraryKeys.at(-1)!.id });
    await run('config.export', { format: 'json' }, { format: 'yaml' }, { format: 'directory' });
    const exported = (await call('config.export', { format: 'json' })).files[0]!;
    const plan = await call('config.planImport', { format: 'json', fileName: exported.path, content: exported.content });
    results.push(['config.planImport', plan]);
    covered.add('config.planImport');
    await run('config.applyImport', { plan });
    await run('issuer.status', {});
    await run('issuer.start', { port: 0 });
    await run('issuer.requests', {});
    await run('issuer.setStartWithApp', { startWithApp: false });
    await run('issuer.stop', {});
    await run('tokens.mint', { api: 'https://orders' });
    await run(
      'tokens.sign',
      { payload: { sub: 'x' }, alg: 'RS256', key: { source: 'tenant' } },
      { payload: { sub: 'x' }, alg: 'ES256', key: { source: 'library', id: libraryKeys.find((k) => k.name === 'EC-P-256')!.id } },
      { payload: { sub: 'x' }, alg: 'EdDSA', key: { source: 'pasted', text: await pkcs8('ed25519') } },
    );
    await run('tokens.setHistoryEnabled', { enabled: true });
    await run('tokens.history', {});
    await run('tokens.clearHistory', {});
    await run('debugger.verify', { token, useWorkspaceKeys: true }, { token, key: { type: 'auto', text: await pkcs8() } });
    await run('debugger.fetchJwks', { url: 'http://127.0.0.1:9/jwks.json' });
    await run('debugger.discover', { issuer: 'http://127.0.0.1:9/' });
    await run('debugger.decrypt', { token, key: { type: 'auto', text: await pkcs8() } });
    await run('apis.create', { name: 'Late', identifier: 'https://late', signing_alg: 'PS256' });
    await run('apis.delete', { api: 'https://hmac', confirmIdentifier: 'https://hmac' });
    await run('tenants.use', { tenant: 'other.local' });
    await run('tenants.delete', { tenant: 'other.local', confirmDomain: 'other.local' });

    for (const [method, result] of results) {
      expect(findPrivateMarkers(result, method), `${method} leaked private material`).toEqual([]);
    }
    expect(results.length).toBeGreaterThan(80);
    expect(METHOD_NAMES.filter((m) => !covered.has(m))).toEqual([]);
  }, 120_000);
});

async function pkcs8(type: 'rsa' | 'ed25519' = 'rsa'): Promise<string> {
  const { generateKeyPairSync } = await import('node:crypto');
  const pair = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ed25519');
  return pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}
