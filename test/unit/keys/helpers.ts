import { execFileSync, spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AsymmetricKeyPair } from '../../../src/main/keys/generate';
import { tempDataDir } from '../../helpers/temp-dir';

/** Whether the openssl command line is installed (interoperability tests skip without it). */
export const hasOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
export const NO_OPENSSL =
  'openssl is not installed (apt-get install openssl): skipping the interoperability check';

/** Runs openssl with `input` written to a temp file given as `-in`; returns stdout. */
export function openssl(args: string[], input?: string | Uint8Array): string {
  const full = [...args];
  if (input !== undefined) {
    const file = path.join(tempDataDir('tw-openssl-'), 'input');
    fs.writeFileSync(file, input);
    full.push('-in', file);
  }
  return execFileSync('openssl', full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes `content` to a fresh temp file and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(tempDataDir('tw-keyfile-'), name);
  fs.writeFileSync(file, content);
  return file;
}

/**
 * TEST-ONLY RSA-2048 keys (fixtures/rsa-2048-test-keys.pem, made with `openssl genpkey`), handed out
 * in turn so that tests of the key states do not spend most of their time generating primes. Real
 * generation is covered by generate.test.ts and by tests that opt out of the pool.
 */
export function testRsaKeyPool(): () => AsymmetricKeyPair {
  const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'rsa-2048-test-keys.pem'), 'utf8');
  const keys = text
    .split(/(?=-----BEGIN PRIVATE KEY-----)/)
    .filter((pem) => pem.includes('PRIVATE KEY'))
    .map((pem) => {
      const privateKey = createPrivateKey(pem);
      return { privateKey, publicKey: createPublicKey(privateKey) };
    });
  let next = 0;
  return () => keys[next++ % keys.length]!;
}
