import type { Command } from 'commander';
import type { RunCommand } from '../context';
import { formatTable } from '../output';
import { collectWords } from '../parsers';

export function registerGrantCommands(program: Command, run: RunCommand): void {
  const grants = program.command('grants').description('Authorize applications for APIs (client grants).');

  grants
    .command('list')
    .description('List client grants.')
    .option('--app <app>', 'only this application (name or Client ID)')
    .option('--api <identifier>', 'only this API')
    .action((opts: { app?: string; api?: string }) => run(async (ctx) => {
      const list = await ctx.call('grants.list', { app: opts.app, api: opts.api });
      const names = new Map((await ctx.call('applications.list', {})).map((a) => [a.client_id, a.name]));
      ctx.print(list, () =>
        list.length === 0
          ? 'No grants.'
          : formatTable(['APPLICATION', 'AUDIENCE', 'SCOPE'], list.map((g) => [names.get(g.client_id) ?? g.client_id, g.audience, g.scope.join(' ')])),
      );
    }));

  grants
    .command('set')
    .description('Authorize an application for an API with exactly these permissions (creates or replaces the grant).')
    .requiredOption('--app <app>', 'the application, by name or Client ID')
    .requiredOption('--api <identifier>', 'the API, by identifier or id')
    .option('--scope <scope...>', 'permissions to grant (repeatable; space- or comma-separated)', collectWords, [])
    .action((opts: { app: string; api: string; scope: string[] }) => run(async (ctx) => {
      const existing = await ctx.call('grants.list', { app: opts.app, api: opts.api });
      const args = { app: opts.app, api: opts.api, scope: opts.scope };
      const grant = existing.length === 0 ? await ctx.call('grants.create', args) : await ctx.call('grants.update', args);
      ctx.print(grant, () => `${grant.client_id} may call ${grant.audience} with: ${grant.scope.join(' ') || '(no permissions)'}.`);
    }));

  grants
    .command('remove')
    .description('Remove the authorization of an application for an API.')
    .requiredOption('--app <app>', 'the application, by name or Client ID')
    .requiredOption('--api <identifier>', 'the API, by identifier or id')
    .action((opts: { app: string; api: string }) => run(async (ctx) => {
      const result = await ctx.call('grants.remove', { app: opts.app, api: opts.api });
      ctx.print(result, () => `Removed grant ${result.deleted}.`);
    }));
}
