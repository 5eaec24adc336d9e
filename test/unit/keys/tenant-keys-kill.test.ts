import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createLocalJWKSet, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import { describe, expect, it } from 'vitest';
import { secretRef } from '../../../src/main/domain/secret-refs';
import {
  currentSigningKey,
  ensureTenantKeys,
  rotateSigningKeys,
  tenantJwks,
} from '../../../src/main/keys/tenant-keys';
import { openTestWorkbench } from '../../helpers/service';

/** jiti runs the TypeScript child without a build step (it is in node_modules through the tooling). */
function findJiti(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('jiti/package.json')), 'lib', 'jiti-cli.mjs');
  } catch {
    return undefined;
  }
}
const jiti = findJiti();
const CHILD = path.join(__dirname, 'fixtures', 'rotate-child.ts');

/** Starts the child, waits until it stands between the two steps of a rotation, and kills it with SIGKILL. */
function killBetweenSteps(
  dataDir: string,
  tenantId: string,
): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [jiti!, CHILD, dataDir, tenantId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The child never reached the point between the steps.\n${stdout}\n${stderr}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('BETWEEN_STEPS')) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (stdout.includes('DONE'))
        reject(new Error('The child finished its rotation: it was not killed in time.'));
      else resolve({ signal, stderr });
    });
  });
}

describe.skipIf(jiti === undefined)(
  `killing a process in the middle of a rotation (${jiti === undefined ? 'skipped: jiti is not installed, so the TypeScript child cannot run' : 'child run with jiti'})`,
  () => {
    it('leaves the key set as it was, with at most an orphan private key, and the next rotation works', async () => {
      const { workspace, dataDir } = openTestWorkbench();
      const tenantId = workspace.read().tenants[0]!.id;
      await ensureTenantKeys(workspace, tenantId);
      const before = workspace.read().tenants[0]!.signing_keys;
      const jwksBefore = await tenantJwks(workspace, tenantId);
      const { privateKey, kid } = await currentSigningKey(workspace, tenantId);
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuedAt()
        .sign(privateKey);

      const { signal, stderr } = await killBetweenSteps(dataDir, tenantId);
      expect(signal, stderr).toBe('SIGKILL');

      const reopened = openTestWorkbench(dataDir).workspace;
      expect(reopened.read().tenants[0]!.signing_keys).toEqual(before);
      expect(await tenantJwks(reopened, tenantId)).toEqual(jwksBefore);
      const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
        entries: Record<string, string>;
      };
      const known = before.map((k) => secretRef.signingKey(tenantId, k.kid));
      const orphans = Object.keys(secrets.entries).filter(
        (ref) => ref.includes(':signing_key:') && !known.includes(ref),
      );
      expect(orphans).toHaveLength(1); // the child's new private key, referred to by nothing
      for (const ref of known) expect(secrets.entries[ref]).toMatch(/^-----BEGIN PRIVATE KEY-----/);

      await jwtVerify(token, createLocalJWKSet((await tenantJwks(reopened, tenantId)) as JSONWebKeySet));
      const rotated = await rotateSigningKeys(reopened, tenantId);
      expect(rotated.previous!.kid).toBe(kid);
      await jwtVerify(token, createLocalJWKSet((await tenantJwks(reopened, tenantId)) as JSONWebKeySet));
    }, 60_000);
  },
);
