import type { Command } from 'commander';
import type { RunCommand } from '../context';
import { parseInteger } from '../parsers';

export function registerIssuerCommand(program: Command, run: RunCommand): void {
  program
    .command('issuer')
    .description('Run the local issuer (token endpoint, JWKS, discovery) in the foreground until Ctrl+C.')
    .option('--port <port>', 'port, 0 for any free one', parseInteger, 4466)
    .option('--host <address>', 'bind address', '127.0.0.1')
    .option('--tenant <domain>', 'tenant to serve (default: the current one)')
    .option('--allow-network', 'confirm a bind address other machines can reach: anyone there could get tokens')
    .action((opts: { port: number; host: string; tenant?: string; allowNetwork?: boolean }) => run(async (ctx) => {
      const status = await ctx.call('issuer.start', { port: opts.port, host: opts.host, tenant: opts.tenant, allowNetworkAccess: opts.allowNetwork === true });
      const urls = status.urls!;
      if (ctx.json) ctx.output.out(JSON.stringify(status));
      else {
        ctx.output.out(
          [
            `Local issuer for ${status.tenant?.domain ?? 'the current tenant'}`,
            `  Issuer:         ${urls.issuer}`,
            `  Token endpoint: ${urls.token}`,
            `  JWKS:           ${urls.jwks}`,
            `  Discovery:      ${urls.discovery}`,
            `  Introspection:  ${urls.introspection}`,
          ].join('\n'),
        );
        ctx.output.err('Press Ctrl+C to stop.');
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void ctx.call('issuer.stop', {}).then(() => resolve());
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
    }));
}
