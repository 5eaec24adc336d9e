import type { Command } from 'commander';
import type { RunCommand } from '../context';
import { formatTable } from '../output';

export function registerScopeCommands(program: Command, run: RunCommand): void {
  const scopes = program.command('scopes').description("Manage an API's permissions (scopes).");

  scopes
    .command('list')
    .description("List an API's permissions and how many applications hold each.")
    .requiredOption('--api <identifier>', 'the API, by identifier or id')
    .action((opts: { api: string }) => run(async (ctx) => {
      const list = await ctx.call('scopes.list', { api: opts.api });
      ctx.print(list, () =>
        list.length === 0 ? 'No permissions.' : formatTable(['PERMISSION', 'GRANTED TO', 'DESCRIPTION'], list.map((s) => [s.value, String(s.granted_to), s.description])),
      );
    }));

  scopes
    .command('add <value>')
    .description('Add a permission, e.g. read:orders.')
    .requiredOption('--api <identifier>', 'the API, by identifier or id')
    .option('--description <text>', 'what the permission allows', '')
    .action((value: string, opts: { api: string; description: string }) => run(async (ctx) => {
      const scope = await ctx.call('scopes.add', { api: opts.api, value, description: opts.description });
      ctx.print(scope, () => `Added permission ${scope.value}.`);
    }));

  scopes
    .command('describe <value> <description>')
    .description("Change a permission's description.")
    .requiredOption('--api <identifier>', 'the API, by identifier or id')
    .action((value: string, description: string, opts: { api: string }) => run(async (ctx) => {
      const scope = await ctx.call('scopes.update', { api: opts.api, value, description });
      ctx.print(scope, () => `Updated permission ${scope.value}.`);
    }));

  scopes
    .command('remove <value>')
    .description('Remove a permission from the API and from every grant that holds it.')
    .requiredOption('--api <identifier>', 'the API, by identifier or id')
    .action((value: string, opts: { api: string }) => run(async (ctx) => {
      const result = await ctx.call('scopes.remove', { api: opts.api, value });
      ctx.print(result, () => `Removed permission ${result.removed} (it was held by ${result.removed_from_grants} application${result.removed_from_grants === 1 ? '' : 's'}).`);
    }));
}
