/*
 * `npm start` where the Electron binary cannot be downloaded. A local mirror that answers 404, or
 * a closed port, stands in for "no network", so the test never leaves the machine.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../helpers/temp-dir';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts', 'start-desktop.mjs');
const binaryInstalled =
  fs.existsSync(path.join(ROOT, 'node_modules', 'electron', 'path.txt')) ||
  !!process.env.ELECTRON_OVERRIDE_DIST_PATH;

function run(
  mirror: string,
): Promise<{ code: number | null; stdout: string; stderr: string; cache: string }> {
  const cache = tempDataDir('tw-electron-cache-');
  // No inherited Electron download settings: only the test's mirror and cache count.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/electron/i.test(key)));
  Object.assign(env, {
    ELECTRON_MIRROR: mirror,
    npm_config_electron_mirror: mirror,
    electron_config_cache: cache,
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, cache }));
  });
}

describe.skipIf(binaryInstalled)('npm start without an Electron binary', () => {
  let server: http.Server;
  let mirror: string;
  const requested: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('prints one line that says why and points to browser mode, exits 1, and builds nothing', async () => {
    const { code, stdout, stderr, cache } = await run(mirror);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(
      /^Token Workbench: the Electron binary could not be downloaded \(Response code 404 \(Not Found\) for http:\/\/127\.0\.0\.1:\d+\/v[\d.]+\/electron-v[\d.]+-[a-z0-9]+-[a-z0-9]+\.zip\)\. Run "npm run serve" to use Token Workbench in your browser instead\.\n$/,
    );
    // It asked the configured mirror for this platform's zip, and cached nothing.
    expect(requested.at(-1)).toMatch(/\/electron-v[\d.]+-.+\.zip$/);
    expect(fs.readdirSync(cache)).toEqual([]);
  });

  it('names the network error when nothing answers', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const { code, stderr } = await run(`http://127.0.0.1:${port}/`);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `Token Workbench: the Electron binary could not be downloaded (fetch failed: connect ECONNREFUSED 127.0.0.1:${port}). Run "npm run serve" to use Token Workbench in your browser instead.\n`,
    );
  });
});
