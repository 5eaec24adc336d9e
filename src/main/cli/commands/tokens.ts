import type { Command } from 'commander';
import type { RunCommand } from '../context';
import { readJsonArgument } from '../files';
import { EXIT } from '../exit-codes';
import { parseInteger } from '../parsers';
import { UsageError } from '../usage-error';

/** `--claim org_id=org_1 --claim n=3`: values that parse as JSON are taken as JSON. */
function collectClaim(value: string, previous: Record<string, unknown> = {}): Record<string, unknown> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--claim takes key=value, got "${value}".`);
  const raw = value.slice(eq + 1);
  let parsed: unknown = raw;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // a plain string
  }
  return { ...previous, [value.slice(0, eq)]: parsed };
}

export function registerTokenCommands(program: Command, run: RunCommand, setExitCode: (code: number) => void): void {
  program
    .command('mint')
    .description('Mint the access token the token endpoint would issue (the API\'s Test Application unless --app). Prints only the token.')
    .requiredOption('--api <identifier>', 'the API (audience)')
    .option('--app <app>', 'application name or Client ID')
    .option('--claim <key=value>', 'an extra claim (repeatable; JSON values allowed)', collectClaim)
    .option('--claims-json <file-or-json>', 'extra claims as a JSON object')
    .option('--override-registered', 'allow --claim to override iss, sub, aud, exp, nbf, iat, jti')
    .option('--lifetime <seconds>', 'token lifetime (default: the API\'s)', parseInteger)
    .option('--now <time>', 'pretend it is this time (ISO 8601 or seconds since 1970)')
    .action((opts: { api: string; app?: string; claim?: Record<string, unknown>; claimsJson?: string; overrideRegistered?: boolean; lifetime?: number; now?: string }) =>
      run(async (ctx) => {
        const fromJson = opts.claimsJson === undefined ? {} : readJsonArgument(opts.claimsJson, '--claims-json');
        if (typeof fromJson !== 'object' || fromJson === null || Array.isArray(fromJson)) throw new UsageError('--claims-json must hold a JSON object.');
        const claims = { ...(fromJson as Record<string, unknown>), ...opts.claim };
        const result = await ctx.call('tokens.mint', {
          api: opts.api,
          app: opts.app,
          claims: Object.keys(claims).length === 0 ? undefined : claims,
          allowRegisteredOverride: opts.overrideRegistered === true,
          lifetime: opts.lifetime,
          now: opts.now,
        });
        if (result.outcome === 'refused') {
          ctx.output.err(ctx.json ? JSON.stringify({ error: result.error.error, error_description: result.error.error_description }) : `error: ${result.error.error}: ${result.error.error_description}`);
          setExitCode(EXIT.negative);
          return;
        }
        ctx.output.out(ctx.json ? JSON.stringify(result.response) : result.response.access_token);
      }),
    );

  program
    .command('sign')
    .description('Sign a free-form token. Prints only the token.')
    .requiredOption('--alg <alg>', 'HS256…HS512, RS256…RS512, PS256…PS512, ES256…ES512, EdDSA, or none (with --unsigned)')
    .requiredOption('--payload <file-or-json>', 'the payload, a JSON object')
    .option('--header <file-or-json>', 'extra header parameters')
    .option('--key <ref-or-file>', 'tenant, tenant:KID, library:ID, or a PEM/JWK private key file')
    .option('--secret <secret>', 'an HMAC secret')
    .option('--secret-encoding <encoding>', 'utf8 (default), base64, base64url or hex', 'utf8')
    .option('--password <password>', 'for an encrypted PKCS#8 key file')
    .option('--unsigned', 'allow alg none (an unsigned token no careful validator accepts)')
    .action((opts: { alg: string; payload: string; header?: string; key?: string; secret?: string; secretEncoding: string; password?: string; unsigned?: boolean }) =>
      run(async (ctx) => {
        const { readTextInput } = await import('../files');
        let key: unknown;
        if (opts.secret !== undefined) key = { source: 'secret', secret: opts.secret, encoding: opts.secretEncoding };
        else if (opts.key === 'tenant') key = { source: 'tenant' };
        else if (opts.key?.startsWith('tenant:')) key = { source: 'tenant', kid: opts.key.slice('tenant:'.length) };
        else if (opts.key?.startsWith('library:')) {
          const ref = opts.key.slice('library:'.length);
          const found = (await ctx.call('library.list', {})).find((k) => k.id === ref || k.name === ref || k.kid === ref);
          if (found === undefined) throw new UsageError(`no library key "${ref}".`);
          key = { source: 'library', id: found.id };
        } else if (opts.key !== undefined) key = { source: 'pasted', text: readTextInput(opts.key), password: opts.password };
        const result = await ctx.call('tokens.sign', {
          alg: opts.alg,
          payload: readJsonArgument(opts.payload, '--payload'),
          header: opts.header === undefined ? undefined : readJsonArgument(opts.header, '--header'),
          key,
          allowUnsigned: opts.unsigned === true,
        });
        ctx.output.out(ctx.json ? JSON.stringify(result) : result.token);
      }),
    );
}
