import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { version } from '../../../package.json';
import { WorkbenchError } from '../../shared/errors';
import { registerApiCommands } from './commands/apis';
import { registerAppCommands } from './commands/apps';
import { registerConfigCommands } from './commands/config';
import { registerDebuggerCommands } from './commands/debugger';
import { registerGrantCommands } from './commands/grants';
import { registerIssuerCommand } from './commands/issuer';
import { registerKeyCommands } from './commands/keys';
import { registerTokenCommands } from './commands/tokens';
import { registerScopeCommands } from './commands/scopes';
import { registerServeCommand } from './commands/serve';
import { registerTenantCommands } from './commands/tenants';
import { createCliContext, type CliContext, type GlobalOptions } from './context';
import { EXIT } from './exit-codes';
import { processOutput, type Output } from './output';
import { UsageError } from './usage-error';

export interface CliOptions {
  output?: Output;
  /** The built renderer the `serve` command hosts. */
  rendererDir?: string;
}

function describeError(error: unknown): { message: string; code: number } {
  if (error instanceof WorkbenchError) {
    const where = error.field === undefined ? '' : ` (${error.field})`;
    return { message: `error${where}: ${error.message}`, code: EXIT.usage };
  }
  if (error instanceof UsageError) return { message: `error: ${error.message}`, code: EXIT.usage };
  return { message: `error: ${error instanceof Error ? error.message : String(error)}`, code: EXIT.usage };
}

/**
 * The `token-workbench` command line. Returns the exit code instead of exiting so tests can run
 * it in-process; `bin/token-workbench.js` calls it and exits.
 */
export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  const output = options.output ?? processOutput;
  const rendererDir = options.rendererDir ?? path.join(__dirname, '..', 'renderer');
  let exitCode: number = EXIT.ok;

  const program = new Command('token-workbench')
    .description('Offline workbench for OAuth access tokens: APIs, scopes, applications, keys and tokens.')
    .version(version, '-v, --version')
    .option('--data-dir <path>', 'data folder (default: the desktop app\'s, or $TOKEN_WORKBENCH_DATA)')
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out(s), writeErr: (s) => output.err(s) });

  const run = async (action: (ctx: CliContext) => Promise<void>): Promise<void> => {
    const ctx = createCliContext(program.opts<GlobalOptions>(), output, version);
    try {
      await action(ctx);
    } catch (error) {
      const { message, code } = describeError(error);
      if (ctx.json && error instanceof WorkbenchError) output.err(JSON.stringify({ error: error.toJSON() }));
      else output.err(message);
      exitCode = code;
    }
  };

  registerTenantCommands(program, run);
  registerApiCommands(program, run);
  registerScopeCommands(program, run);
  registerAppCommands(program, run);
  registerGrantCommands(program, run);
  registerKeyCommands(program, run);
  registerConfigCommands(program, run);
  registerTokenCommands(program, run, (code) => (exitCode = code));
  registerIssuerCommand(program, run);
  registerDebuggerCommands(program, run, (code) => (exitCode = code));
  registerServeCommand(program, run, rendererDir);

  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage mistakes with 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    output.err(describeError(error).message);
    return EXIT.usage;
  }
  return exitCode;
}
