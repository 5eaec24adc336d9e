import type { Command } from 'commander';
import type { Tenant } from '../../../shared/domain/tenant';
import type { RunCommand } from '../context';
import { formatTable } from '../output';

function tenantTable(tenants: Tenant[]): string {
  if (tenants.length === 0) return 'No tenants.';
  return formatTable(
    ['', 'DOMAIN', 'NAME', 'ISSUER'],
    tenants.map((t) => [t.current ? '*' : '', t.domain, t.name, t.issuer]),
  );
}

export function registerTenantCommands(program: Command, run: RunCommand): void {
  const tenants = program.command('tenants').description('List, create, switch between and delete tenants.');

  tenants
    .command('list')
    .description('List tenants; * marks the current one.')
    .action(() => run(async (ctx) => {
      const list = await ctx.call('tenants.list', {});
      ctx.print(list, () => tenantTable(list));
    }));

  tenants
    .command('create')
    .description('Create a tenant (a random dev-xxxxxx.local domain unless --domain is given).')
    .option('--domain <domain>', 'the tenant domain, e.g. dev-acme.local')
    .option('--name <name>', 'a display name')
    .option('--use', 'switch to the new tenant')
    .action((opts: { domain?: string; name?: string; use?: boolean }) => run(async (ctx) => {
      const tenant = await ctx.call('tenants.create', { domain: opts.domain, name: opts.name, use: opts.use === true });
      ctx.print(tenant, () => `Created tenant ${tenant.domain} (issuer ${tenant.issuer})${tenant.current ? ', now current' : ''}.`);
    }));

  tenants
    .command('use <tenant>')
    .description('Switch to a tenant, by domain or id.')
    .action((tenant: string) => run(async (ctx) => {
      const used = await ctx.call('tenants.use', { tenant });
      ctx.print(used, () => `Now using ${used.domain}.`);
    }));

  tenants
    .command('rename <tenant> <name>')
    .description("Change a tenant's display name.")
    .action((tenant: string, name: string) => run(async (ctx) => {
      const renamed = await ctx.call('tenants.rename', { tenant, name });
      ctx.print(renamed, () => `Renamed ${renamed.domain} to "${renamed.name}".`);
    }));

  tenants
    .command('delete <tenant>')
    .description('Delete a tenant and everything in it.')
    .requiredOption('--confirm <domain>', "repeat the tenant's domain to confirm")
    .action((tenant: string, opts: { confirm: string }) => run(async (ctx) => {
      const result = await ctx.call('tenants.delete', { tenant, confirmDomain: opts.confirm });
      ctx.print(result, () => `Deleted tenant ${result.deleted}.`);
    }));
}
