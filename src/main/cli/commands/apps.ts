import type { Command } from 'commander';
import { APP_TYPE_LABELS, APP_TYPES, type Application } from '../../../shared/domain/application';
import type { RunCommand } from '../context';
import { formatTable } from '../output';

/** The dashboard's words are accepted too: m2m, machine-to-machine, regular-web, spa, native. */
const APP_TYPE_ALIASES: Record<string, string> = {
  m2m: 'non_interactive',
  'machine-to-machine': 'non_interactive',
  'regular-web': 'regular_web',
  'single-page': 'spa',
};

function appTable(apps: Application[]): string {
  if (apps.length === 0) return 'No applications.';
  return formatTable(['NAME', 'TYPE', 'CLIENT ID', 'GRANT TYPES'], apps.map((a) => [a.name, APP_TYPE_LABELS[a.app_type], a.client_id, a.grant_types.join(' ')]));
}

export function registerAppCommands(program: Command, run: RunCommand): void {
  const apps = program.command('apps').description("Manage the current tenant's applications.");

  apps
    .command('list')
    .description('List applications.')
    .action(() => run(async (ctx) => {
      const list = await ctx.call('applications.list', {});
      ctx.print(list, () => appTable(list));
    }));

  apps
    .command('show <app>')
    .description('Show an application (by name or Client ID) and the APIs it is authorized for.')
    .action((app: string) => run(async (ctx) => {
      const found = await ctx.call('applications.get', { app });
      const grants = await ctx.call('grants.list', { app: found.client_id });
      ctx.print({ ...found, grants }, () =>
        [
          `Name: ${found.name}`,
          `Client ID: ${found.client_id}`,
          `Type: ${APP_TYPE_LABELS[found.app_type]}`,
          `Grant types: ${found.grant_types.join(' ')}`,
          `Authorized APIs: ${grants.length === 0 ? 'none' : ''}`,
          ...grants.map((g) => `  ${g.audience}: ${g.scope.join(' ') || '(no permissions)'}`),
        ].join('\n'),
      );
    }));

  apps
    .command('create')
    .description('Create an application.')
    .requiredOption('--name <name>', 'the application name')
    .option('--type <type>', `${APP_TYPES.join(', ')} (or m2m)`, 'non_interactive')
    .action((opts: { name: string; type: string }) => run(async (ctx) => {
      const created = await ctx.call('applications.create', { name: opts.name, app_type: APP_TYPE_ALIASES[opts.type] ?? opts.type });
      ctx.print(created, () => `Created application "${created.name}", Client ID ${created.client_id}. Reveal its secret with: token-workbench apps secret "${created.name}"`);
    }));

  apps
    .command('rename <app> <name>')
    .description('Rename an application (its grants are kept).')
    .action((app: string, name: string) => run(async (ctx) => {
      const updated = await ctx.call('applications.update', { app, name });
      ctx.print(updated, () => `Renamed to "${updated.name}".`);
    }));

  apps
    .command('secret <app>')
    .description("Print an application's client secret.")
    .action((app: string) => run(async (ctx) => {
      const secret = await ctx.call('applications.revealSecret', { app });
      ctx.print(secret, () => secret.client_secret);
    }));

  apps
    .command('rotate-secret <app>')
    .description('Replace the client secret; the old one stops working at once. Prints the new one.')
    .action((app: string) => run(async (ctx) => {
      const secret = await ctx.call('applications.rotateSecret', { app });
      ctx.print(secret, () => secret.client_secret);
    }));

  apps
    .command('delete <app>')
    .description('Delete an application and its grants.')
    .requiredOption('--confirm <name>', "repeat the application's name to confirm")
    .action((app: string, opts: { confirm: string }) => run(async (ctx) => {
      const result = await ctx.call('applications.delete', { app, confirmName: opts.confirm });
      ctx.print(result, () => `Deleted application ${result.deleted} and ${result.grants_removed} grant(s).`);
    }));
}
