import fs from 'node:fs';
import type { Command } from 'commander';
import { decodeToken, describeClaims } from '../../../shared/jwt';
import type { RunCommand } from '../context';
import { EXIT } from '../exit-codes';
import { readTextInput } from '../files';
import { formatJson, formatTable } from '../output';
import { UsageError } from '../usage-error';

/** The token from the argument, or standard input for `-` or when none is given and input is piped. */
function tokenArgument(token: string | undefined): string {
  if (token !== undefined && token !== '-') return token;
  if (token === undefined && process.stdin.isTTY) throw new UsageError('give a token, or - to read it from standard input.');
  return readTextInput('-');
}

interface VerifyOptions {
  key?: string;
  jwks?: string;
  secret?: string;
  secretEncoding: string;
  discover?: boolean;
  iss?: string;
  aud?: string;
  alg?: string;
  typ?: string;
  now?: string;
  clockTolerance?: string;
}

export function registerDebuggerCommands(program: Command, run: RunCommand, setExitCode: (code: number) => void): void {
  program
    .command('decode [token]')
    .description('Decode a JWT (or a JWE header) as far as it goes, with a line for each claim. - reads standard input.')
    .action((token: string | undefined) => run(async (ctx) => {
      const decoded = decodeToken(tokenArgument(token));
      const claims = describeClaims(decoded.payload, { now: Math.floor(Date.now() / 1000), timeZone: 'utc' });
      if (ctx.json) {
        ctx.output.out(formatJson({ ...decoded, claims }));
      } else {
        const lines: string[] = [];
        if (decoded.header !== null) lines.push('Header:', formatJson(decoded.header));
        if (decoded.payload !== null) lines.push('Payload:', formatJson(decoded.payload));
        if (claims.length > 0) {
          lines.push('Claims:', formatTable(['CLAIM', 'VALUE', 'MEANING'], claims.map((c) => [c.name, c.time === null ? JSON.stringify(c.value) : `${c.time.iso} (${c.time.relative})`, c.description])));
        }
        for (const finding of decoded.findings) lines.push(`${finding.severity}: ${finding.message}`);
        ctx.output.out(lines.join('\n'));
      }
      // A token that does not decode at all is bad input.
      if (decoded.status === 'failed' || decoded.status === 'empty' || decoded.status === 'too_large') setExitCode(EXIT.usage);
    }));

  program
    .command('verify [token]')
    .description('Verify a JWT\'s signature and claims. Exit 0 when everything checked passes, 1 when something fails.')
    .option('--key <file>', 'PEM public key, certificate, JWK or JWKS (detected from the content)')
    .option('--jwks <file-or-url>', 'a JWKS file, or a URL to fetch (https, or http on localhost)')
    .option('--secret <secret>', 'an HMAC secret')
    .option('--secret-encoding <encoding>', 'utf8 (default), base64, base64url or hex', 'utf8')
    .option('--discover', "find the JWKS through the token issuer's discovery document")
    .option('--iss <issuer>', 'expected issuer')
    .option('--aud <audience>', 'expected audience')
    .option('--alg <algs>', 'allowed algorithms, comma-separated')
    .option('--typ <typ>', 'expected typ header')
    .option('--now <time>', 'check times as of this moment (ISO 8601 or seconds since 1970)')
    .option('--clock-tolerance <seconds>', 'clock skew allowed for exp, nbf and iat', '0')
    .action((token: string | undefined, opts: VerifyOptions) => run(async (ctx) => {
      const text = tokenArgument(token);
      const sources = [opts.key, opts.jwks, opts.secret, opts.discover].filter((v) => v !== undefined && v !== false);
      if (sources.length > 1) throw new UsageError('use one of --key, --jwks, --secret or --discover.');
      let key: unknown;
      let useWorkspaceKeys = false;
      if (opts.key !== undefined) key = { type: 'auto', text: readTextInput(opts.key) };
      else if (opts.secret !== undefined) key = { type: 'secret', secret: opts.secret, encoding: opts.secretEncoding };
      else if (opts.jwks !== undefined && /^https?:\/\//i.test(opts.jwks)) {
        const fetched = await ctx.call('debugger.fetchJwks', { url: opts.jwks });
        if (!fetched.ok) throw new UsageError(`could not fetch ${opts.jwks}: ${fetched.error?.message ?? 'unknown error'}`);
        key = { type: 'jwks_url', url: opts.jwks };
      } else if (opts.jwks !== undefined) {
        if (!fs.existsSync(opts.jwks)) throw new UsageError(`${opts.jwks} is neither a file nor an http(s) URL.`);
        key = { type: 'jwks', jwks: readTextInput(opts.jwks) };
      } else if (opts.discover === true) {
        const iss = decodeToken(text).payload?.iss;
        if (typeof iss !== 'string') throw new UsageError('the token has no iss claim to discover from.');
        const discovered = await ctx.call('debugger.discover', { issuer: iss });
        if (!discovered.ok) throw new UsageError(`discovery for ${iss} failed: ${discovered.error?.message ?? 'unknown error'}`);
        key = { type: 'issuer', issuer: iss };
      } else {
        useWorkspaceKeys = true;
      }
      const tolerance = Number(opts.clockTolerance);
      if (!Number.isFinite(tolerance) || tolerance < 0) throw new UsageError('--clock-tolerance must be a number of seconds, 0 or more.');
      const result = await ctx.call('debugger.verify', {
        token: text,
        key,
        useWorkspaceKeys,
        expected: {
          ...(opts.iss === undefined ? {} : { iss: opts.iss }),
          ...(opts.aud === undefined ? {} : { aud: opts.aud }),
          ...(opts.typ === undefined ? {} : { typ: opts.typ }),
          ...(opts.alg === undefined ? {} : { algorithms: opts.alg.split(',').map((a) => a.trim()) }),
        },
        clockToleranceSec: tolerance,
        now: opts.now === undefined ? undefined : /^\d+$/.test(opts.now) ? Number(opts.now) : opts.now,
      });
      ctx.print(result, () =>
        [
          result.summary,
          ...(result.source === null ? [] : [`Key: ${result.source.label}${result.key === null ? '' : ` (${result.key.label})`}`]),
          formatTable(['CHECK', 'RESULT', 'DETAIL'], result.checks.map((c) => [c.check, c.status.replace('_', ' '), c.message])),
          ...result.warnings.map((w) => `warning: ${w.message}`),
        ].join('\n'),
      );
      if (!result.valid) setExitCode(EXIT.negative);
    }));
}
