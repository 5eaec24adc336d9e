import { performance } from 'node:perf_hooks';

/** Runs `fn` repeatedly for about `ms` milliseconds and returns the mean time per run in ms. */
export async function measure(fn: () => unknown | Promise<unknown>, ms = 1000, minRuns = 3): Promise<number> {
  await fn(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (runs < minRuns || performance.now() - start < ms) {
    await fn();
    runs += 1;
  }
  return (performance.now() - start) / runs;
}

export function printRow(label: string, ms: number, baselineMs?: number): void {
  const ratio = baselineMs === undefined ? '' : `  ratio to baseline ${(ms / baselineMs).toFixed(2)}`;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms${ratio}`);
}
