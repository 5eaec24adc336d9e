import type { Command } from 'commander';
import { CERTIFICATE_EXPORT_FORMATS, KEY_TYPES } from '../../../shared/domain/keys';
import type { RunCommand } from '../context';
import { readTextInput, writeExportedFile } from '../files';
import { formatJson, formatTable } from '../output';
import { UsageError } from '../usage-error';

export function registerKeyCommands(program: Command, run: RunCommand): void {
  const keys = program.command('keys').description("The current tenant's signing keys and the key library.");

  keys
    .command('list')
    .description('Valid signing keys and the last three revoked.')
    .action(() => run(async (ctx) => {
      const list = await ctx.call('keys.list', {});
      ctx.print(list, () =>
        formatTable(['STATE', 'KID', 'CREATED', 'SHA-256 FINGERPRINT'], list.map((k) => [k.state, k.kid, k.created_at, k.certificate.fingerprints.sha256])),
      );
    }));

  keys
    .command('rotate')
    .description('Next becomes current, current becomes previous, a new next key is made.')
    .option('--revoke', 'also revoke the key that was current (Rotate & Revoke)')
    .action((opts: { revoke?: boolean }) => run(async (ctx) => {
      const result = await ctx.call(opts.revoke === true ? 'keys.rotateAndRevoke' : 'keys.rotate', {});
      ctx.print(result, () =>
        [`Current key: ${result.current.kid}`, `Next key: ${result.next.kid}`, ...result.revoked.map((k) => `Revoked: ${k.kid} (tokens it signed no longer verify)`)].join('\n'),
      );
    }));

  keys
    .command('revoke')
    .description('Revoke the previous key: tokens it signed stop verifying.')
    .option('--kid <kid>', 'the previous key (checked)')
    .action((opts: { kid?: string }) => run(async (ctx) => {
      const result = await ctx.call('keys.revoke', { kid: opts.kid });
      ctx.print(result, () => result.revoked.map((k) => `Revoked ${k.kid}.`).join('\n'));
    }));

  keys
    .command('jwks')
    .description("Print the tenant's JWKS.")
    .action(() => run(async (ctx) => {
      const jwks = await ctx.call('keys.jwks', {});
      ctx.output.out(formatJson(jwks));
    }));

  keys
    .command('export')
    .description(`Download a key: ${CERTIFICATE_EXPORT_FORMATS.join(', ')}.`)
    .option('--kid <kid>', 'the key (default: the current key)')
    .requiredOption('--format <format>', CERTIFICATE_EXPORT_FORMATS.join('|'))
    .option('--out <file>', 'where to write (default: the suggested file name; - for standard output)')
    .action((opts: { kid?: string; format: string; out?: string }) => run(async (ctx) => {
      const kid = opts.kid ?? (await ctx.call('keys.list', {})).find((k) => k.state === 'current')?.kid;
      if (kid === undefined) throw new UsageError('this tenant has no current key.');
      const file = await ctx.call('keys.export', { kid, format: opts.format });
      if (opts.out === '-') {
        if (file.encoding === 'base64') process.stdout.write(Buffer.from(file.content, 'base64'));
        else ctx.output.out(file.content);
        return;
      }
      const written = writeExportedFile(file, opts.out);
      ctx.print({ path: written, fileName: file.fileName, mediaType: file.mediaType }, () => `Wrote ${written}`);
    }));

  const library = program.command('library').description('The key library: keys for debugging and minting.');

  library
    .command('list')
    .description('Keys in the library.')
    .action(() => run(async (ctx) => {
      const list = await ctx.call('library.list', {});
      ctx.print(list, () => (list.length === 0 ? 'The key library is empty.' : formatTable(['NAME', 'KID', 'TYPE', 'ID'], list.map((k) => [k.name, k.kid, k.label, k.id]))));
    }));

  library
    .command('generate <type>')
    .description(`Generate a key: ${KEY_TYPES.join(', ')}.`)
    .option('--name <name>', 'a name')
    .option('--kid <kid>', 'key ID (default: the RFC 7638 thumbprint)')
    .action((type: string, opts: { name?: string; kid?: string }) => run(async (ctx) => {
      const key = await ctx.call('library.generate', { type, name: opts.name, kid: opts.kid });
      ctx.print(key, () => `Generated ${key.label} "${key.name}", kid ${key.kid}, id ${key.id}.`);
    }));

  library
    .command('import <file>')
    .description('Import a PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate) or JWK file; - reads standard input.')
    .option('--name <name>', 'a name')
    .option('--password <password>', 'for an encrypted PKCS#8 key')
    .action((file: string, opts: { name?: string; password?: string }) => run(async (ctx) => {
      const key = await ctx.call('library.import', { input: readTextInput(file), name: opts.name, password: opts.password });
      ctx.print(key, () => `Imported ${key.label} "${key.name}", kid ${key.kid}, id ${key.id}.`);
    }));
}
