/**
 * bench/mint: tokens per second through the workbench's minting path (tokens.mint through the
 * service, as the Test tab and `token-workbench mint` use it), sequentially and with as many calls
 * in flight as there are cores, each divided by raw node:crypto RSA-2048 signing of the same bytes
 * with the same key, measured in the same run (sync for sequential; the thread-pool form with the
 * same concurrency for concurrent). Goals: at least 0.9 sequential; the concurrent run uses every core.
 */
import { sign as cryptoSign } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { invoke } from '../src/main/dispatch';
import { currentSigningKey } from '../src/main/keys/current-key';
import { createWorkbenchService } from '../src/main/service';
import { signingInput } from '../src/main/tokens/jws';
import { openWorkspace } from '../src/main/workspace';

const DURATION_MS = 400;
const ROUNDS = 9;
const CORES = os.availableParallelism();

async function rate(run: () => Promise<unknown> | unknown, concurrency: number): Promise<number> {
  let done = 0;
  const deadline = performance.now() + DURATION_MS;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await run();
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - start) / 1000);
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-bench-mint-'));
  try {
    const workspace = openWorkspace({ dataDir });
    const service = createWorkbenchService(workspace, { appVersion: 'bench' });
    await invoke(service, 'apis.create', { name: 'Orders', identifier: 'https://orders' });
    await invoke(service, 'scopes.add', { api: 'https://orders', value: 'read:orders' });
    await invoke(service, 'grants.update', { app: 'Orders (Test Application)', api: 'https://orders', scope: ['read:orders'] });
    const first = await invoke(service, 'tokens.mint', { api: 'https://orders' });
    if (first.outcome !== 'issued') throw new Error('mint refused');
    const { privateKey } = await currentSigningKey(workspace, workspace.tenant().id);
    const bytes = Buffer.from(signingInput(first.header, first.payload));

    const mint = () => invoke(service, 'tokens.mint', { api: 'https://orders' });
    const rawSync = () => cryptoSign('sha256', bytes, privateKey);
    const rawAsync = () => new Promise((resolve, reject) => cryptoSign('sha256', bytes, privateKey, (e, s) => (e ? reject(e) : resolve(s))));

    // Alternate short rounds so that whatever else the machine does slows both paths alike.
    const rounds: [number, number, number, number][] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      rounds.push([await rate(rawSync, 1), await rate(mint, 1), await rate(rawAsync, CORES * 2), await rate(mint, CORES * 2)]);
    }
    const median = (i: number) => [...rounds.map((x) => x[i]!)].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
    const medianRatio = (i: number, j: number) => [...rounds.map((x) => x[i]! / x[j]!)].sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
    const [rawSeq, mintSeq, rawPar, mintPar] = [median(0), median(1), median(2), median(3)];
    const fmt = (n: number) => `${n.toFixed(0).padStart(7)} tokens/s`;
    console.log(`cores: ${CORES}`);
    console.log(`raw node:crypto RS256, sequential (sync)          ${fmt(rawSeq)}`);
    console.log(`workbench mint, sequential                       ${fmt(mintSeq)}  ratio ${medianRatio(1, 0).toFixed(2)} (median of ${ROUNDS} rounds; goal >= 0.9)`);
    console.log(`raw node:crypto RS256, ${CORES * 2} in flight (thread pool) ${fmt(rawPar)}  (${(rawPar / rawSeq).toFixed(2)}x one core)`);
    console.log(`workbench mint, ${CORES * 2} in flight                  ${fmt(mintPar)}  ratio ${medianRatio(3, 2).toFixed(2)}; ${(mintPar / rawSeq).toFixed(2)}x one core`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
