import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'bin', 'token-workbench.js');

/** `token-workbench --data-dir DIR …`, as a user types it; returns what it prints. */
export type WorkbenchCli = (...args: string[]) => string;

export function workbenchCli(dataDir: string): WorkbenchCli {
  return (...args) => execFileSync(process.execPath, [CLI, '--data-dir', dataDir, ...args], { encoding: 'utf8' });
}

/** The Orders API (https://orders) with these scopes, all of them granted to its Test Application. */
export function createOrdersApiForTesting(cli: WorkbenchCli, scopes: string[]): void {
  cli('apis', 'create', '--name', 'Orders', '--identifier', 'https://orders');
  for (const scope of scopes) cli('scopes', 'add', scope, '--api', 'https://orders');
  cli('grants', 'set', '--app', 'Orders (Test Application)', '--api', 'https://orders', '--scope', ...scopes);
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tw-e2e-'));
}

export interface RunningHost {
  url: string;
  origin: string;
  secret: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `token-workbench serve` as a user would, and reads the one address it prints. */
export async function startHostProcess(dataDir: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`token-workbench serve printed no address in 15 s. stderr: ${stderr}`)), 15_000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?secret=[\w-]+)/.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`token-workbench serve exited with ${code}: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    secret: parsed.searchParams.get('secret') ?? '',
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Where Playwright's Electron launcher would find a binary, if this machine has one. */
export function electronBinary(): string | undefined {
  try {
    const file = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
    const relative = fs.readFileSync(file, 'utf8').trim();
    const binary = path.join(ROOT, 'node_modules', 'electron', 'dist', relative);
    return fs.existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}
