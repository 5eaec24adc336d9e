import type { Command } from 'commander';
import type { ImportPlan } from '../../../shared/config-as-code/schemas';
import type { RunCommand } from '../context';

function planSummary(plan: ImportPlan): string {
  const lines: string[] = [];
  const section = (title: string, part: { added: unknown[]; changed: unknown[]; unchanged: unknown[] }) =>
    lines.push(`${title}: ${part.added.length} to add, ${part.changed.length} to change, ${part.unchanged.length} unchanged`);
  section('APIs', plan.apis);
  section('Applications', plan.applications);
  section('Grants', plan.grants);
  for (const warning of plan.warnings) lines.push(`warning: ${warning}`);
  return lines.join('\n');
}

export function registerConfigCommands(program: Command, run: RunCommand): void {
  program
    .command('export')
    .description("Export the tenant's APIs, applications and grants (never secrets).")
    .requiredOption('--format <format>', 'json (Management API), yaml (deploy-cli tenant.yaml) or directory (deploy-cli)')
    .requiredOption('--out <path>', 'file (json, yaml) or folder (directory)')
    .action((opts: { format: string; out: string }) => run(async (ctx) => {
      const result = await ctx.call('config.export', { format: opts.format });
      const { writeExport } = await import('../../config-as-code/node-io');
      const written = writeExport(result, opts.out);
      for (const warning of result.warnings) ctx.output.err(`warning: ${warning}`);
      ctx.print({ ...result, files: written }, () => `Exported ${result.counts.apis} APIs, ${result.counts.applications} applications and ${result.counts.grants} grants to ${opts.out}.`);
    }));

  program
    .command('import <path>')
    .description('Import a tenant.json, tenant.yaml or deploy-cli directory: all of it or nothing.')
    .option('--dry-run', 'only show what would be added, changed and left alone')
    .action((inputPath: string, opts: { dryRun?: boolean }) => run(async (ctx) => {
      const { readImportInput } = await import('../../config-as-code/node-io');
      const plan = await ctx.call('config.planImport', readImportInput(inputPath));
      if (opts.dryRun === true) {
        ctx.print(plan, () => planSummary(plan));
        return;
      }
      const result = await ctx.call('config.applyImport', { plan });
      ctx.print(result, () => `${planSummary(plan)}\nImported.`);
    }));
}
