import { main } from '../../src/main/cli/index';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in-process against a data folder, capturing what it prints. */
export async function runCli(dataDir: string, ...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'token-workbench', '--data-dir', dataDir, ...args], {
    output: { out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`), err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`) },
  });
  return { code, stdout, stderr };
}
