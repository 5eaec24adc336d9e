/**
 * bench/issuer: load the local issuer's token endpoint over loopback with autocannon (32
 * connections, fixed time) and print tokens/s and p50/p99 latency, beside:
 * - the raw RSA-2048 signing limit of this machine using every core (node:crypto on the thread
 *   pool, measured in the same run): the physical limit for this work;
 * - oauth2-mock-server from npm under the same load, as a peer.
 * Also prints the startup time of `token-workbench issuer` with existing keys, to the first
 * answered token request. Servers run in child processes so the load generator does not share
 * their event loop. Needs the built app (npm run build).
 * Goals: >= 0.75 of the signing limit, >= 4x the peer, p99 < 50 ms, startup < 300 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { invoke } from '../src/main/dispatch';
import { currentSigningKey } from '../src/main/keys/current-key';
import { createWorkbenchService } from '../src/main/service';
import { openWorkspace } from '../src/main/workspace';

const ROOT = path.join(__dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = pattern.exec(line);
      if (match !== null) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function load(url: string, body: string): Promise<{ rps: number; p50: number; p99: number; non2xx: number }> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
  return { rps: result['2xx'] / SECONDS, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx };
}

async function rawSigningLimit(): Promise<number> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const bytes = Buffer.alloc(400, 7);
  let done = 0;
  const deadline = performance.now() + 3000;
  const start = performance.now();
  const inFlight = os.availableParallelism() * 4;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < deadline) {
        await new Promise((resolve, reject) => sign('sha256', bytes, privateKey, (e, s) => (e ? reject(e) : resolve(s))));
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'out', 'main', 'cli.js'))) throw new Error('Build first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-bench-issuer-'));
  const children: ChildProcess[] = [];
  try {
    const workspace = openWorkspace({ dataDir });
    const service = createWorkbenchService(workspace, { appVersion: 'bench' });
    await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders' });
    await invoke(service, 'scopes.add', { api: 'https://orders', value: 'read:orders' });
    const app = await invoke(service, 'applications.create', { name: 'Load', app_type: 'non_interactive' });
    await invoke(service, 'grants.create', { app: 'Load', api: 'https://orders', scope: ['read:orders'] });
    const { client_secret } = await invoke(service, 'applications.revealSecret', { app: 'Load' });
    await currentSigningKey(workspace, workspace.tenant().id); // keys exist before the issuer starts
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: app.client_id, client_secret, audience: 'https://orders' }).toString();

    // Startup: process start to the first answered token request.
    const started = performance.now();
    const ours = spawn(process.execPath, [path.join(ROOT, 'bin', 'token-workbench.js'), '--data-dir', dataDir, 'issuer', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(ours);
    const [, tokenUrl] = await waitForLine(ours, /Token endpoint:\s+(\S+)/);
    const first = await fetch(tokenUrl!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const startupMs = performance.now() - started;
    if (first.status !== 200) throw new Error(`token endpoint answered ${first.status}: ${await first.text()}`);

    const limit = await rawSigningLimit();
    const workbench = await load(tokenUrl!, body);

    const peer = spawn(process.execPath, ['--input-type=module', '-e', `
      import { OAuth2Server } from 'oauth2-mock-server';
      const server = new OAuth2Server();
      await server.issuer.keys.generate('RS256');
      await server.start(0, '127.0.0.1');
      console.log('PEER ' + server.issuer.url);
    `], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(peer);
    const [, peerUrl] = await waitForLine(peer, /PEER (\S+)/);
    const peerResult = await load(`${peerUrl}/token`, body);

    const row = (label: string, r: { rps: number; p50: number; p99: number; non2xx: number }) =>
      console.log(`${label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} tokens/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  non-2xx ${r.non2xx}`);
    console.log(`${CONNECTIONS} connections, ${SECONDS} s each, ${os.availableParallelism()} cores`);
    console.log(`raw RSA-2048 signing, every core    ${limit.toFixed(0).padStart(6)} signatures/s`);
    row('token-workbench issuer', workbench);
    row('oauth2-mock-server (peer)', peerResult);
    console.log(`ratio to the signing limit: ${(workbench.rps / limit).toFixed(2)} (goal >= 0.75)`);
    console.log(`ratio to the peer:          ${(workbench.rps / peerResult.rps).toFixed(2)} (goal >= 4)`);
    console.log(`startup to first token:     ${startupMs.toFixed(0)} ms (goal < 300 ms)`);
  } finally {
    await Promise.all(
      children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))))),
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
