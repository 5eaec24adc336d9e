/**
 * bench/issuer: load the local issuer's token endpoint over loopback (32 connections, fixed time)
 * and print tokens/s and p50/p99 latency, beside:
 * - the raw RSA-2048 signing limit of this machine using every core (node:crypto on the thread
 *   pool, measured in the same run, the better of libuv's default pool and one thread per core):
 *   the physical limit for this work;
 * - a minimal node:http server that signs one token per request and does nothing else, under the
 *   same load: the ceiling for any issuer on node:http here, so the distance to it is the
 *   workbench's own cost;
 * - oauth2-mock-server from npm under the same load, as a peer.
 * Also prints the startup time of `token-workbench issuer` with existing keys, to the first
 * answered token request (median of 5 starts).
 *
 * The load generator is wrk when it is on the PATH (Debian's `wrk`), else autocannon. On a 2-core
 * machine the generator takes its CPU from the server it measures; wrk (C) takes about a third of
 * what autocannon (Node) does, so its figures are closer to the server's own. Servers run in child
 * processes. Needs the built app (npm run build).
 * Goals: >= 0.75 of the signing limit, >= 4x the peer, p99 < 50 ms, startup < 300 ms.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
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

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

const WRK = spawnSync('wrk', ['--version']).error === undefined ? 'wrk' : undefined;

/** wrk's Lua hooks: POST the body, then print what it measured as one JSON line. */
function wrkScript(body: string): string {
  return `wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = ${JSON.stringify(body)}
done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format('{"requests":%d,"non2xx":%d,"socket":%d,"p50":%f,"p99":%f}\\n',
    summary.requests, non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
`;
}

function loadWithWrk(url: string, body: string, dir: string): LoadResult {
  const script = path.join(dir, 'post.lua');
  fs.writeFileSync(script, wrkScript(body));
  const out = execFileSync(WRK!, ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '-s', script, url], { encoding: 'utf8' });
  const line = out.split('\n').find((l) => l.startsWith('{"requests"'));
  if (line === undefined) throw new Error(`wrk printed no summary:\n${out}`);
  const r = JSON.parse(line) as { requests: number; non2xx: number; socket: number; p50: number; p99: number };
  const non2xx = r.non2xx + r.socket;
  return { rps: (r.requests - non2xx) / SECONDS, p50: Math.round(r.p50), p99: Math.round(r.p99), non2xx };
}

async function load(url: string, body: string, dir: string): Promise<LoadResult> {
  if (WRK !== undefined) return loadWithWrk(url, body, dir);
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

/** Signatures per second with every core busy, in a fresh process with the given thread pool. */
function rawSigningLimit(poolSize: string | undefined): number {
  const script = `
    const { generateKeyPairSync, sign } = require('node:crypto');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const bytes = Buffer.alloc(400, 7);
    let done = 0;
    const start = performance.now();
    const deadline = start + 3000;
    const worker = () => performance.now() < deadline
      ? new Promise((resolve, reject) => sign('sha256', bytes, privateKey, (e) => (e ? reject(e) : resolve()))).then(() => { done += 1; return worker(); })
      : undefined;
    Promise.all(Array.from({ length: require('node:os').availableParallelism() * 4 }, worker))
      .then(() => console.log(done / ((performance.now() - start) / 1000)));`;
  const env = { ...process.env };
  if (poolSize === undefined) delete env.UV_THREADPOOL_SIZE;
  else env.UV_THREADPOOL_SIZE = poolSize;
  return Number(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' }));
}

/**
 * A token endpoint reduced to node:http and one RSA-2048 signature on the thread pool per request,
 * with a token of the same shape and the same response headers: no client lookup, no workspace, no
 * log. The distance from it to the workbench is what the workbench itself costs per request.
 */
const MINIMAL_HTTP_ISSUER = `
  const http = require('node:http');
  const { generateKeyPairSync, sign } = require('node:crypto');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b64 = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const iat = Math.floor(Date.now() / 1000);
      const input = b64({ alg: 'RS256', typ: 'JWT', kid: 'k'.repeat(43) }) + '.' + b64({
        iss: 'http://127.0.0.1/', sub: form.get('client_id') + '@clients', aud: form.get('audience'),
        iat, exp: iat + 86400, scope: 'read:orders', gty: 'client-credentials', azp: form.get('client_id') });
      sign('sha256', Buffer.from(input), privateKey, (error, signature) => {
        const json = JSON.stringify({ access_token: input + '.' + signature.toString('base64url'), scope: 'read:orders', expires_in: 86400, token_type: 'Bearer' });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      });
    });
  });
  server.listen(0, '127.0.0.1', () => console.log('MINIMAL http://127.0.0.1:' + server.address().port + '/oauth/token'));`;

/** Process start to the first answered token request, median of `runs` starts. */
async function startupMs(dataDir: string, body: string, runs = 5): Promise<number> {
  await fetch('data:,warm').catch(() => undefined); // the measuring client's own first-use cost is not the server's
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'token-workbench.js'), '--data-dir', dataDir, 'issuer', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const [, tokenUrl] = await waitForLine(child, /Token endpoint:\s+(\S+)/);
    const first = await fetch(tokenUrl!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    if (first.status !== 200) throw new Error(`token endpoint answered ${first.status}: ${await first.text()}`);
    times.push(performance.now() - started);
    await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
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

    const startup = await startupMs(dataDir, body);
    const limit = Math.max(rawSigningLimit(undefined), rawSigningLimit(String(os.availableParallelism())));

    const ours = spawn(process.execPath, [path.join(ROOT, 'bin', 'token-workbench.js'), '--data-dir', dataDir, 'issuer', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(ours);
    const [, tokenUrl] = await waitForLine(ours, /Token endpoint:\s+(\S+)/);
    const workbench = await load(tokenUrl!, body, dataDir);

    // The same HTTP exchange with nothing but one thread-pool signature behind it: what HTTP itself costs.
    const floor = spawn(process.execPath, ['-e', MINIMAL_HTTP_ISSUER], {
      env: { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? String(Math.max(2, os.availableParallelism())) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(floor);
    const [, floorUrl] = await waitForLine(floor, /MINIMAL (\S+)/);
    const minimal = await load(floorUrl!, body, dataDir);

    const peer = spawn(process.execPath, ['--input-type=module', '-e', `
      import { OAuth2Server } from 'oauth2-mock-server';
      const server = new OAuth2Server();
      await server.issuer.keys.generate('RS256');
      await server.start(0, '127.0.0.1');
      console.log('PEER ' + server.issuer.url);
    `], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(peer);
    const [, peerUrl] = await waitForLine(peer, /PEER (\S+)/);
    const peerResult = await load(`${peerUrl}/token`, body, dataDir);

    const row = (label: string, r: LoadResult) =>
      console.log(`${label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} tokens/s  p50 ${String(r.p50).padStart(3)} ms  p99 ${String(r.p99).padStart(3)} ms  non-2xx ${r.non2xx}`);
    console.log(`${CONNECTIONS} connections, ${SECONDS} s each, ${os.availableParallelism()} cores, load from ${WRK ?? 'autocannon (install wrk for figures less bent by the generator)'}`);
    console.log(`raw RSA-2048 signing, every core    ${limit.toFixed(0).padStart(6)} signatures/s`);
    row('token-workbench issuer', workbench);
    row('minimal node:http + one signature', minimal);
    row('oauth2-mock-server (peer)', peerResult);
    console.log(`ratio to the signing limit: ${(workbench.rps / limit).toFixed(2)} (goal >= 0.75)`);
    console.log(`ratio to the minimal server: ${(workbench.rps / minimal.rps).toFixed(2)} (its own ratio to the signing limit: ${(minimal.rps / limit).toFixed(2)})`);
    console.log(`ratio to the peer:          ${(workbench.rps / peerResult.rps).toFixed(2)} (goal >= 4)`);
    // Every token costs one signature: no server can pass the signing limit, whatever its HTTP costs.
    console.log(`  4x the peer is ${(4 * peerResult.rps).toFixed(0)} tokens/s, ${((4 * peerResult.rps) / limit).toFixed(2)} of the signing limit; the most any issuer here can reach is ${(limit / peerResult.rps).toFixed(2)}x the peer`);
    console.log(`startup to first token:     ${startup.toFixed(0)} ms, median of 5 (goal < 300 ms)`);
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
