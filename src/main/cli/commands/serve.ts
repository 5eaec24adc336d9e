import path from 'node:path';
import type { Command } from 'commander';
import type { RunCommand } from '../context';
import { UsageError } from '../usage-error';

export function registerServeCommand(
  program: Command,
  run: RunCommand,
  rendererDir: string,
): void {
  program
    .command('serve')
    .description('Serve Token Workbench to your browser on 127.0.0.1 (prints an address with a per-launch secret).')
    .option('--port <port>', 'port to listen on, 0 for any free port', '4477')
    .option('--open', 'open the address in your default browser')
    .action((opts: { port: string; open?: boolean }) => run(async (ctx) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got "${opts.port}".`);
      // Loaded here so other commands do not pay for the HTTP stack.
      const { startWebHost } = await import('../../webhost/server');
      const host = await startWebHost({ service: ctx.service(), rendererDir: path.resolve(rendererDir), port });
      ctx.output.out(`Token Workbench is running at ${host.url}`);
      ctx.output.err(`Data folder: ${ctx.dataDir}. Press Ctrl+C to stop.`);
      const { startIssuerIfWanted } = await import('../../issuer/autostart');
      const issuerMessage = await startIssuerIfWanted(ctx.service());
      if (issuerMessage !== undefined) ctx.output.err(issuerMessage);
      if (opts.open === true) {
        const { default: open } = await import('open');
        await open(host.url);
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          // The local issuer, when started from the page, runs in this process too.
          void Promise.all([host.close(), ctx.call('issuer.stop', {})]).then(() => resolve());
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    }));
}
