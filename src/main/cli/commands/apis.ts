import type { Command } from 'commander';
import type { Api } from '../../../shared/domain/api';
import type { CliContext } from '../context';
import { formatTable } from '../output';

function apiTable(apis: Api[]): string {
  if (apis.length === 0) return 'No APIs in this tenant. Create one with: token-workbench apis create --name NAME --identifier IDENTIFIER';
  return formatTable(
    ['NAME', 'IDENTIFIER', 'SIGNING ALGORITHM', 'ID'],
    apis.map((a) => [a.name, a.identifier, a.signing_alg, a.id]),
  );
}

export function registerApiCommands(program: Command, run: (action: (ctx: CliContext) => Promise<void>) => Promise<void>): void {
  const apis = program.command('apis').description("Manage the current tenant's APIs.");

  apis
    .command('list')
    .description("List the current tenant's APIs.")
    .action(() => run(async (ctx) => {
      const list = await ctx.call('apis.list', {});
      ctx.print(list, () => apiTable(list));
    }));

  apis
    .command('show <api>')
    .description('Show one API, by identifier or id.')
    .action((api: string) => run(async (ctx) => {
      const found = await ctx.call('apis.get', { api });
      ctx.print(found, () => Object.entries(found).map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('\n'));
    }));

  apis
    .command('create')
    .description('Create an API; its identifier becomes the audience of its tokens and cannot change.')
    .requiredOption('--name <name>', 'a friendly name, 1 to 200 characters')
    .requiredOption('--identifier <identifier>', 'the audience, e.g. https://api.example.com')
    .option('--signing-alg <alg>', 'RS256 (default), PS256 or HS256')
    .action((opts: { name: string; identifier: string; signingAlg?: string }) => run(async (ctx) => {
      const created = await ctx.call('apis.create', { name: opts.name, identifier: opts.identifier, signing_alg: opts.signingAlg });
      ctx.print(created, () => `Created API "${created.name}" (${created.identifier}, ${created.signing_alg}), id ${created.id}.`);
    }));
}
