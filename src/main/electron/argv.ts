/**
 * `--data-dir <folder>` or `--data-dir=<folder>` from the command line Electron was started with.
 * Electron and Chromium add their own switches and positional arguments, so every argument after
 * the executable is scanned; the last occurrence wins, as with most command lines.
 */
export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        found = next;
        i++;
      }
    } else if (arg.startsWith('--data-dir=')) {
      found = arg.slice('--data-dir='.length);
    }
  }
  return found === '' ? undefined : found;
}
