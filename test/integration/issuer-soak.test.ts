import * as jose from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/dispatch';
import { startIssuer, type RunningIssuer } from '../../src/main/issuer/server';
import { openTestWorkbench } from '../helpers/service';

let issuer: RunningIssuer | undefined;
afterEach(async () => {
  await issuer?.close();
  issuer = undefined;
});

const ROUNDS = 6;
const PER_ROUND = 300;
const CONCURRENCY = 16;

/**
 * A bounded soak on loopback: rounds of good and bad token requests, mixed. Every good request must
 * get a token that verifies against the JWKS, every bad one its documented error, and the heap must
 * not keep growing from round to round (the request log is a ring of 200).
 */
describe('local issuer soak', () => {
  it('answers a long mix of good and bad requests correctly, with flat memory', async () => {
    const { service, workspace } = openTestWorkbench();
    await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders' });
    const app = await invoke(service, 'applications.create', { name: 'Load', app_type: 'non_interactive' });
    await invoke(service, 'grants.create', { app: 'Load', api: 'https://orders' });
    const { client_secret } = await invoke(service, 'applications.revealSecret', { app: 'Load' });
    issuer = await startIssuer({ workspace, tenantId: workspace.tenant().id, host: '127.0.0.1', port: 0 });
    const url = `${issuer.issuer}oauth/token`;
    const jwks = jose.createLocalJWKSet(await invoke(service, 'keys.jwks', {}));
    const good = new URLSearchParams({ grant_type: 'client_credentials', client_id: app.client_id, client_secret, audience: 'https://orders' });
    const bad: [string, string, number, string][] = [
      ['application/x-www-form-urlencoded', new URLSearchParams({ ...Object.fromEntries(good), client_secret: 'wrong' }).toString(), 401, 'invalid_client'],
      ['application/x-www-form-urlencoded', new URLSearchParams({ ...Object.fromEntries(good), audience: 'https://nope' }).toString(), 403, 'access_denied'],
      ['application/json', '{"grant_type":', 400, 'invalid_request'],
      ['text/plain', 'hello', 400, 'invalid_request'],
      ['application/x-www-form-urlencoded', `x=${'a'.repeat(70_000)}`, 413, 'invalid_request'],
    ];

    const heapAfterRound: number[] = [];
    let goodCount = 0;
    let badCount = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      let next = 0;
      const worker = async () => {
        while (next < PER_ROUND) {
          const i = next++;
          if (i % 3 === 0) {
            const [type, body, status, error] = bad[i % bad.length]!;
            const res = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body });
            expect(res.status).toBe(status);
            expect(((await res.json()) as { error: string }).error).toBe(error);
            badCount += 1;
          } else {
            const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: good.toString() });
            expect(res.status).toBe(200);
            const { access_token } = (await res.json()) as { access_token: string };
            await jose.jwtVerify(access_token, jwks, { issuer: issuer!.issuer, audience: 'https://orders' });
            goodCount += 1;
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      heapAfterRound.push(process.memoryUsage().heapUsed);
    }
    expect(goodCount + badCount).toBe(ROUNDS * PER_ROUND);
    expect(issuer.log.list()).toHaveLength(200);
    // After the first rounds warm things up, the heap may wobble but must not climb steadily.
    const settled = heapAfterRound.slice(2);
    const growth = Math.max(...settled) - settled[0]!;
    expect(growth, `heap after each round: ${heapAfterRound.map((b) => (b / 1e6).toFixed(1)).join(', ')} MB`).toBeLessThan(40e6);
  }, 120_000);
});
