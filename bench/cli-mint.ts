/**
 * bench/cli-mint: wall time of `token-workbench mint` as a process, against a bare `node` process
 * that imports jose and signs one token with a key read from a file, in the same run (alternating,
 * median of the runs). Goal: at most 1.5 times the bare process. Needs the built app.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLI = path.join(ROOT, 'bin', 'token-workbench.js');

function timeMs(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr.toString()}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function main(): void {
  if (!fs.existsSync(path.join(ROOT, 'out', 'main', 'cli.js'))) throw new Error('Build first: npm run build');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-bench-cli-'));
  try {
    execFileSync(process.execPath, [CLI, '--data-dir', dir, 'apis', 'create', '--name', 'Orders', '--identifier', 'https://orders']);
    execFileSync(process.execPath, [CLI, '--data-dir', dir, 'mint', '--api', 'https://orders']); // keys exist from here on
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(path.join(dir, 'key.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    // The bare process resolves jose from the project, as the CLI does.
    const bare = path.join(ROOT, 'bench', '.bare-sign.mjs');
    fs.writeFileSync(
      bare,
      `import fs from 'node:fs';\nimport * as jose from 'jose';\nconst key = await jose.importPKCS8(fs.readFileSync(process.argv[2], 'utf8'), 'RS256');\nconsole.log(await new jose.SignJWT({ sub: 'x' }).setProtectedHeader({ alg: 'RS256' }).setIssuedAt().setExpirationTime('1h').sign(key));\n`,
    );
    try {
      const cli: number[] = [];
      const baseline: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        baseline.push(timeMs([bare, path.join(dir, 'key.pem')], ROOT));
        cli.push(timeMs([CLI, '--data-dir', dir, 'mint', '--api', 'https://orders'], ROOT));
      }
      const c = median(cli);
      const b = median(baseline);
      console.log(`bare node + jose, sign one token   ${b.toFixed(0).padStart(5)} ms (median of ${RUNS})`);
      console.log(`token-workbench mint               ${c.toFixed(0).padStart(5)} ms`);
      console.log(`ratio ${(c / b).toFixed(2)} (goal <= 1.5)`);
    } finally {
      fs.rmSync(bare, { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
