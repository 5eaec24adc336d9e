import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as jose from 'jose';
import jwt from 'jsonwebtoken';
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tempDataDir } from '../helpers/temp-dir';

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version']);
    return true;
  } catch {
    return false;
  }
})();

async function tenantWithApi(dir: string) {
  await runCli(dir, 'apis', 'create', '--name', 'Orders', '--identifier', 'https://orders');
  await runCli(dir, 'scopes', 'add', 'read:orders', '--api', 'https://orders');
  await runCli(dir, 'scopes', 'add', 'write:orders', '--api', 'https://orders');
  await runCli(dir, 'grants', 'set', '--app', 'Orders (Test Application)', '--api', 'https://orders', '--scope', 'read:orders', 'write:orders');
}

describe('token-workbench mint and sign', () => {
  it('mint prints only the token; --json prints the token endpoint response', async () => {
    const dir = tempDataDir();
    await tenantWithApi(dir);
    const plain = await runCli(dir, 'mint', '--api', 'https://orders');
    expect(plain.code).toBe(0);
    const token = plain.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const claims = jose.decodeJwt(token);
    expect(claims).toMatchObject({ aud: 'https://orders', scope: 'read:orders write:orders', gty: 'client-credentials' });
    const json = JSON.parse((await runCli(dir, '--json', 'mint', '--api', 'https://orders', '--claim', 'org_id=org_1', '--lifetime', '60')).stdout);
    expect(json).toMatchObject({ token_type: 'Bearer', expires_in: 60, scope: 'read:orders write:orders' });
    expect(jose.decodeJwt(json.access_token).org_id).toBe('org_1');
  });

  it('mint exits 2 for an unknown API and a registered claim without the override, 1 for a refused application', async () => {
    const dir = tempDataDir();
    await tenantWithApi(dir);
    const unknown = await runCli(dir, 'mint', '--api', 'https://nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('The resource server does not exist');
    const registered = await runCli(dir, 'mint', '--api', 'https://orders', '--claim', 'exp=1');
    expect(registered.code).toBe(2);
    expect(registered.stderr).toContain('"exp" is a registered claim');
    expect(registered.stderr).toContain('--override-registered');
    await runCli(dir, 'apps', 'create', '--name', 'Stranger');
    const refused = await runCli(dir, 'mint', '--api', 'https://orders', '--app', 'Stranger');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('access_denied: Client is not authorized to access "https://orders"');
    expect(refused.stdout).toBe('');
  });

  it('sign makes free-form tokens with a key file, a secret or the tenant key', async () => {
    const dir = tempDataDir();
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keyFile = path.join(dir, 'ec.pem');
    fs.writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const ec = await runCli(dir, 'sign', '--key', keyFile, '--alg', 'ES256', '--payload', '{"sub":"me"}');
    expect(ec.code).toBe(0);
    expect(jose.decodeProtectedHeader(ec.stdout.trim()).alg).toBe('ES256');
    const hs = await runCli(dir, 'sign', '--secret', 'a-very-long-shared-secret-value!', '--alg', 'HS256', '--payload', '{"sub":"me"}');
    expect(jwt.verify(hs.stdout.trim(), 'a-very-long-shared-secret-value!')).toMatchObject({ sub: 'me' });
    const misfit = await runCli(dir, 'sign', '--key', 'tenant', '--alg', 'HS256', '--payload', '{}');
    expect(misfit.code).toBe(2);
    expect(misfit.stderr).toContain('HS256 does not fit a RSA 2048 key');
    const badJson = await runCli(dir, 'sign', '--key', 'tenant', '--alg', 'RS256', '--payload', '{oops');
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('--payload is not valid JSON');
  });
});

describe('token-workbench decode and verify', () => {
  it('decode names what is wrong and prints claims with dates', async () => {
    const dir = tempDataDir();
    const token = jwt.sign({ sub: 'x', exp: 4102444800 }, 'secret-secret-secret-secret-1234', { noTimestamp: true });
    const run = await runCli(dir, 'decode', `Bearer ${token}`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"sub": "x"');
    expect(run.stdout).toMatch(/exp\s+2100-01-01T00:00:00/);
    const broken = await runCli(dir, 'decode', 'abc.%%%.def');
    expect(broken.stdout + broken.stderr).toMatch(/not valid base64url/);
  });

  it('verify exits 0 for a good token, 1 for a bad signature or a failed check, 2 for bad usage', async () => {
    const dir = tempDataDir();
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pub = path.join(dir, 'pub.pem');
    fs.writeFileSync(pub, publicKey.export({ type: 'spki', format: 'pem' }));
    const token = jwt.sign({ sub: 'x', aud: 'https://orders' }, privateKey, { algorithm: 'RS256', expiresIn: 300, issuer: 'https://iss/' });
    const good = await runCli(dir, 'verify', token, '--key', pub, '--aud', 'https://orders', '--iss', 'https://iss/');
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('Signature verified');
    const wrongAud = await runCli(dir, 'verify', token, '--key', pub, '--aud', 'https://other');
    expect(wrongAud.code).toBe(1);
    const tampered = `${token.slice(0, -3)}${token.slice(-3) === 'AAA' ? 'BBB' : 'AAA'}`;
    const bad = await runCli(dir, 'verify', tampered, '--key', pub);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Invalid signature');
    const confusion = jwt.sign({ sub: 'x' }, publicKey.export({ type: 'spki', format: 'pem' }).toString(), { algorithm: 'HS256' });
    const confused = await runCli(dir, 'verify', confusion, '--key', pub);
    expect(confused.code).toBe(1);
    expect(confused.stdout.toLowerCase()).toContain('key confusion');
    const usage = await runCli(dir, 'verify', token, '--key', pub, '--secret', 'x');
    expect(usage.code).toBe(2);
    const missing = await runCli(dir, 'verify', token, '--key', path.join(dir, 'nope.pem'));
    expect(missing.code).toBe(2);
  });

  it('verify with no key option uses the workspace keys: a minted token verifies', async () => {
    const dir = tempDataDir();
    await tenantWithApi(dir);
    const token = (await runCli(dir, 'mint', '--api', 'https://orders')).stdout.trim();
    const run = await runCli(dir, 'verify', token, '--aud', 'https://orders');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Signature verified');
  });
});

describe('token-workbench keys, export and import', () => {
  it.skipIf(!hasOpenssl)('exports the current certificate in each format, readable by openssl; the JWKS matches keys jwks', async () => {
    const dir = tempDataDir();
    expect((await runCli(dir, 'keys', 'rotate')).code).toBe(0);
    expect((await runCli(dir, 'keys', 'rotate')).code).toBe(0);
    expect((await runCli(dir, 'keys', 'revoke')).code).toBe(0);
    const list = JSON.parse((await runCli(dir, '--json', 'keys', 'list')).stdout) as { state: string; kid: string }[];
    expect(list.map((k) => k.state)).toEqual(expect.arrayContaining(['current', 'next', 'revoked']));
    for (const [format, inform] of [['pem', 'PEM'], ['cer', 'DER']] as const) {
      const out = path.join(dir, `cert.${format}`);
      expect((await runCli(dir, 'keys', 'export', '--format', format, '--out', out)).code).toBe(0);
      expect(execFileSync('openssl', ['x509', '-inform', inform, '-in', out, '-noout', '-subject'], { encoding: 'utf8' })).toMatch(/CN ?= ?dev-/);
    }
    const p7b = path.join(dir, 'cert.p7b');
    await runCli(dir, 'keys', 'export', '--format', 'p7b', '--out', p7b);
    expect(execFileSync('openssl', ['pkcs7', '-in', p7b, '-print_certs', '-noout'], { encoding: 'utf8' })).toMatch(/subject/);
    const jwksFile = path.join(dir, 'jwks.json');
    await runCli(dir, 'keys', 'export', '--format', 'jwks', '--out', jwksFile);
    const printed = JSON.parse((await runCli(dir, 'keys', 'jwks')).stdout);
    expect(JSON.parse(fs.readFileSync(jwksFile, 'utf8'))).toEqual(printed);
    expect(printed.keys.map((k: { kid: string }) => k.kid)).not.toContain(list.find((k) => k.state === 'revoked')!.kid);
  });

  it('exports YAML and imports it into an empty tenant; a malformed import changes nothing', async () => {
    const dir = tempDataDir();
    await tenantWithApi(dir);
    const yamlFile = path.join(dir, 'tenant.yaml');
    expect((await runCli(dir, 'export', '--format', 'yaml', '--out', yamlFile)).code).toBe(0);
    expect(fs.readFileSync(yamlFile, 'utf8')).toMatch(/resourceServers:[\s\S]*clientGrants:[\s\S]*client_id: Orders \(Test Application\)/);
    await runCli(dir, 'tenants', 'create', '--domain', 'empty.local', '--use');
    const dry = await runCli(dir, 'import', yamlFile, '--dry-run');
    expect(dry.stdout).toContain('APIs: 1 to add');
    expect(JSON.parse((await runCli(dir, '--json', 'apis', 'list')).stdout)).toEqual([]);
    expect((await runCli(dir, 'import', yamlFile)).code).toBe(0);
    expect(JSON.parse((await runCli(dir, '--json', 'scopes', 'list', '--api', 'https://orders')).stdout)).toHaveLength(2);
    const before = fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8');
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(broken, 'resourceServers:\n  - name: X\n    identifier: urn:x\n    token_lifetime: 99999999\n');
    const refused = await runCli(dir, 'import', broken);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('broken.yaml: resourceServers[0].token_lifetime');
    expect(fs.readFileSync(path.join(dir, 'workspace.json'), 'utf8')).toBe(before);
  });
});
