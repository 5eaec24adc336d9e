/**
 * Verify path speed: verifications per second of the workbench's verifyToken (RS256 token, key
 * picked by kid from a pasted JWKS, iss/aud/alg/time checks) divided by raw node:crypto.verify of
 * the same signature with an already imported key, in the same run. Goal: 0.5 or more.
 * jose's jwtVerify with createLocalJWKSet is measured too, for reference.
 *
 * The paths alternate in small batches, so that the other work on the machine (2 cores shared)
 * slows each of them alike; the ratio is the median over the rounds.
 *
 * Run: npm run bench verify
 */
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { createLocalJWKSet, type JSONWebKeySet, jwtVerify } from 'jose';
import { VerifyCache, verifyToken } from '../src/main/verify';

const NOW = Math.floor(Date.now() / 1000);
const ISS = 'https://dev-acme.local/';
const AUD = 'https://orders.example';

const keys = [0, 1, 2].map(() => generateKeyPairSync('rsa', { modulusLength: 2048 }));
const kids = ['eWm3BOp8Yk2q0X1sdE5fZ', 'Q9x1LrT0aVbN3kC7uJ2mH', 'p4Zs8Wd2Gh6Kq1Ly9Tn3B'];
const jwks = {
  keys: keys.map((k, i) => ({
    ...k.publicKey.export({ format: 'jwk' }),
    kid: kids[i],
    alg: 'RS256',
    use: 'sig',
  })),
};
const jwksText = JSON.stringify(jwks);

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');
const signingInput = `${b64({ alg: 'RS256', typ: 'JWT', kid: kids[1] })}.${b64({
  iss: ISS,
  sub: 'VhFoDr1n3aZp0xXqYkq8Xk3oYQ7VhFoD@clients',
  aud: AUD,
  iat: NOW - 60,
  exp: NOW + 86_400,
  scope: 'read:orders write:orders',
  gty: 'client-credentials',
  azp: 'VhFoDr1n3aZp0xXqYkq8Xk3oYQ7VhFoD',
})}`;
const signature = sign('sha256', Buffer.from(signingInput), keys[1]!.privateKey);
const token = `${signingInput}.${signature.toString('base64url')}`;
const data = Buffer.from(signingInput);
const publicKey = keys[1]!.publicKey;

const cache = new VerifyCache();
const options = {
  token,
  key: { type: 'jwks' as const, jwks: jwksText },
  expected: { iss: ISS, aud: AUD, algorithms: ['RS256'] },
  now: NOW,
  cache,
};
const localSet = createLocalJWKSet(jwks as JSONWebKeySet);
const joseOptions = { issuer: ISS, audience: AUD, algorithms: ['RS256'], currentDate: new Date(NOW * 1000) };

const BATCH = 50;
function rawBatch(): number {
  const t = performance.now();
  for (let i = 0; i < BATCH; i++)
    if (!verify('sha256', data, publicKey, signature)) throw new Error('raw verify failed');
  return performance.now() - t;
}
function workbenchBatch(): number {
  const t = performance.now();
  for (let i = 0; i < BATCH; i++) if (!verifyToken(options).valid) throw new Error('workbench verify failed');
  return performance.now() - t;
}
async function joseBatch(): Promise<number> {
  const t = performance.now();
  for (let i = 0; i < BATCH; i++) await jwtVerify(token, localSet, joseOptions);
  return performance.now() - t;
}

/** One round: the three paths alternate batch by batch for about `ms`; returns operations per second. */
async function round(ms: number): Promise<{ raw: number; ours: number; jose: number }> {
  let raw = 0;
  let ours = 0;
  let jose = 0;
  let batches = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    raw += rawBatch();
    ours += workbenchBatch();
    jose += await joseBatch();
    batches++;
  }
  const perSecond = (total: number): number => (batches * BATCH * 1000) / total;
  return { raw: perSecond(raw), ours: perSecond(ours), jose: perSecond(jose) };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// tsx runs the benchmarks as CommonJS: no top-level await.
void (async () => {
  await round(600); // warm up: JIT, key import into the cache
  const rounds: Array<{ raw: number; ours: number; jose: number }> = [];
  for (let r = 0; r < 9; r++) rounds.push(await round(500));

  const fmt = (n: number): string => n.toFixed(0).padStart(7);
  const ratio = median(rounds.map((r) => r.ours / r.raw));
  console.log('bench/verify: RS256 token, key picked by kid from a 3-key JWKS, iss/aud/alg/time checks');
  console.log(`  raw node:crypto.verify      ${fmt(median(rounds.map((r) => r.raw)))} verifications/s`);
  console.log(`  workbench verifyToken       ${fmt(median(rounds.map((r) => r.ours)))} verifications/s`);
  console.log(
    `  jose jwtVerify (reference)  ${fmt(median(rounds.map((r) => r.jose)))} verifications/s` +
      `  (ratio ${median(rounds.map((r) => r.jose / r.raw)).toFixed(2)})`,
  );
  console.log(
    `ratio ${ratio.toFixed(2)} (workbench / raw node:crypto, median of ${rounds.length} rounds; goal >= 0.5)`,
  );
})();
