import type { Command } from 'commander';
import type { Api } from '../../../shared/domain/api';
import type { RunCommand } from '../context';
import { formatTable } from '../output';
import { parseBoolean, parseInteger } from '../parsers';

interface UpdateOptions {
  name?: string;
  tokenLifetime?: number;
  tokenLifetimeForWeb?: number;
  allowOfflineAccess?: boolean;
  skipConsent?: boolean;
  enforcePolicies?: boolean;
  tokenDialect?: string;
}

function apiTable(apis: Api[]): string {
  if (apis.length === 0) return 'No APIs in this tenant. Create one with: token-workbench apis create --name NAME --identifier IDENTIFIER';
  return formatTable(
    ['NAME', 'IDENTIFIER', 'SIGNING ALGORITHM', 'ID'],
    apis.map((a) => [a.name, a.identifier, a.signing_alg, a.id]),
  );
}

export function registerApiCommands(program: Command, run: RunCommand): void {
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
    .command('update <api>')
    .description('Change settings of an API (by identifier or id).')
    .option('--name <name>', 'new name')
    .option('--token-lifetime <seconds>', 'Token Expiration, 0 to 2592000', parseInteger)
    .option('--token-lifetime-for-web <seconds>', 'Token Expiration For Browser Flows, at most the token lifetime', parseInteger)
    .option('--allow-offline-access <bool>', 'true or false', parseBoolean)
    .option('--skip-consent <bool>', 'Allow Skipping User Consent: true or false', parseBoolean)
    .option('--enforce-policies <bool>', 'Enable RBAC: true or false', parseBoolean)
    .option('--token-dialect <dialect>', 'access_token, access_token_authz, rfc9068_profile or rfc9068_profile_authz')
    .action((api: string, opts: UpdateOptions) => run(async (ctx) => {
      const updated = await ctx.call('apis.update', {
        api,
        name: opts.name,
        token_lifetime: opts.tokenLifetime,
        token_lifetime_for_web: opts.tokenLifetimeForWeb,
        allow_offline_access: opts.allowOfflineAccess,
        skip_consent_for_verifiable_first_party_clients: opts.skipConsent,
        enforce_policies: opts.enforcePolicies,
        token_dialect: opts.tokenDialect,
      });
      ctx.print(updated, () => `Updated API "${updated.name}" (${updated.identifier}).`);
    }));

  apis
    .command('delete <api>')
    .description('Delete an API and its grants.')
    .requiredOption('--confirm <identifier>', "repeat the API's identifier to confirm")
    .action((api: string, opts: { confirm: string }) => run(async (ctx) => {
      const result = await ctx.call('apis.delete', { api, confirmIdentifier: opts.confirm });
      ctx.print(result, () => `Deleted API ${result.deleted}.`);
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
