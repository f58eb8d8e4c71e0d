/** `mandate-planner example -o FILE`: writes the sample plan through the same atomic save as the app. */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { createSamplePlan } from '../../../shared/plan/sample';
import { PlannerError } from '../../../shared/result';
import { backupPathFor, writePlanFile } from '../../services/plan-file';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE } from '../command';
import type { CliCommand } from '../command';

export const exampleCommand: CliCommand = (program, context) => {
  program
    .command('example')
    .description('Write the sample plan (the fictional Republic of Veloria) to a file.')
    .requiredOption('-o, --output <file>', 'where to write the plan, e.g. veloria.mplan')
    .option('-f, --force', 'replace the file if it exists (the old one is kept as <file>.bak)')
    .action(async (options: { output: string; force?: boolean }) => {
      const target = resolve(context.cwd, options.output);
      const existing = await stat(target).catch(() => null);
      if (existing && !options.force) {
        context.err(`"${basename(target)}" already exists. Add --force to replace it (the old file is kept as "${basename(backupPathFor(target))}").`);
        context.exitCode = EXIT_USAGE;
        return;
      }
      try {
        await writePlanFile(target, createSamplePlan());
        context.out(`Wrote the sample plan to "${target}".`);
        context.exitCode = EXIT_OK;
      } catch (error) {
        if (!(error instanceof PlannerError)) throw error;
        context.err(error.message);
        context.exitCode = EXIT_INVALID;
      }
    });
};
